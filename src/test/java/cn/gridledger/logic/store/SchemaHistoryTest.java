package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.AppVersion;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database that already has this program's schema skips Flyway; anything else still goes through it. */
class SchemaHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aCurrentDatabaseOpensWithoutFlyway() throws Exception {
        Path file = dir.resolve("current.db");
        try (Database db = Database.open(file)) {
            assertEquals(AppVersion.schema(), db.schemaVersion());
        }
        // an edited checksum is what only Flyway's validation notices: if it still ran, the open would fail
        update(file, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        assertFalse(Database.flyway(file).validateWithResult().validationSuccessful, "Flyway would object");

        try (Database again = Database.open(file)) {
            assertEquals(0, again.migrationsApplied());
            assertEquals(AppVersion.schema(), again.schemaVersion());
        }
    }

    @Test
    void onlyAFullySuccessfulHistoryEndingAtThisProgramsVersionIsCurrent() throws Exception {
        Path file = dir.resolve("history.db");
        Database.open(file).close();
        String version = AppVersion.schema();
        try (Connection c = connect(file)) {
            assertTrue(SchemaHistory.isCurrent(c, version));
            assertFalse(SchemaHistory.isCurrent(c, String.valueOf(Integer.parseInt(version) + 1)), "a newer program: pending");
            assertFalse(SchemaHistory.isCurrent(c, String.valueOf(Integer.parseInt(version) - 1)), "an older program: future");
            assertFalse(SchemaHistory.isCurrent(c, "未知"), "a build without its version file");

            c.createStatement().executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '1'");
            assertFalse(SchemaHistory.isCurrent(c, version), "a failed migration");
            c.createStatement().executeUpdate("UPDATE flyway_schema_history SET success = 1, version = '1.1' WHERE version = '1'");
            assertFalse(SchemaHistory.isCurrent(c, version), "a version that is not a whole number");
        }
        try (Connection empty = connect(dir.resolve("empty.db"))) {
            assertFalse(SchemaHistory.isCurrent(empty, version), "no history table");
        }
    }

    private static void update(Path file, String sql) throws SQLException {
        try (Connection c = connect(file)) {
            c.createStatement().executeUpdate(sql);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
