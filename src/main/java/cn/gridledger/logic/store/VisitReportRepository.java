package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.VisitCoverage;
import cn.gridledger.model.Quarter;

/**
 * R7's queries: three grouped reads (households, visits by type, follow-ups), joined per grid in Java.
 * Parameters numbered as in {@link ReportRepository}: ?1 = the quarter's last day, ?2 its month,
 * ?3 village id or null, ?4 the quarter's first day. Every query names ?4 (SQLite counts parameters by
 * the highest number), so all four bind alike; village scope is applied to the grids read first.
 */
public final class VisitReportRepository {

    private record Grid(long id, String code, String name, long villageId, String village) {
    }

    private record HouseholdFigures(long households, long visited, long monitored, long monitoredVisited) {
    }

    public List<VisitCoverage> coverage(Connection c, Quarter q, Long villageId) throws SQLException {
        Object[] a = {q.lastDay().toString(), q.lastDay().toString().substring(0, 7), villageId, q.firstDay().toString()};
        List<Grid> grids = Queries.list(c, """
                SELECT g.id, g.code, g.name, v.id AS village_id, v.name AS village FROM grid g JOIN village v ON v.id = g.village_id
                WHERE (g.deleted_at IS NULL OR substr(g.deleted_at, 1, 10) > ?1) AND (?3 IS NULL OR v.id = ?3)
                  AND ?4 IS NOT NULL
                ORDER BY v.sort_order, v.code, g.code""",
                rs -> new Grid(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("village_id"),
                        rs.getString("village")), a);
        Map<Long, HouseholdFigures> households = new HashMap<>();
        Queries.list(c, "WITH " + ReportRepository.HOUSEHOLDS_AT + """
                , mon AS (
                    SELECT DISTINCT household_id FROM monitoring WHERE deleted_at IS NULL AND identified_month <= ?2
                      AND NOT (risk_eliminated = 1 AND (eliminated_month IS NULL OR eliminated_month <= ?2))),
                vis AS (
                    SELECT DISTINCT vh.household_id FROM visit v JOIN visit_household vh ON vh.visit_id = v.id
                    WHERE v.deleted_at IS NULL AND v.visit_date >= ?4 AND v.visit_date <= ?1)
                SELECT hv.grid_id, count(*) AS n, count(vis.household_id) AS visited, count(mon.household_id) AS monitored,
                    sum(mon.household_id IS NOT NULL AND vis.household_id IS NOT NULL) AS monitored_visited
                FROM hv LEFT JOIN vis ON vis.household_id = hv.id LEFT JOIN mon ON mon.household_id = hv.id
                GROUP BY hv.grid_id""", rs -> households.put(rs.getLong("grid_id"), new HouseholdFigures(rs.getLong("n"),
                        rs.getLong("visited"), rs.getLong("monitored"), rs.getLong("monitored_visited"))), a);
        Map<Long, Map<String, Long>> byType = new HashMap<>();
        Queries.list(c, """
                SELECT grid_id, visit_type, count(*) AS n FROM visit
                WHERE deleted_at IS NULL AND visit_date >= ?4 AND visit_date <= ?1 AND grid_id IS NOT NULL
                GROUP BY grid_id, visit_type""",
                rs -> byType.computeIfAbsent(rs.getLong("grid_id"), k -> new HashMap<>()).put(rs.getString("visit_type"),
                        rs.getLong("n")), a);
        Map<Long, long[]> followUps = new HashMap<>();
        Queries.list(c, """
                SELECT grid_id, count(*) AS n, sum(due_date < ?1) AS overdue FROM visit
                WHERE deleted_at IS NULL AND follow_up_needed = 1 AND visit_date <= ?1 AND grid_id IS NOT NULL
                  AND (closed_date IS NULL OR closed_date > ?1) AND ?4 IS NOT NULL
                GROUP BY grid_id""", rs -> followUps.put(rs.getLong("grid_id"),
                        new long[] {rs.getLong("n"), rs.getLong("overdue")}), a);
        HouseholdFigures none = new HouseholdFigures(0, 0, 0, 0);
        return grids.stream().map(g -> {
            HouseholdFigures h = households.getOrDefault(g.id(), none);
            long[] f = followUps.getOrDefault(g.id(), new long[2]);
            return new VisitCoverage(g.villageId(), g.village(), g.id(), g.code(), g.name(), h.households(), h.visited(),
                    h.monitored(), h.monitoredVisited(), byType.getOrDefault(g.id(), Map.of()), f[0], f[1]);
        }).toList();
    }
}
