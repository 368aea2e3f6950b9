package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dated change given a day before later changes, and the history of a household written without one. */
class HouseholdStatusHistoryTest {

    @TempDir
    Path dir;

    private Connection open() throws Exception {
        Path file = dir.resolve("h.db");
        Database.open(file).close();
        Connection c = DriverManager.getConnection(Database.jdbcUrl(file));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO household (id, hh_type, dibao, tekun, since) VALUES ('h1', '脱贫户', 1, 0, '2020-03')");
        }
        return c;
    }

    private static List<String> rows(Connection c, String field) throws Exception {
        return Queries.list(c, "SELECT value || ' ' || valid_from || '..' || coalesce(valid_to, '') FROM household_status_history"
                + " WHERE household_id = 'h1' AND field = ? ORDER BY valid_from, id", rs -> rs.getString(1), field);
    }

    @Test
    void aDayBeforeALaterChangeSupersedesIt() throws Exception {
        try (Connection c = open()) {
            HouseholdStatusHistory.change(c, "h1", "hh_type", "一般农户", "2020-03-01");
            HouseholdStatusHistory.change(c, "h1", "hh_type", "脱贫户", "2026-11-05");
            // dated before the change of 11-05: the new value holds from 10-20 on, the later one is gone
            HouseholdStatusHistory.change(c, "h1", "hh_type", "低保脱贫户", "2026-10-20");
            assertEquals(List.of("一般农户 2020-03-01..2026-10-20", "低保脱贫户 2026-10-20.."), rows(c, "hh_type"));
            assertEquals("一般农户", HouseholdStatusHistory.valueOn(c, "h1", "hh_type", "2026-09-30"));
            assertEquals("低保脱贫户", HouseholdStatusHistory.valueOn(c, "h1", "hh_type", "2026-11-10"));
        }
    }

    @Test
    void goingBackToTheEarlierValueBeforeALaterChangeReopensIt() throws Exception {
        try (Connection c = open()) {
            HouseholdStatusHistory.change(c, "h1", "dibao", "0", "2020-03-01");
            HouseholdStatusHistory.change(c, "h1", "dibao", "1", "2026-11-05");
            HouseholdStatusHistory.change(c, "h1", "dibao", "0", "2026-10-01");
            assertEquals(List.of("0 2020-03-01.."), rows(c, "dibao"));
        }
    }

    @Test
    void aHouseholdWithoutHistoryGetsItsCurrentValuesFromItsSinceBeforeItChanges() throws Exception {
        try (Connection c = open()) {
            HouseholdStatusHistory.change(c, "h1", "tekun", "0", "2020-03"); // only tekun has history yet
            HouseholdStatusHistory.openMissing(c, "h1");
            HouseholdStatusHistory.openMissing(c, "h1"); // a second time: nothing more
            assertEquals(List.of("脱贫户 2020-03.."), rows(c, "hh_type"));
            assertEquals(List.of("1 2020-03.."), rows(c, "dibao"));
            assertEquals(List.of("0 2020-03.."), rows(c, "tekun"));
        }
    }
}
