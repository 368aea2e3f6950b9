package cn.gridledger.logic.store.county;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;

import cn.gridledger.logic.store.Queries;

/**
 * What a township's database keeps when it leaves for the county: every record and its history, the township's
 * report definitions, submissions and late edits; not its accounts (password hashes), audit log, exchange keys and
 * partners, import mappings or local preferences, which are the township's own business or secrets.
 */
public final class SnapshotContent {

    /** Emptied in this order (app_user_grid and audit_log refer to app_user). */
    static final List<String> REMOVED_TABLES = List.of("app_user_grid", "audit_log", "app_user", "exchange_conflict",
            "exchange_sent", "exchange_base", "exchange_partner", "exchange_identity", "import_mapping",
            "county_township", "county_identity");

    /** Settings that travel: the county's own report definitions and footer, as the township prints them. */
    static final List<String> KEPT_SETTINGS = List.of("report.definitions", "report.footer");

    private SnapshotContent() {
    }

    /** Strips a copy of a township's database (not the live file) and compacts it. */
    public static void strip(Path copy) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            c.setAutoCommit(false);
            // the audit log refuses deletes (V2's trigger): lifted on this copy for the delete, then put back as it was
            String guard = Queries.string(c, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_delete'");
            if (guard != null) {
                s.execute("DROP TRIGGER audit_log_no_delete");
            }
            for (String table : REMOVED_TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
            if (guard != null) {
                s.execute(guard);
            }
            s.executeUpdate("DELETE FROM setting WHERE key NOT IN ('" + String.join("', '", KEPT_SETTINGS) + "')");
            c.commit();
            c.setAutoCommit(true);
            s.execute("VACUUM");
        }
    }
}
