package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import cn.gridledger.logic.report.ReportFacts.HouseholdChange;
import cn.gridledger.logic.report.ReportFacts.PopulationChange;
import cn.gridledger.model.code.ArrivalReason;

/**
 * R6 人口变动花名册: the persons who joined or left a household in a quarter, from the status events
 * the household editor writes, and the households that began or ended in it; the grid is the one the
 * household was in on the day.
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

    /**
     * Households that began (since) or ended (ended_on) between {@code from} and {@code to}; a month-precision
     * day counts in its month. A beginning counts only with a household event recorded on that day (分户, 迁入 …):
     * a household an import created begins on the import day without one, like the members it brought, and is
     * not a change of the population. An end always counts (only an explicit act ends a household): its reason is
     * the event of that day, or 注销. Persons: the members the household had on that day (for an end: the day
     * before). A grid move (an event on neither day) is not a change of the township's households.
     */
    public List<HouseholdChange> householdChanges(Connection c, String from, String to, Long villageId)
            throws SQLException {
        return Queries.list(c, """
                WITH changed AS (
                    SELECT h.id, 1 AS arrival, h.since AS day FROM household h
                    WHERE h.deleted_at IS NULL AND h.since BETWEEN substr(?1, 1, 7) AND ?2
                      AND EXISTS (SELECT 1 FROM status_event e WHERE e.household_id = h.id AND e.member_id IS NULL
                                  AND e.event_date = h.since)
                    UNION ALL
                    SELECT h.id, 0, h.ended_on FROM household h
                    WHERE h.deleted_at IS NULL AND h.ended_on BETWEEN substr(?1, 1, 7) AND ?2),
                ev AS (
                    SELECT ch.*,
                           (SELECT e.id FROM status_event e WHERE e.household_id = ch.id AND e.member_id IS NULL
                              AND e.event_date = ch.day ORDER BY e.id LIMIT 1) AS event_id,
                           coalesce((SELECT hg.grid_id FROM household_grid_history hg
                              WHERE hg.household_id = ch.id
                                AND (CASE WHEN ch.arrival = 1 THEN hg.valid_from <= ch.day ELSE hg.valid_from < ch.day END)
                                AND (hg.valid_to IS NULL OR (CASE WHEN ch.arrival = 1 THEN hg.valid_to > ch.day
                                                                  ELSE hg.valid_to >= ch.day END))
                              ORDER BY hg.valid_from DESC LIMIT 1), h.grid_id) AS grid_then
                    FROM changed ch JOIN household h ON h.id = ch.id)
                SELECT v.id, v.name, g.name, h.hh_number,
                       (SELECT hp.name FROM member hm JOIN person hp ON hp.id = hm.person_id
                          WHERE hm.household_id = h.id AND hm.relation = '户主'
                          ORDER BY hm.ended_on IS NOT NULL AND hm.ended_on < ev.day, hm.ended_on IS NOT NULL, hm.id
                          LIMIT 1),
                       (SELECT count(*) FROM member m WHERE m.household_id = h.id AND CASE WHEN ev.arrival = 1
                          THEN (m.since IS NULL OR m.since <= ev.day) AND (m.ended_on IS NULL OR m.ended_on > ev.day)
                          ELSE (m.since IS NULL OR m.since < ev.day) AND (m.ended_on IS NULL OR m.ended_on >= ev.day) END),
                       ev.arrival, coalesce(e.event_type, '注销'), ev.day, e.details
                FROM ev JOIN household h ON h.id = ev.id
                LEFT JOIN status_event e ON e.id = ev.event_id
                LEFT JOIN grid g ON g.id = ev.grid_then LEFT JOIN village v ON v.id = g.village_id
                WHERE (?3 IS NULL OR v.id = ?3)
                ORDER BY v.sort_order, v.code, g.code, ev.day, h.hh_number, h.id, ev.arrival DESC
                """, rs -> new HouseholdChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7) == 1, rs.getString(8), rs.getString(9), rs.getString(10)),
                from, to, villageId);
    }
}
