package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the home page: counts a cadre reads at a glance and the data of its charts. Each takes
 * the user's grids ({@code grids}; null = the whole township), so that a grid worker's tiles count what
 * the lists behind them show.
 */
public final class DashboardRepository {

    /** Leading space on purpose: text blocks drop the trailing space before it. */
    private static final String LIVE = " h.deleted_at IS NULL AND h.ended_on IS NULL ";

    /** {@code AND column IN (…)} for the grids (ids are numbers: safe to write into the text). */
    static String within(String column, Set<Long> grids) {
        if (grids == null) {
            return "";
        }
        return grids.isEmpty() ? " AND 0 " : " AND " + column + " IN ("
                + grids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ";
    }

    public long households(Connection c, Set<Long> grids) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM household h WHERE " + LIVE + within("h.grid_id", grids));
    }

    public long members(Connection c, Set<Long> grids) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id WHERE "
                + LIVE + within("h.grid_id", grids) + " AND m.ended_on IS NULL");
    }

    public long monitored(Connection c, boolean open, Set<Long> grids) throws SQLException {
        // open: at least one episode still open; closed: monitored, every episode closed
        return Queries.count(c, "SELECT count(*) FROM (SELECT mo.household_id FROM monitoring mo "
                + "JOIN household h ON h.id = mo.household_id WHERE mo.deleted_at IS NULL AND " + LIVE
                + within("h.grid_id", grids)
                + " GROUP BY mo.household_id HAVING sum(mo.risk_eliminated = 0) " + (open ? "> 0" : "= 0") + ")");
    }

    public long gridsWithoutWorkers(Connection c, Set<Long> grids) throws SQLException {
        return Queries.count(c, """
                SELECT count(*) FROM grid g WHERE g.deleted_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM post p WHERE p.grid_id = g.id AND p.post_type = '网格员' AND p.end_date IS NULL)
                """ + within("g.id", grids));
    }

    public long notUpdatedSince(Connection c, LocalDate day, Set<Long> grids) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM household h WHERE " + LIVE + within("h.grid_id", grids)
                + " AND h.updated_at < ?", day.toString());
    }

    /** Open monitoring episodes per risk (risk1..risk3 each counted), most frequent first. */
    public Map<String, Long> openRisks(Connection c, Set<Long> grids) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : Queries.list(c, """
                SELECT r, count(*) AS n FROM (
                    SELECT risk1 AS r, household_id FROM monitoring WHERE deleted_at IS NULL AND risk_eliminated = 0
                    UNION ALL SELECT risk2, household_id FROM monitoring WHERE deleted_at IS NULL AND risk_eliminated = 0
                    UNION ALL SELECT risk3, household_id FROM monitoring WHERE deleted_at IS NULL AND risk_eliminated = 0
                ) x JOIN household h ON h.id = x.household_id
                WHERE r IS NOT NULL AND r <> '' AND """ + LIVE + within("h.grid_id", grids) + " GROUP BY r ORDER BY n DESC",
                rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Current households per village, in village order (a grid worker: the villages of their grids). */
    public Map<String, Long> householdsPerVillage(Connection c, Set<Long> grids) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        String sql = "SELECT v.name, count(h.id) FROM village v"
                // the township: every village, one without grids too; a grid worker: the villages of their grids
                + (grids == null ? " LEFT" : "") + " JOIN grid g ON g.village_id = v.id AND g.deleted_at IS NULL"
                + " LEFT JOIN household h ON h.grid_id = g.id AND h.deleted_at IS NULL AND h.ended_on IS NULL"
                + " WHERE 1 " + within("g.id", grids) + " GROUP BY v.id ORDER BY v.sort_order, v.code";
        for (var e : Queries.list(c, sql, rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Every current household's points balance (entries minus redemptions). */
    public List<Long> pointsBalances(Connection c, Set<Long> grids) throws SQLException {
        return Queries.list(c, """
                SELECT coalesce((SELECT sum(points) FROM points_entry e WHERE e.household_id = h.id AND e.deleted_at IS NULL), 0)
                     - coalesce((SELECT sum(points) FROM points_redemption r WHERE r.household_id = h.id
                                 AND r.deleted_at IS NULL), 0)
                FROM household h WHERE """ + LIVE + within("h.grid_id", grids), rs -> rs.getLong(1));
    }
}
