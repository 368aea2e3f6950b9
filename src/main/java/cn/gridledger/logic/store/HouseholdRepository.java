package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.HouseholdRow.MonitoringState;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberArrival;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.Person;
import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsRedemption;

/**
 * Households with their members, monitoring, awards and points, written as one unit. The write API is
 * general (the form, the importer and the demo generator use the same {@link #save}); the caller's
 * {@link Database#write} makes it one transaction.
 */
public final class HouseholdRepository {

    /** What the search index needs of each current member: household, name, ID number, phone. */
    public record MemberKey(String householdId, String name, String idNumber, String phone) {
    }

    /**
     * Every current member's name, ID number and phone by household (all households, or one). The
     * covering index member_household (V7) gives the members grouped by household, so each household's
     * list is built once, without a map lookup per member.
     */
    public Map<String, List<MemberKey>> memberKeys(Connection c, String onlyId) throws SQLException {
        Map<String, List<MemberKey>> out = new HashMap<>();
        try (PreparedStatement ps = Queries.prepare(c, """
                SELECT m.household_id, p.name, p.id_number, p.phone
                FROM member m JOIN person p ON p.id = m.person_id
                WHERE m.ended_on IS NULL""" + (onlyId == null ? "" : " AND m.household_id = ?")
                + " ORDER BY m.household_id", onlyId == null ? new Object[0] : new Object[] {onlyId});
                ResultSet rs = ps.executeQuery()) {
            String household = null;
            List<MemberKey> members = null;
            while (rs.next()) {
                String hh = rs.getString(1);
                if (!hh.equals(household)) {
                    household = hh;
                    members = new ArrayList<>(4);
                    out.put(hh, members);
                }
                members.add(new MemberKey(hh, rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    /** Current households (deleted or not) with the list's figures, in ledger order. */
    public List<HouseholdRow> rows(Connection c, boolean deleted) throws SQLException {
        return new HouseholdListing().read(c, deleted, HouseholdListing.IdRange.ALL).rows();
    }

    // ---------------------------------------------------------------- loading one household

    public HouseholdDetail load(Connection c, String id) throws SQLException {
        Household h = Queries.one(c, """
                SELECT id, hh_number, grid_id, villager_group_id, ten_group_no, ten_group_leader, address, phone,
                       hh_type, dibao, tekun, housing_status, toilet_status, notes, since
                FROM household WHERE id = ?
                """, rs -> new Household(rs.getString(1), rs.getString(2), longOrNull(rs, 3), longOrNull(rs, 4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10) != 0, rs.getInt(11) != 0, rs.getString(12), rs.getString(13), rs.getString(14),
                fuzzy(rs.getString(15))), id);
        if (h == null) {
            return null;
        }
        List<Member> members = Queries.list(c, """
                SELECT m.id, m.household_id, m.relation, m.seq, m.education, m.student_status, m.health,
                       m.labour_skill, m.months_away, m.work_place, m.resident, m.since,
                       p.id, p.name, p.id_number, p.gender, p.birth_date, p.ethnicity, p.political_status, p.phone
                FROM member m JOIN person p ON p.id = m.person_id
                WHERE m.household_id = ? AND m.ended_on IS NULL ORDER BY m.seq, m.id
                """, rs -> new Member(rs.getLong(1), rs.getString(2),
                Person.basic(rs.getString(14), rs.getString(15), rs.getString(16), fuzzy(rs.getString(17)),
                        rs.getString(18), rs.getString(19), rs.getString(20)).withId(rs.getLong(13)),
                rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Queries.intOrNull(rs, "months_away"), rs.getString(10), rs.getInt(11) != 0,
                fuzzy(rs.getString(12))), id);
        List<Monitoring> monitoring = Queries.list(c, """
                SELECT id, household_id, category, risk1, risk2, risk3, identified_month, measures, contact_name,
                       contact_phone, risk_eliminated, elimination_method, eliminated_month
                FROM monitoring WHERE household_id = ? AND deleted_at IS NULL ORDER BY identified_month, id
                """, rs -> new Monitoring(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), fuzzy(rs.getString(7)), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getInt(11) != 0, rs.getString(12),
                fuzzy(rs.getString(13))), id);
        List<Award> awards = Queries.list(c, """
                SELECT id, household_id, award_type, year, level FROM award
                WHERE household_id = ? AND deleted_at IS NULL ORDER BY year, id
                """, rs -> new Award(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)), id);
        List<PointsEntry> entries = Queries.list(c, """
                SELECT id, household_id, item_id, entry_date, points, reason, recorder, approver FROM points_entry
                WHERE household_id = ? AND deleted_at IS NULL ORDER BY entry_date, id
                """, rs -> new PointsEntry(rs.getLong(1), rs.getString(2), longOrNull(rs, 3),
                LocalDate.parse(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)), id);
        List<PointsRedemption> redemptions = Queries.list(c, """
                SELECT id, household_id, redeem_date, points, goods, recorder FROM points_redemption
                WHERE household_id = ? AND deleted_at IS NULL ORDER BY redeem_date, id
                """, rs -> new PointsRedemption(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                rs.getInt(4), rs.getString(5), rs.getString(6)), id);
        return new HouseholdDetail(h, members, monitoring, awards, entries, redemptions);
    }

    private static FuzzyDate fuzzy(String iso) {
        return iso == null || iso.isBlank() ? null : FuzzyDate.parseIso(iso);
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    // ---------------------------------------------------------------- saving

    /**
     * Inserts or updates the household with all its parts and returns its id (a new UUID when the
     * household's id is null). Members left out end on their departure's day with its reason, or today as
     * 其他, each with a status event; other parts left out get deleted_at: nothing is erased. Persons are
     * matched by ID number so one person stays one record.
     *
     * @throws UserFacingException when an ID number belongs to a current member of another household
     */
    public String save(Connection c, HouseholdDetail d) throws SQLException {
        return save(c, d, List.of(), java.util.Map.of());
    }

    /** {@code arrivals}: new members' 入户 (by member object), each saved with its day and a status event. */
    public String save(Connection c, HouseholdDetail d, List<MemberDeparture> departures,
            java.util.Map<Member, MemberArrival> arrivals) throws SQLException {
        return save(c, d, departures, arrivals, null);
    }

    /**
     * {@code statusFrom}: the day a changed 网格, 户类型, 低保 or 特困供养 of a household already on the ledger takes
     * effect (null: today); a new household's values hold since it began.
     */
    public String save(Connection c, HouseholdDetail d, List<MemberDeparture> departures,
            java.util.Map<Member, MemberArrival> arrivals, LocalDate statusFrom) throws SQLException {
        Household h = d.household();
        String id = h.id() == null || h.id().isBlank() ? UUID.randomUUID().toString() : h.id();
        boolean exists = Queries.count(c, "SELECT count(*) FROM household WHERE id = ?", id) > 0;
        Object[] fields = {h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(),
                h.address(), h.phone(), hhType(h), h.dibao(), h.tekun(),
                h.housingStatus(), h.toiletStatus(), h.notes(), h.since() == null ? null : h.since().toIso()};
        if (exists) {
            // before the row changes: its old status and grid keep their days
            HouseholdStatusHistory.openMissing(c, id);
            Long oldGrid = Queries.one(c, "SELECT grid_id FROM household WHERE id = ?", rs -> longOrNull(rs, 1), id);
            if (h.gridId() != null && !h.gridId().equals(oldGrid)) {
                HouseholdGridHistory.beforeMove(c, id);
            }
            Queries.update(c, """
                    UPDATE household SET hh_number = ?, grid_id = ?, villager_group_id = ?, ten_group_no = ?,
                        ten_group_leader = ?, address = ?, phone = ?, hh_type = ?, dibao = ?, tekun = ?,
                        housing_status = ?, toilet_status = ?, notes = ?, since = ?,
                        updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
                    WHERE id = ?
                    """, append(fields, id));
            if (h.gridId() != null && !h.gridId().equals(oldGrid)) {
                HouseholdGridHistory.moveOn(c, id, h.gridId(), statusFrom == null ? LocalDate.now() : statusFrom);
            }
        } else {
            Queries.update(c, """
                    INSERT INTO household (hh_number, grid_id, villager_group_id, ten_group_no, ten_group_leader,
                        address, phone, hh_type, dibao, tekun, housing_status, toilet_status, notes, since, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, append(fields, id));
            if (h.gridId() != null) {
                // in its grid since it began (past quarters count it there), not since the day it was typed in
                Queries.insert(c, "INSERT INTO household_grid_history (household_id, grid_id, valid_from) VALUES (?, ?, ?)",
                        id, h.gridId(), h.since() == null ? "0000-01-01" : h.since().toIso());
            }
        }
        // a new household's values held since it began; an edit's from the day the user gave (or today)
        datedStatus(c, id, h, exists ? (statusFrom == null ? LocalDate.now() : statusFrom).toString()
                : h.since() == null ? "0000-01-01" : h.since().toIso());
        saveMembers(c, id, d.members(), departures, arrivals);
        saveMonitoring(c, id, d.monitoring());
        saveAwards(c, id, d.awards());
        saveEntries(c, id, d.pointsEntries());
        saveRedemptions(c, id, d.redemptions());
        return id;
    }

    private static Object[] append(Object[] head, Object last) {
        Object[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }

    /** Keeps household_status_history in step with the 户类型, 低保 and 特困供养 just written from {@code h}. */
    private static void datedStatus(Connection c, String householdId, Household h, String day) throws SQLException {
        HouseholdStatusHistory.change(c, householdId, HouseholdStatusHistory.HH_TYPE, hhType(h), day);
        HouseholdStatusHistory.change(c, householdId, HouseholdStatusHistory.DIBAO, h.dibao() ? "1" : "0", day);
        HouseholdStatusHistory.change(c, householdId, HouseholdStatusHistory.TEKUN, h.tekun() ? "1" : "0", day);
    }

    /** The 户类型 as stored: 一般农户 when none was given. */
    private static String hhType(Household h) {
        return h.hhType() == null ? "一般农户" : h.hhType();
    }

    private void saveMembers(Connection c, String householdId, List<Member> members, List<MemberDeparture> departures,
            java.util.Map<Member, MemberArrival> arrivals) throws SQLException {
        Set<Long> kept = new HashSet<>();
        int seq = 0;
        for (Member m : members) {
            long personId = savePerson(c, householdId, m.person());
            MemberArrival arrival = arrivals.get(m);
            String since = arrival != null ? arrival.date().toString() : m.since() == null ? null : m.since().toIso();
            Object[] fields = {personId, m.relation(), seq++, m.education(), m.studentStatus(), m.health(),
                    m.labourSkill(), m.monthsAway(), m.workPlace(), m.resident(), since};
            boolean existing = m.id() > 0 && Queries.count(c,
                    "SELECT count(*) FROM member WHERE id = ? AND household_id = ?", m.id(), householdId) > 0;
            if (existing) {
                Queries.update(c, """
                        UPDATE member SET person_id = ?, relation = ?, seq = ?, education = ?, student_status = ?,
                            health = ?, labour_skill = ?, months_away = ?, work_place = ?, resident = ?, since = ?
                        WHERE id = ?
                        """, append(fields, m.id()));
                kept.add(m.id());
            } else {
                long memberId = Queries.insert(c, """
                        INSERT INTO member (person_id, relation, seq, education, student_status, health, labour_skill,
                            months_away, work_place, resident, since, household_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, append(fields, householdId));
                kept.add(memberId);
                if (arrival != null) {
                    memberEvent(c, householdId, memberId, arrival.reason().eventType(), arrival.date(), arrival.note());
                }
            }
        }
        for (Long old : currentIds(c, "SELECT id FROM member WHERE household_id = ? AND ended_on IS NULL", householdId)) {
            if (!kept.contains(old)) {
                MemberDeparture dep = departures.stream().filter(x -> x.memberId() == old).findFirst()
                        .orElse(new MemberDeparture(old, DepartureReason.其他, LocalDate.now(), null));
                endMember(c, householdId, dep);
            }
        }
    }

    /**
     * Ends a current member of the household on the departure's day with its reason and status event.
     *
     * @return false, writing nothing, when the member is no longer a current member of that household
     *     (ended or moved meanwhile, e.g. in the editor while an import preview was open)
     */
    public boolean endMember(Connection c, String householdId, MemberDeparture dep) throws SQLException {
        int ended = Queries.update(c, """
                UPDATE member SET ended_on = ?, end_reason = ? WHERE id = ? AND household_id = ? AND ended_on IS NULL""",
                dep.date().toString(), dep.reason().eventType(), dep.memberId(), householdId);
        if (ended == 0) {
            return false;
        }
        memberEvent(c, householdId, dep.memberId(), dep.reason().eventType(), dep.date(), dep.note());
        return true;
    }

    /** A member's dated 入户 or 移出 (the quarter's 人口变动花名册 lists them). */
    private static void memberEvent(Connection c, String householdId, long memberId, String type, LocalDate day,
            String note) throws SQLException {
        Queries.insert(c, """
                INSERT INTO status_event (household_id, member_id, event_type, event_date, details)
                VALUES (?, ?, ?, ?, ?)""", householdId, memberId, type, day.toString(), note);
    }

    /** Reuses the person with the same ID number; refuses one that is a current member elsewhere. */
    private long savePerson(Connection c, String householdId, Person p) throws SQLException {
        String idNumber = p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber();
        if (idNumber != null) {
            String elsewhere = Queries.string(c, """
                    SELECT coalesce(h.hh_number, '') || ' ' || hp.name FROM member m
                    JOIN person p ON p.id = m.person_id JOIN household h ON h.id = m.household_id
                    LEFT JOIN member hm ON hm.household_id = h.id AND hm.relation = '户主' AND hm.ended_on IS NULL
                    LEFT JOIN person hp ON hp.id = hm.person_id
                    WHERE p.id_number = ? AND m.ended_on IS NULL AND h.id <> ? AND h.deleted_at IS NULL
                      AND h.ended_on IS NULL
                    """, idNumber, householdId);
            if (elsewhere != null) {
                throw new UserFacingException("身份证号 " + idNumber + "（" + p.name() + "）已是另一户（"
                        + elsewhere.trim() + " 户）的成员。一个人只能在一户中，请先从那一户移出。");
            }
        }
        Long byNumber = idNumber == null ? null
                : Queries.one(c, "SELECT id FROM person WHERE id_number = ?", rs -> rs.getLong(1), idNumber);
        long personId = byNumber != null ? byNumber : p.id();
        Object[] fields = {p.name(), idNumber, p.gender(), p.birthDate() == null ? null : p.birthDate().toIso(),
                p.ethnicity(), p.politicalStatus(), p.phone()};
        if (personId > 0 && Queries.count(c, "SELECT count(*) FROM person WHERE id = ?", personId) > 0) {
            Queries.update(c, """
                    UPDATE person SET name = ?, id_number = ?, gender = ?, birth_date = ?, ethnicity = ?,
                        political_status = ?, phone = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
                    WHERE id = ?
                    """, append(fields, personId));
            return personId;
        }
        return Queries.insert(c, """
                INSERT INTO person (name, id_number, gender, birth_date, ethnicity, political_status, phone)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, fields);
    }

    private static List<Long> currentIds(Connection c, String sql, String householdId) throws SQLException {
        return Queries.list(c, sql, rs -> rs.getLong(1), householdId);
    }

    private static void retire(Connection c, String table, String householdId, Set<Long> kept) throws SQLException {
        for (Long old : currentIds(c, "SELECT id FROM " + table + " WHERE household_id = ? AND deleted_at IS NULL",
                householdId)) {
            if (!kept.contains(old)) {
                Queries.update(c, "UPDATE " + table
                        + " SET deleted_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?", old);
            }
        }
    }

    private static long upsert(Connection c, String table, long id, String householdId, String insertSql,
            String updateSql, Object... fields) throws SQLException {
        if (id > 0 && Queries.count(c, "SELECT count(*) FROM " + table + " WHERE id = ? AND household_id = ?", id,
                householdId) > 0) {
            Queries.update(c, updateSql, append(fields, id));
            return id;
        }
        return Queries.insert(c, insertSql, append(fields, householdId));
    }

    private void saveMonitoring(Connection c, String householdId, List<Monitoring> list) throws SQLException {
        Set<Long> kept = new HashSet<>();
        for (Monitoring m : list) {
            kept.add(upsert(c, "monitoring", m.id(), householdId, """
                    INSERT INTO monitoring (category, risk1, risk2, risk3, identified_month, measures, contact_name,
                        contact_phone, risk_eliminated, elimination_method, eliminated_month, household_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, """
                    UPDATE monitoring SET category = ?, risk1 = ?, risk2 = ?, risk3 = ?, identified_month = ?,
                        measures = ?, contact_name = ?, contact_phone = ?, risk_eliminated = ?,
                        elimination_method = ?, eliminated_month = ? WHERE id = ?
                    """, m.category(), m.risk1(), m.risk2(), m.risk3(), iso(m.identifiedMonth()), m.measures(),
                    m.contactName(), m.contactPhone(), m.riskEliminated(), m.eliminationMethod(),
                    iso(m.eliminatedMonth())));
        }
        retire(c, "monitoring", householdId, kept);
    }

    private void saveAwards(Connection c, String householdId, List<Award> list) throws SQLException {
        Set<Long> kept = new HashSet<>();
        for (Award a : list) {
            kept.add(upsert(c, "award", a.id(), householdId,
                    "INSERT INTO award (award_type, year, level, household_id) VALUES (?, ?, ?, ?)",
                    "UPDATE award SET award_type = ?, year = ?, level = ? WHERE id = ?",
                    a.awardType(), a.year(), a.level()));
        }
        retire(c, "award", householdId, kept);
    }

    private void saveEntries(Connection c, String householdId, List<PointsEntry> list) throws SQLException {
        Set<Long> kept = new HashSet<>();
        for (PointsEntry e : list) {
            kept.add(upsert(c, "points_entry", e.id(), householdId, """
                    INSERT INTO points_entry (item_id, entry_date, points, reason, recorder, approver, household_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, """
                    UPDATE points_entry SET item_id = ?, entry_date = ?, points = ?, reason = ?, recorder = ?,
                        approver = ? WHERE id = ?
                    """, e.itemId(), e.date().toString(), e.points(), e.reason(), e.recorder(), e.approver()));
        }
        retire(c, "points_entry", householdId, kept);
    }

    private void saveRedemptions(Connection c, String householdId, List<PointsRedemption> list) throws SQLException {
        Set<Long> kept = new HashSet<>();
        for (PointsRedemption r : list) {
            kept.add(upsert(c, "points_redemption", r.id(), householdId, """
                    INSERT INTO points_redemption (redeem_date, points, goods, recorder, household_id)
                    VALUES (?, ?, ?, ?, ?)
                    """, "UPDATE points_redemption SET redeem_date = ?, points = ?, goods = ?, recorder = ? WHERE id = ?",
                    r.date().toString(), r.points(), r.goods(), r.recorder()));
        }
        retire(c, "points_redemption", householdId, kept);
    }

    private static String iso(FuzzyDate d) {
        return d == null ? null : d.toIso();
    }

    // ---------------------------------------------------------------- delete and restore

    public void softDelete(Connection c, String id, String by) throws SQLException {
        Queries.update(c, """
                UPDATE household SET deleted_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), deleted_by = ?
                WHERE id = ? AND deleted_at IS NULL
                """, by, id);
    }

    public void restore(Connection c, String id) throws SQLException {
        Queries.update(c, "UPDATE household SET deleted_at = NULL, deleted_by = NULL WHERE id = ?", id);
    }

    /**
     * A cheap summary that changes whenever households or members are added, changed, deleted or
     * restored by anyone (the importer, the demo, another page), so a cached list knows to reload.
     */
    public String fingerprint(Connection c) throws SQLException {
        return Queries.one(c, """
                SELECT (SELECT count(*) || '|' || coalesce(max(updated_at), '') || '|' || count(deleted_at) FROM household)
                       || '|' || (SELECT coalesce(max(id), 0) || '|' || count(ended_on) FROM member)
                """, rs -> rs.getString(1));
    }
}
