package cn.gridledger.logic.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.IntegrityChecker;
import cn.gridledger.model.CheckFinding;

/** Integrity checks (and, with the data-safety issue, backup and restore). */
public final class MaintenanceService {

    private final Database db;

    private final Session session;

    MaintenanceService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    /** The result of {@code check}: schema version and findings (empty = all good). */
    public record CheckReport(String schemaVersion, List<CheckFinding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(CheckFinding::error);
        }
    }

    /** The structure version of the open database (cheap: no check runs). */
    public String schemaVersion() {
        session.requireSignedIn();
        return db.schemaVersion();
    }

    public CheckReport check() {
        session.requireAdmin("检查数据库");
        return runCheck();
    }

    private CheckReport runCheck() {
        return new CheckReport(db.schemaVersion(), db.read(c -> new IntegrityChecker().check(c)));
    }

    /**
     * 导出诊断包: versions, the database check and the program log in one zip for support staff; no
     * names, ID numbers or phones (see {@link Diagnostics}). Returns the zip's path.
     */
    public Path writeDiagnostics(Path zip) {
        session.requireSignedIn(); // the package holds no personal data: every role may send it to support
        long bytes;
        try {
            bytes = Files.size(db.file());
        } catch (IOException e) {
            bytes = -1;
        }
        return Diagnostics.write(zip, runCheck(), db.file().toString(), bytes);
    }
}
