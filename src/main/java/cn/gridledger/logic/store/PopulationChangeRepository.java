package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import cn.gridledger.logic.report.ReportFacts.PopulationChange;
import cn.gridledger.model.code.ArrivalReason;

/**
 * R6 人口变动花名册: the persons who joined or left a household in a quarter, from the status events
 * the household editor writes; the grid is the one the household was in on the event's day.
 */
public final class PopulationChangeRepository {

    public List<PopulationChange> changes(Connection c, String from, String to, Long villageId) throws SQLException {
        String arrivals = String.join(",", ArrivalReason.eventTypes().stream().map(t -> "'" + t + "'").toList());
        return Queries.list(c, """
                WITH ev AS (
                    SELECT e.*, coalesce((SELECT hg.grid_id FROM household_grid_history hg
                            WHERE hg.household_id = e.household_id AND hg.valid_from <= e.event_date
                              AND (hg.valid_to IS NULL OR hg.valid_to > e.event_date)
                            ORDER BY hg.valid_from DESC LIMIT 1), h.grid_id) AS grid_then
                    FROM status_event e JOIN household h ON h.id = e.household_id
                    WHERE e.member_id IS NOT NULL AND e.event_date BETWEEN ?1 AND ?2 AND h.deleted_at IS NULL)
                SELECT v.id, v.name, g.name, h.hh_number,
                       (SELECT hp.name FROM member hm JOIN person hp ON hp.id = hm.person_id
                          WHERE hm.household_id = h.id AND hm.relation = '户主' ORDER BY hm.ended_on IS NOT NULL, hm.id
                          LIMIT 1),
                       p.name, p.gender, p.id_number, ev.event_type IN (%s), ev.event_type, ev.event_date, ev.details
                FROM ev JOIN household h ON h.id = ev.household_id
                JOIN member m ON m.id = ev.member_id JOIN person p ON p.id = m.person_id
                LEFT JOIN grid g ON g.id = ev.grid_then LEFT JOIN village v ON v.id = g.village_id
                WHERE (?3 IS NULL OR v.id = ?3)
                ORDER BY v.sort_order, v.code, g.code, ev.event_date, h.hh_number, ev.id
                """.formatted(arrivals), rs -> new PopulationChange(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) == 1,
                rs.getString(10), rs.getString(11), rs.getString(12)), from, to, villageId);
    }
}
