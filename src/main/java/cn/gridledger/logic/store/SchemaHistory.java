package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads Flyway's own history table to tell, without starting Flyway, whether a database already has this
 * program's schema. Flyway's scan of its migrations costs about 0.25 s on every open (a third of a
 * command-line import's start-up); when nothing is pending it would only re-check the recorded checksums,
 * which guard against a developer editing an applied migration, not against anything a user can do.
 */
final class SchemaHistory {

    private SchemaHistory() {
    }

    /**
     * True when every recorded migration succeeded and the newest one is {@code programVersion}. Anything
     * else (a new file, a failed or pending migration, a newer program's schema, a version that is not a
     * number) is left to Flyway, which migrates, or refuses with its reasons.
     */
    static boolean isCurrent(Connection c, String programVersion) throws SQLException {
        int expected;
        try {
            expected = Integer.parseInt(programVersion);
        } catch (NumberFormatException unknownBuild) {
            return false;
        }
        if (Queries.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'") == 0) {
            return false;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT count(*) FILTER (WHERE success = 0),
                            count(*) FILTER (WHERE version IS NOT NULL AND version GLOB '*[^0-9]*'),
                            max(CAST(version AS INTEGER))
                     FROM flyway_schema_history""")) {
            return rs.next() && rs.getLong(1) == 0 && rs.getLong(2) == 0 && rs.getObject(3) != null
                    && rs.getLong(3) == expected;
        }
    }
}
