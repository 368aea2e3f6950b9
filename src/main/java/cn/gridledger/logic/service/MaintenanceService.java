package cn.gridledger.logic.service;

import java.util.List;

import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.IntegrityChecker;
import cn.gridledger.model.CheckFinding;

/** Integrity checks (and, with the data-safety issue, backup and restore). */
public final class MaintenanceService {

    private final Database db;

    MaintenanceService(Database db) {
        this.db = db;
    }

    /** The result of {@code check}: schema version and findings (empty = all good). */
    public record CheckReport(String schemaVersion, List<CheckFinding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(CheckFinding::error);
        }
    }

    /** The structure version of the open database (cheap: no check runs). */
    public String schemaVersion() {
        return db.schemaVersion();
    }

    public CheckReport check() {
        return new CheckReport(db.schemaVersion(), db.read(c -> new IntegrityChecker().check(c)));
    }
}
