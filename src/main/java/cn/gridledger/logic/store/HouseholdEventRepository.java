package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import cn.gridledger.logic.UserFacingException;

/**
 * The writes of 分户, 合户 and 迁往其他网格, each dated: a member changes household by ending one membership
 * and starting another (same person, same facts), so past quarters still count them where they were; a
 * household ends or changes grid from its day on. The service checks the rules and calls these inside one
 * transaction.
 */
public final class HouseholdEventRepository {

    /** Where a household stands: its current grid and since when, its own dates. */
    public record HouseholdState(String id, Long gridId, String gridSince, String since, String endedOn,
                                 boolean deleted) {
    }

    public HouseholdState state(Connection c, String householdId) throws SQLException {
        return Queries.one(c, """
                SELECT h.id, h.grid_id,
                       (SELECT CASE WHEN g.valid_from = (SELECT min(valid_from) FROM household_grid_history
                                                        WHERE household_id = h.id)
                                    -- a first row dated from its import reaches back to the household's since
                                    THEN min(g.valid_from, COALESCE(h.since, '0000-01-01')) ELSE g.valid_from END
                        FROM household_grid_history g WHERE g.household_id = h.id AND g.valid_to IS NULL
                        ORDER BY g.valid_from DESC LIMIT 1),
                       h.since, h.ended_on, h.deleted_at IS NOT NULL
                FROM household h WHERE h.id = ?""",
                rs -> new HouseholdState(rs.getString(1), Queries.longOrNull(rs, "grid_id"), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)), householdId);
    }

    /**
     * A household formed by a 分户 of {@code sourceId} on {@code day}: same grid, villager group, address and
     * 户类型 as the source (the editor changes them later); not 低保 or 特困 until recorded for it.
     */
    public String newHouseholdFrom(Connection c, String sourceId, String hhNumber, LocalDate day) throws SQLException {
        String id = UUID.randomUUID().toString();
        Queries.update(c, """
                INSERT INTO household (id, hh_number, grid_id, villager_group_id, address, hh_type, since)
                SELECT ?, ?, grid_id, villager_group_id, address, hh_type, ? FROM household WHERE id = ?""",
                id, hhNumber, day.toString(), sourceId);
        Queries.insert(c, "INSERT INTO household_grid_history (household_id, grid_id, valid_from)"
                + " SELECT id, grid_id, ? FROM household WHERE id = ?", day.toString(), id);
        String type = Queries.string(c, "SELECT hh_type FROM household WHERE id = ?", id);
        HouseholdStatusHistory.change(c, id, "hh_type", type, day.toString());
        HouseholdStatusHistory.change(c, id, "dibao", "0", day.toString());
        HouseholdStatusHistory.change(c, id, "tekun", "0", day.toString());
        return id;
    }

    /**
     * Moves a current member to another household on {@code day}: the old membership ends with
     * {@code leaveEvent}, a new one with {@code relation} begins with {@code joinEvent}; both get a status event.
     *
     * @return the new membership's id
     * @throws UserFacingException when the member is no longer current in {@code fromId} (changed meanwhile)
     */
    public long transfer(Connection c, long memberId, String fromId, String toId, String relation, LocalDate day,
            String leaveEvent, String joinEvent, String note) throws SQLException {
        int ended = Queries.update(c, "UPDATE member SET ended_on = ?, end_reason = ?"
                + " WHERE id = ? AND household_id = ? AND ended_on IS NULL", day.toString(), leaveEvent, memberId, fromId);
        if (ended != 1) {
            throw new UserFacingException("有成员已不在原户中（可能刚被别人修改），请关闭后重新打开这一户。");
        }
        long joined = Queries.insert(c, """
                INSERT INTO member (household_id, person_id, relation, seq, education, student_status, health,
                    labour_skill, months_away, work_place, resident, since)
                SELECT ?, person_id, ?, CASE WHEN ? = '户主' THEN 0 ELSE
                        1 + coalesce((SELECT max(seq) FROM member WHERE household_id = ? AND ended_on IS NULL), 0) END,
                       education, student_status, health, labour_skill, months_away, work_place, resident, ?
                FROM member WHERE id = ?""", toId, relation, relation, toId, day.toString(), memberId);
        event(c, fromId, memberId, leaveEvent, day, note);
        event(c, toId, joined, joinEvent, day, note);
        return joined;
    }

    /** A staying member's new 与户主关系 (a 分户 that took the head away names a new head). */
    public void relate(Connection c, long memberId, String relation) throws SQLException {
        Queries.update(c, "UPDATE member SET relation = ?, seq = CASE WHEN ? = '户主' THEN 0 ELSE seq END"
                + " WHERE id = ? AND ended_on IS NULL", relation, relation, memberId);
    }

    /** The household ends on {@code day} (合户): it leaves its grid that day. */
    public void endHousehold(Connection c, String householdId, LocalDate day) throws SQLException {
        Queries.update(c, "UPDATE household SET ended_on = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"
                + " WHERE id = ? AND ended_on IS NULL", day.toString(), householdId);
        Queries.update(c, "UPDATE household_grid_history SET valid_to = ? WHERE household_id = ? AND valid_to IS NULL",
                day.toString(), householdId);
    }

    /** The household belongs to {@code gridId} from {@code day} on (the service checks day ≥ its grid's since). */
    public void moveGrid(Connection c, String householdId, long gridId, LocalDate day) throws SQLException {
        HouseholdGridHistory.beforeMove(c, householdId);
        HouseholdGridHistory.moveOn(c, householdId, gridId, day);
        Queries.update(c, "UPDATE household SET grid_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"
                + " WHERE id = ?", gridId, householdId);
    }

    /** 村名 + 网格名 of a grid that has not been removed, or null. */
    public String gridName(Connection c, long gridId) throws SQLException {
        return Queries.string(c, "SELECT coalesce(v.name, '') || g.name FROM grid g LEFT JOIN village v ON v.id = g.village_id"
                + " WHERE g.id = ? AND g.deleted_at IS NULL", gridId);
    }

    /** A dated status event; {@code memberId} null for one about the household itself. */
    public void event(Connection c, String householdId, Long memberId, String type, LocalDate day, String details)
            throws SQLException {
        Queries.insert(c, "INSERT INTO status_event (household_id, member_id, event_type, event_date, details)"
                + " VALUES (?, ?, ?, ?, ?)", householdId, memberId, type, day.toString(), details);
    }
}
