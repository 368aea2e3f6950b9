package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V9 dates 户类型, 低保 and 特困供养 of households that existed before it with their values of that day. */
class HouseholdStatusHistoryMigrationTest {

    @TempDir
    Path dir;

    @Test
    void existingHouseholdsGetTheirCurrentValuesAsOpenHistory() throws Exception {
        Path file = dir.resolve("v8.db");
        Flyway.configure().dataSource(Database.jdbcUrl(file), null, null)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion("8")).load().migrate();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO household (id, hh_type, dibao, tekun, since) VALUES ('h1', '脱贫户', 1, 0, '2020-03-01')");
            s.executeUpdate("INSERT INTO household (id) VALUES ('h2')");
        }
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT household_id, field, value, valid_from, valid_to"
                        + " FROM household_status_history ORDER BY household_id, field")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + "=" + r.getString(3) + " " + r.getString(4) + ".." + r.getString(5));
            }
            assertEquals(List.of(
                    "h1 dibao=1 2020-03-01..null", "h1 hh_type=脱贫户 2020-03-01..null", "h1 tekun=0 2020-03-01..null",
                    "h2 dibao=0 0000-01-01..null", "h2 hh_type=一般农户 0000-01-01..null", "h2 tekun=0 0000-01-01..null"),
                    rows);
        }
    }

    @Test
    void aChangeEndsTheOpenValueOnItsDayAndAnUnchangedValueLeavesHistoryAlone() throws Exception {
        Path file = dir.resolve("change.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO household (id, dibao, since) VALUES ('h1', 0, '2020-01-01')");
            HouseholdStatusHistory.change(c, "h1", "dibao", "0", "2020-01-01");
            HouseholdStatusHistory.change(c, "h1", "dibao", "1", "2026-10-15");
            HouseholdStatusHistory.change(c, "h1", "dibao", "1", "2026-11-01");
            assertEquals("0", HouseholdStatusHistory.valueOn(c, "h1", "dibao", "2026-09-30"), "Q3 keeps the old value");
            assertEquals("1", HouseholdStatusHistory.valueOn(c, "h1", "dibao", "2026-12-31"), "Q4 has the change");
            assertEquals("0", HouseholdStatusHistory.valueOn(c, "h1", "dibao", "2026-10-14"));
            assertEquals(null, HouseholdStatusHistory.valueOn(c, "h1", "dibao", "2019-12-31"));
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM household_status_history WHERE household_id = 'h1'")) {
                r.next();
                assertEquals(2, r.getInt(1), "the repeated 1 added no row");
            }
        }
    }
}
