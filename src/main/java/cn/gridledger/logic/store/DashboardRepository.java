package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of the home page: counts a cadre reads at a glance and the data of its charts. */
public final class DashboardRepository {

    /** Leading space on purpose: text blocks drop the trailing space before it. */
    private static final String LIVE = " h.deleted_at IS NULL AND h.ended_on IS NULL ";

    public long monitored(Connection c, boolean open) throws SQLException {
        // open: at least one episode still open; closed: monitored, every episode closed
        return Queries.count(c, "SELECT count(*) FROM (SELECT mo.household_id FROM monitoring mo "
                + "JOIN household h ON h.id = mo.household_id WHERE mo.deleted_at IS NULL AND " + LIVE
                + " GROUP BY mo.household_id HAVING sum(mo.risk_eliminated = 0) " + (open ? "> 0" : "= 0") + ")");
    }

    public long gridsWithoutWorkers(Connection c) throws SQLException {
        return Queries.count(c, """
                SELECT count(*) FROM grid g WHERE g.deleted_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM post p WHERE p.grid_id = g.id AND p.post_type = '网格员' AND p.end_date IS NULL)
                """);
    }

    public long notUpdatedSince(Connection c, LocalDate day) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM household h WHERE " + LIVE + " AND h.updated_at < ?",
                day.toString());
    }

    /** Open monitoring episodes per risk (risk1..risk3 each counted), most frequent first. */
    public Map<String, Long> openRisks(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : Queries.list(c, """
                SELECT r, count(*) AS n FROM (
                    SELECT risk1 AS r, household_id FROM monitoring WHERE deleted_at IS NULL AND risk_eliminated = 0
                    UNION ALL SELECT risk2, household_id FROM monitoring WHERE deleted_at IS NULL AND risk_eliminated = 0
                    UNION ALL SELECT risk3, household_id FROM monitoring WHERE deleted_at IS NULL AND risk_eliminated = 0
                ) x JOIN household h ON h.id = x.household_id
                WHERE r IS NOT NULL AND r <> '' AND """ + LIVE + " GROUP BY r ORDER BY n DESC",
                rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Current households per village, in village order. */
    public Map<String, Long> householdsPerVillage(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : Queries.list(c, """
                SELECT v.name, count(h.id) FROM village v
                LEFT JOIN grid g ON g.village_id = v.id
                LEFT JOIN household h ON h.grid_id = g.id AND h.deleted_at IS NULL AND h.ended_on IS NULL
                GROUP BY v.id ORDER BY v.sort_order, v.code
                """, rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Every current household's points balance (entries minus redemptions). */
    public List<Long> pointsBalances(Connection c) throws SQLException {
        return Queries.list(c, """
                SELECT coalesce((SELECT sum(points) FROM points_entry e WHERE e.household_id = h.id AND e.deleted_at IS NULL), 0)
                     - coalesce((SELECT sum(points) FROM points_redemption r WHERE r.household_id = h.id
                                 AND r.deleted_at IS NULL), 0)
                FROM household h WHERE """ + LIVE, rs -> rs.getLong(1));
    }
}
