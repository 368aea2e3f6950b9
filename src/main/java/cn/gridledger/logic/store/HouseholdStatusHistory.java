package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes {@code household_status_history} (V9): a household's 户类型 ({@code hh_type}), 低保 ({@code dibao})
 * and 特困供养 ({@code tekun}) with the day each value began, so a past quarter's report can use the value
 * that held on its last day. The editor's save keeps it in step; the importer and the reports do not use it yet.
 */
public final class HouseholdStatusHistory {

    private HouseholdStatusHistory() {
    }

    /**
     * Records that {@code field} of the household has {@code value} from {@code day} (YYYY-MM-DD) on: the open
     * value ends that day and the new one opens. Nothing changes when the open value is already {@code value},
     * so saving an unchanged household leaves its history alone.
     */
    public static void change(Connection c, String householdId, String field, String value, String day) throws SQLException {
        String open = Queries.string(c, "SELECT value FROM household_status_history"
                + " WHERE household_id = ? AND field = ? AND valid_to IS NULL", householdId, field);
        if (value.equals(open)) {
            return;
        }
        Queries.update(c, "UPDATE household_status_history SET valid_to = ?"
                + " WHERE household_id = ? AND field = ? AND valid_to IS NULL", day, householdId, field);
        Queries.insert(c, "INSERT INTO household_status_history (household_id, field, value, valid_from)"
                + " VALUES (?, ?, ?, ?)", householdId, field, value, day);
    }

    /** The value {@code field} had on {@code day}, or null when the history does not reach back that far. */
    public static String valueOn(Connection c, String householdId, String field, String day) throws SQLException {
        return Queries.string(c, "SELECT value FROM household_status_history WHERE household_id = ? AND field = ?"
                + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)", householdId, field, day, day);
    }
}
