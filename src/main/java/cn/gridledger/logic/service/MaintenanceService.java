package cn.gridledger.logic.service;

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

    public CheckReport check() {
        session.requireAdmin("检查数据库");
        return new CheckReport(db.schemaVersion(), db.read(c -> new IntegrityChecker().check(c)));
    }
}
