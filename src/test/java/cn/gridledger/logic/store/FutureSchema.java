package cn.gridledger.logic.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Makes a database file look as if a newer program had migrated it: one more applied migration. */
public final class FutureSchema {

    private FutureSchema() {
    }

    /** Records a successful migration {@code version} that no file of this program provides. */
    public static void addAppliedMigration(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
                        checksum, installed_by, installed_on, execution_time, success)
                    SELECT max(installed_rank) + 1, '%d', 'from a newer program', 'SQL', 'V%d__from_a_newer_program.sql',
                        12345, '', '2027-01-01 00:00:00', 3, 1
                    FROM flyway_schema_history
                    """.formatted(version, version));
            st.execute("CREATE TABLE future_table (id INTEGER PRIMARY KEY)");
        }
    }
}
