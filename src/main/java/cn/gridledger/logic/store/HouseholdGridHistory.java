package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Before a household moves to another grid, makes its {@code household_grid_history} reach back to the day
 * it began (or always), so a past quarter keeps the grid it was in: a household written without history (the
 * demo generator, older data) gets its current grid from its since; one whose first row starts later (an
 * import dated it from the import day) has that row begin at its since. Both statements take one parameter,
 * the household's id, and must run before the household row's grid changes.
 */
final class HouseholdGridHistory {

    static final String OPEN_MISSING = """
            INSERT INTO household_grid_history (household_id, grid_id, valid_from)
            SELECT h.id, h.grid_id, COALESCE(h.since, '0000-01-01') FROM household h
            WHERE h.id = ?1 AND h.grid_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM household_grid_history g WHERE g.household_id = h.id)""";

    static final String REACH_BACK = """
            UPDATE household_grid_history
            SET valid_from = (SELECT COALESCE(since, '0000-01-01') FROM household WHERE id = ?1)
            WHERE id = (SELECT id FROM household_grid_history WHERE household_id = ?1 ORDER BY valid_from, id LIMIT 1)
              AND valid_from > (SELECT COALESCE(since, '0000-01-01') FROM household WHERE id = ?1)""";

    private HouseholdGridHistory() {
    }

    /**
     * The household is in {@code gridId} from {@code day} on: the open row ends that day and a new one opens;
     * a move on the day the open row began replaces its grid rather than leaving a stay of no days.
     */
    static void moveOn(Connection c, String householdId, long gridId, java.time.LocalDate day) throws SQLException {
        String d = day.toString();
        int sameDay = Queries.update(c, "UPDATE household_grid_history SET grid_id = ?"
                + " WHERE household_id = ? AND valid_to IS NULL AND valid_from = ?", gridId, householdId, d);
        if (sameDay == 0) {
            Queries.update(c, "UPDATE household_grid_history SET valid_to = ? WHERE household_id = ? AND valid_to IS NULL",
                    d, householdId);
            Queries.insert(c, "INSERT INTO household_grid_history (household_id, grid_id, valid_from) VALUES (?, ?, ?)",
                    householdId, gridId, d);
        }
    }

    static void beforeMove(Connection c, String householdId) throws SQLException {
        Queries.update(c, OPEN_MISSING, householdId);
        Queries.update(c, REACH_BACK, householdId);
    }
}
