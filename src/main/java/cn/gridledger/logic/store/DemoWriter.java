package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.demo.DemoRows.AwardRow;
import cn.gridledger.logic.demo.DemoRows.EventRow;
import cn.gridledger.logic.demo.DemoRows.GridRow;
import cn.gridledger.logic.demo.DemoRows.GroupRow;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.MemberRow;
import cn.gridledger.logic.demo.DemoRows.MonitoringRow;
import cn.gridledger.logic.demo.DemoRows.PersonRow;
import cn.gridledger.logic.demo.DemoRows.PointsEntryRow;
import cn.gridledger.logic.demo.DemoRows.PointsItemRow;
import cn.gridledger.logic.demo.DemoRows.PostRow;
import cn.gridledger.logic.demo.DemoRows.RedemptionRow;
import cn.gridledger.logic.demo.DemoRows.ReserveRow;
import cn.gridledger.logic.demo.DemoRows.TownshipRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;
import cn.gridledger.logic.demo.DemoRows.VisitRow;
import cn.gridledger.logic.demo.DemoSink;

/**
 * Bulk insert of the demo township on the caller's transaction (one {@code Database.write}): one prepared
 * statement per table, each village's rows batched and executed in foreign-key order.
 * Close it before the transaction ends.
 */
public final class DemoWriter implements DemoSink, AutoCloseable {

    private static final int CACHE_KIB = 256 * 1024;

    private final Connection c;
    private final String previousCacheSize;
    private final String stamp;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement village;
    private final PreparedStatement group;
    private final PreparedStatement grid;
    private final PreparedStatement person;
    private final PreparedStatement household;
    private final PreparedStatement member;
    private final PreparedStatement event;
    private final PreparedStatement monitoring;
    private final PreparedStatement award;
    private final PreparedStatement pointsItem;
    private final PreparedStatement pointsEntry;
    private final PreparedStatement redemption;
    private final PreparedStatement post;
    private final PreparedStatement reserve;
    private final PreparedStatement visit;
    private final PreparedStatement visitHousehold;
    private final PreparedStatement visitVisitor;
    private final PreparedStatement gridMonitor;
    private final PreparedStatement responsible;

    /** @param stamp the value for created_at / updated_at / recorded_at, so content does not follow the clock */
    public DemoWriter(Connection c, String stamp) throws SQLException {
        this.c = c;
        this.stamp = stamp;
        // A large page cache keeps the random-order index inserts (ID numbers, UUIDs) from spilling to the WAL
        // mid-transaction; restored on close.
        previousCacheSize = Queries.string(c, "PRAGMA cache_size");
        Queries.update(c, "PRAGMA cache_size = -" + CACHE_KIB);
        village = prepare("INSERT INTO village (id, code, name, kind, sort_order) VALUES (?, ?, ?, '村', ?)");
        group = prepare("INSERT INTO villager_group (id, village_id, name, sort_order) VALUES (?, ?, ?, ?)");
        grid = prepare("INSERT INTO grid (id, code, name, grid_type, village_id, covered_groups, since) VALUES (?, ?, ?, ?, ?, ?, ?)");
        person = prepare("""
                INSERT INTO person (id, name, id_number, gender, birth_date, ethnicity, political_status,
                    party_join_date, work_start_date, native_place, phone, edu_fulltime, degree_fulltime,
                    school_fulltime, edu_inservice, degree_inservice, school_inservice, occupation, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        household = prepare("""
                INSERT INTO household (id, hh_number, grid_id, villager_group_id, ten_group_no, ten_group_leader,
                    address, phone, hh_type, dibao, tekun, housing_status, toilet_status, notes, since, created_at,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        member = prepare("""
                INSERT INTO member (id, household_id, person_id, relation, seq, education, student_status, health,
                    labour_skill, months_away, work_place, resident, since, ended_on, end_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        event = prepare("""
                INSERT INTO status_event (id, household_id, member_id, event_type, event_date, details, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
        monitoring = prepare("""
                INSERT INTO monitoring (id, household_id, category, risk1, risk2, risk3, identified_month, measures,
                    contact_name, contact_phone, risk_eliminated, elimination_method, eliminated_month)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        award = prepare("INSERT INTO award (id, household_id, award_type, year, level) VALUES (?, ?, ?, ?, ?)");
        pointsItem = prepare("""
                INSERT INTO points_item (id, village_id, name, direction, default_points) VALUES (?, ?, ?, ?, ?)""");
        pointsEntry = prepare("""
                INSERT INTO points_entry (id, household_id, item_id, entry_date, points, reason, recorder, approver)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        redemption = prepare("""
                INSERT INTO points_redemption (id, household_id, redeem_date, points, goods, recorder)
                VALUES (?, ?, ?, ?, ?, ?)""");
        post = prepare("""
                INSERT INTO post (id, person_id, post_type, category, village_id, grid_id, dispatch_unit,
                    dispatch_level, full_time, start_date, end_date, one_shoulder, cross_post, source, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        reserve = prepare("""
                INSERT INTO reserve_cadre (id, person_id, village_id, entry_date, direction, training)
                VALUES (?, ?, ?, ?, ?, ?)""");
        visit = prepare("""
                INSERT INTO visit (id, visit_date, visit_type, grid_id, finding, follow_up_needed, follow_up, due_date,
                    status, result, closed_date, search_text, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        visitHousehold = prepare("INSERT INTO visit_household (visit_id, household_id, seq) VALUES (?, ?, ?)");
        visitVisitor = prepare("INSERT INTO visit_visitor (visit_id, seq, person_id, name) VALUES (?, 0, ?, ?)");
        gridMonitor = prepare("UPDATE grid SET monitor_cadre_id = ? WHERE id = ?");
        // a monitored household's responsible cadre: its grid's 防止返贫监测员
        responsible = prepare("""
                UPDATE monitoring SET responsible_cadre_id = (SELECT g.monitor_cadre_id FROM household h
                    JOIN grid g ON g.id = h.grid_id WHERE h.id = monitoring.household_id)
                WHERE household_id IN (SELECT h.id FROM household h JOIN grid g ON g.id = h.grid_id WHERE g.village_id = ?)""");
    }

    /** True when neither a township nor any household exists yet. */
    public static boolean isEmpty(Connection c) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM township") == 0
                && Queries.count(c, "SELECT count(*) FROM household") == 0;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        statements.add(ps);
        return ps;
    }

    @Override
    public void township(TownshipRow t) {
        try {
            Queries.update(c, """
                    INSERT INTO township (id, code, name, county_code, county_name, created_at) VALUES (1, ?, ?, ?, ?, ?)
                    """, t.code(), t.name(), t.countyCode(), t.countyName(), stamp);
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    @Override
    public void village(VillageData vd) {
        try {
            writeVillage(vd);
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    private void writeVillage(VillageData vd) throws SQLException {
        Queries.bind(village, vd.village.id(), vd.village.code(), vd.village.name(), vd.village.sortOrder());
        village.executeUpdate();
        for (GroupRow g : vd.groups) {
            add(group, g.id(), g.villageId(), g.name(), g.sortOrder());
        }
        run(group);
        for (GridRow g : vd.grids) {
            add(grid, g.id(), g.code(), g.name(), g.gridType(), g.villageId(), g.coveredGroups(), g.since());
        }
        run(grid);
        for (PersonRow p : vd.persons) {
            add(person, p.id, p.name, p.idNumber, p.gender, p.birthDate, p.ethnicity, p.politicalStatus,
                    p.partyJoinDate, p.workStartDate, p.nativePlace, p.phone, p.eduFulltime, p.degreeFulltime,
                    p.schoolFulltime, p.eduInservice, p.degreeInservice, p.schoolInservice, p.occupation, stamp, stamp);
        }
        run(person);
        for (HouseholdRow h : vd.households) {
            add(household, h.id, h.hhNumber, h.gridId, h.villagerGroupId, h.tenGroupNo, h.tenGroupLeader, h.address,
                    h.phone, h.hhType, h.dibao, h.tekun, h.housingStatus, h.toiletStatus, h.notes, h.since, stamp, stamp);
        }
        run(household);
        for (HouseholdRow h : vd.households) {
            for (MemberRow m : h.members) {
                add(member, m.id, m.householdId, m.person.id, m.relation, m.seq, m.education, m.studentStatus,
                        m.health, m.labourSkill, m.monthsAway, m.workPlace, m.resident, m.since, m.endedOn, m.endReason);
            }
        }
        run(member);
        for (EventRow e : vd.events) {
            add(event, e.id(), e.householdId(), e.memberId(), e.eventType(), e.eventDate(), e.details(), stamp);
        }
        run(event);
        for (MonitoringRow m : vd.monitoring) {
            add(monitoring, m.id(), m.householdId(), m.category(), m.risk1(), m.risk2(), m.risk3(),
                    m.identifiedMonth(), m.measures(), m.contactName(), m.contactPhone(), m.riskEliminated(),
                    m.eliminationMethod(), m.eliminatedMonth());
        }
        run(monitoring);
        for (AwardRow a : vd.awards) {
            add(award, a.id(), a.householdId(), a.awardType(), a.year(), a.level());
        }
        run(award);
        for (PointsItemRow i : vd.pointsItems) {
            add(pointsItem, i.id(), i.villageId(), i.name(), i.direction(), i.defaultPoints());
        }
        run(pointsItem);
        for (PointsEntryRow e : vd.pointsEntries) {
            add(pointsEntry, e.id(), e.householdId(), e.itemId(), e.entryDate(), e.points(), e.reason(), e.recorder(),
                    e.approver());
        }
        run(pointsEntry);
        for (RedemptionRow r : vd.redemptions) {
            add(redemption, r.id(), r.householdId(), r.redeemDate(), r.points(), r.goods(), r.recorder());
        }
        run(redemption);
        for (PostRow p : vd.posts) {
            add(post, p.id(), p.personId(), p.postType(), p.category(), p.villageId(), p.gridId(), p.dispatchUnit(),
                    p.dispatchLevel(), p.fullTime(), p.startDate(), p.endDate(), p.oneShoulder(), p.crossPost(),
                    p.source(), p.notes());
        }
        run(post);
        for (ReserveRow r : vd.reserves) {
            add(reserve, r.id(), r.personId(), r.villageId(), r.entryDate(), r.direction(), r.training());
        }
        run(reserve);
        writeVisits(vd);
    }

    private void writeVisits(VillageData vd) throws SQLException {
        for (var e : vd.gridMonitors.entrySet()) {
            add(gridMonitor, e.getValue(), e.getKey());
        }
        run(gridMonitor);
        Queries.bind(responsible, vd.village.id());
        responsible.executeUpdate();
        for (VisitRow v : vd.visits) {
            add(visit, v.id(), v.date(), v.type(), v.gridId(), v.finding(), v.followUpNeeded(), v.followUp(), v.dueDate(),
                    v.open() ? "open" : "closed", v.result(), v.closedDate(), v.searchText(), v.visitor(), stamp, stamp);
        }
        run(visit);
        for (VisitRow v : vd.visits) {
            for (int i = 0; i < v.households().size(); i++) {
                add(visitHousehold, v.id(), v.households().get(i), i);
            }
        }
        run(visitHousehold);
        for (VisitRow v : vd.visits) {
            add(visitVisitor, v.id(), v.visitorId(), v.visitor());
        }
        run(visitVisitor);
    }

    private static void add(PreparedStatement ps, Object... args) throws SQLException {
        Queries.bind(ps, args);
        ps.addBatch();
    }

    private static void run(PreparedStatement ps) throws SQLException {
        ps.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.close();
        }
        Queries.update(c, "PRAGMA cache_size = " + Long.parseLong(previousCacheSize));
    }
}
