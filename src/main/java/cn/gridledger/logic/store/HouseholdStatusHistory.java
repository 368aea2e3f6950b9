package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes {@code household_status_history} (V9): a household's 户类型 ({@code hh_type}), 低保 ({@code dibao})
 * and 特困供养 ({@code tekun}) with the day each value began, so a past quarter's report uses the value that
 * held on its last day ({@link ReportRepository#HOUSEHOLDS_AT}). The editor's save and the importer keep it
 * in step.
 */
public final class HouseholdStatusHistory {

    /** The three dated fields, as the history names them. */
    public static final String HH_TYPE = "hh_type";
    public static final String DIBAO = "dibao";
    public static final String TEKUN = "tekun";

    /**
     * Opens, from the household row as it stands, each field that has no history yet (a household written by
     * a path that kept none, e.g. the demo generator): its value held since the household began, or always.
     * Run before the row changes, so that a later change does not date the old value away. One parameter:
     * the household's id.
     */
    static final String OPEN_MISSING = """
            INSERT INTO household_status_history (household_id, field, value, valid_from)
            SELECT h.id, f.field, CASE f.field WHEN 'hh_type' THEN h.hh_type WHEN 'dibao' THEN CAST(h.dibao AS TEXT)
                                  ELSE CAST(h.tekun AS TEXT) END, COALESCE(h.since, '0000-01-01')
            FROM household h JOIN (SELECT 'hh_type' AS field UNION ALL SELECT 'dibao' UNION ALL SELECT 'tekun') f
            WHERE h.id = ?1 AND NOT EXISTS (SELECT 1 FROM household_status_history s
                                            WHERE s.household_id = h.id AND s.field = f.field)""";

    private HouseholdStatusHistory() {
    }

    /** See {@link #OPEN_MISSING}; call before updating the household row. */
    public static void openMissing(Connection c, String householdId) throws SQLException {
        Queries.update(c, OPEN_MISSING, householdId);
    }

    /**
     * Records that {@code field} of the household has {@code value} from {@code day} (YYYY-MM-DD) on: the value
     * holding then ends that day and the new one opens. Nothing changes when the open value is already
     * {@code value}, so saving an unchanged household leaves its history alone. A day before later dated
     * values supersedes them (the value is the household's current one, from that day on).
     */
    public static void change(Connection c, String householdId, String field, String value, String day) throws SQLException {
        String open = Queries.string(c, "SELECT value FROM household_status_history"
                + " WHERE household_id = ? AND field = ? AND valid_to IS NULL", householdId, field);
        if (value.equals(open)) {
            return;
        }
        Queries.update(c, "DELETE FROM household_status_history WHERE household_id = ? AND field = ? AND valid_from >= ?",
                householdId, field, day);
        // the value that held just before the day (id, value), or none
        String[] before = Queries.one(c, "SELECT id, value FROM household_status_history WHERE household_id = ? AND field = ?"
                + " ORDER BY valid_from DESC, id DESC LIMIT 1", rs -> new String[] {rs.getString(1), rs.getString(2)},
                householdId, field);
        if (before != null && value.equals(before[1])) {
            // the superseded values are gone and the one before them simply goes on
            Queries.update(c, "UPDATE household_status_history SET valid_to = NULL WHERE id = ?", before[0]);
            return;
        }
        if (before != null) {
            Queries.update(c, "UPDATE household_status_history SET valid_to = ? WHERE id = ?"
                    + " AND (valid_to IS NULL OR valid_to > ?)", day, before[0], day);
        }
        Queries.insert(c, "INSERT INTO household_status_history (household_id, field, value, valid_from)"
                + " VALUES (?, ?, ?, ?)", householdId, field, value, day);
    }

    /** The value {@code field} had on {@code day}, or null when the history does not reach back that far. */
    public static String valueOn(Connection c, String householdId, String field, String day) throws SQLException {
        return Queries.string(c, "SELECT value FROM household_status_history WHERE household_id = ? AND field = ?"
                + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
                + " ORDER BY valid_from DESC LIMIT 1", householdId, field, day, day);
    }
}
