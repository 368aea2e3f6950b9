package cn.gridledger.logic.store;

import cn.gridledger.model.code.HouseholdChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The importer's storage: loads what an import compares against in a few whole-table queries (never one
 * query per row), and writes people, posts, reserve cadres, households and members with batched prepared
 * statements inside the caller's one transaction ({@link Database#write}), on a thread of its own while the
 * caller goes on checking rows; {@link #flush} returns once everything is in.
 */
public final class ImportWriter implements AutoCloseable {

    /** Person columns an import may set, in a fixed order ({@link StoredPerson#values} is indexed by ordinal). */
    public enum PersonColumn {
        NAME("name", "姓名"), GENDER("gender", "性别"), BIRTH_DATE("birth_date", "出生年月"),
        ETHNICITY("ethnicity", "民族"), POLITICAL_STATUS("political_status", "政治面貌"),
        PARTY_JOIN_DATE("party_join_date", "入党时间"), WORK_START_DATE("work_start_date", "参加工作时间"),
        NATIVE_PLACE("native_place", "籍贯"), PHONE("phone", "联系电话"),
        EDU_FULLTIME("edu_fulltime", "全日制学历"), DEGREE_FULLTIME("degree_fulltime", "全日制学位"),
        SCHOOL_FULLTIME("school_fulltime", "全日制毕业院校及专业"), EDU_INSERVICE("edu_inservice", "在职学历"),
        DEGREE_INSERVICE("degree_inservice", "在职学位"), SCHOOL_INSERVICE("school_inservice", "在职毕业院校及专业");

        private final String column;
        private final String label;
        /** Values shared by many people (not names, phones): loaded as one String per distinct value. */
        private final boolean repeats;
        /** Filled for cadres only (household members have none): loaded only for a person that has one. */
        private final boolean cadreOnly;

        PersonColumn(String column, String label) {
            this.column = column;
            this.label = label;
            this.repeats = !column.equals("name") && !column.equals("phone");
            this.cadreOnly = !Set.of("name", "gender", "birth_date", "ethnicity", "political_status", "phone")
                    .contains(column);
        }

        public String label() {
            return label;
        }

        /** SQL that is 1 when any cadre-only column of the row is filled. */
        static String anyCadreOnly() {
            StringBuilder sb = new StringBuilder("(");
            for (PersonColumn p : values()) {
                if (p.cadreOnly) {
                    sb.append(sb.length() == 1 ? "" : " OR ").append(p.column).append(" IS NOT NULL");
                }
            }
            return sb.append(")").toString();
        }

        static String list() {
            StringBuilder sb = new StringBuilder();
            for (PersonColumn p : values()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p.column);
            }
            return sb.toString();
        }
    }

    /** A person as stored. {@code values} is indexed by {@link PersonColumn#ordinal()}. */
    public record StoredPerson(long id, String idNumber, String[] values) {
        public String get(PersonColumn c) {
            return values[c.ordinal()];
        }
    }

    public record StoredPost(long id, long personId, String postType, String category, Long villageId,
                             String dispatchUnit, String dispatchLevel, String startDate, boolean oneShoulder,
                             boolean crossPost, String notes) {
    }

    public record StoredReserve(long id, long personId, long villageId, String entryDate) {
    }

    public record VillageRef(long id, String code, String name) {
    }

    public record GridRef(long id, String code, String name, long villageId) {
    }

    public record GroupRef(long id, long villageId, String name) {
    }

    /** {@code since} is the storage form (YYYY-MM-DD / YYYY-MM) or null for "always". */
    public record StoredHousehold(String id, String hhNumber, Long gridId, Long groupId, String tenGroupNo,
                                  String tenGroupLeader, String address, String phone, String hhType, boolean dibao,
                                  boolean tekun, String housingStatus, String toiletStatus, String notes,
                                  String since) {
    }

    public record StoredMember(long id, String householdId, long personId, String relation, int seq,
                               String education, String studentStatus, String health, String labourSkill,
                               Integer monthsAway, String workPlace, boolean resident, String since) {
    }

    /** A monitoring episode; months in storage form (YYYY-MM). {@code id} 0: added by this import. */
    public record StoredMonitoring(long id, String householdId, String category, String risk1, String risk2,
                                   String risk3, String identifiedMonth, String measures, String contactName,
                                   String contactPhone, boolean riskEliminated, String eliminationMethod,
                                   String eliminatedMonth) {

        /** An episode known only by the county columns (监测对象类别, 风险是否消除). */
        public static StoredMonitoring basic(long id, String householdId, String category, String identifiedMonth,
                boolean riskEliminated) {
            return new StoredMonitoring(id, householdId, category, null, null, null, identifiedMonth, null, null, null,
                    riskEliminated, null, null);
        }

        public StoredMonitoring withState(String newCategory, boolean eliminated) {
            return new StoredMonitoring(id, householdId, newCategory, risk1, risk2, risk3, identifiedMonth, measures,
                    contactName, contactPhone, eliminated, eliminationMethod, eliminatedMonth);
        }
    }

    /** A demonstration-household award; {@code level} as stored (村/乡/县/市/省). */
    public record StoredAward(long id, String householdId, String awardType, int year, String level) {
    }

    /** Everything an import compares rows against, loaded once. */
    public record Snapshot(List<StoredPerson> persons, List<StoredPost> posts, List<StoredReserve> reserves,
                           List<VillageRef> villages, List<GridRef> grids, Map<String, Long> gridIdByOldCode,
                           List<GroupRef> groups, List<StoredHousehold> households, List<StoredMember> members,
                           List<StoredMonitoring> monitoring, List<StoredAward> awards, long maxPersonId,
                           long maxMemberId) {
    }

    private static final int BATCH = 2_000;
    /**
     * SQLite page cache while an import writes (negative = KiB, native memory, not Java heap). With the
     * default 2 MB, inserting 100,000 people into the ID-number and name indexes of a 50,000-household
     * database spilled dirty pages to the WAL again and again inside the one transaction.
     */
    private static final int IMPORT_CACHE_KIB = 65_536;

    private final Connection c;
    private final PreparedStatement insertPerson;
    private final PreparedStatement updatePerson;
    private final PreparedStatement insertPost;
    private final PreparedStatement updatePost;
    private final PreparedStatement insertReserve;
    private final PreparedStatement updateReserve;
    private final PreparedStatement insertHousehold;
    private final PreparedStatement updateHousehold;
    private final PreparedStatement insertMember;
    private final PreparedStatement updateMember;
    private final PreparedStatement endMember;
    private final PreparedStatement insertMonitoring;
    private final PreparedStatement updateMonitoring;
    private final PreparedStatement insertEpisode;
    private final PreparedStatement updateEpisode;
    private final PreparedStatement insertAward;
    private final PreparedStatement insertGridHistory;
    private final PreparedStatement closeGridHistory;
    private final PreparedStatement insertEvent;
    private final PreparedStatement openMissingGrid;
    private final PreparedStatement reachBackGrid;
    private final PreparedStatement insertStatus;
    private final PreparedStatement openMissingStatus;
    private final PreparedStatement closeStatus;
    private final PreparedStatement openStatus;
    /** Executed in this order so that foreign keys always point at rows already written. */
    private final List<PreparedStatement> order;
    private int pending;
    private final long cacheSizeBefore;
    /** Rows waiting, one list per statement of {@link #order}. */
    private List<List<Object[]>> queued;
    /**
     * SQLite's part of an import (binding, B-tree and index inserts) runs on this thread while the caller
     * checks the next rows: one batch in the database, the next being filled. Only one thread ever uses
     * the connection at a time: the caller waits for the batch before it touches the connection itself.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<Void> writing;
    /** One time for the whole import (and no localtime() call per row in SQLite). */
    private final String now;
    private final String today;
    private final String month;

    /** A record's stable uid for exchange packages (V11), as the migration makes it. */
    private static final String NEW_UID = "lower(hex(randomblob(16)))";

    public ImportWriter(Connection c) throws SQLException {
        this.c = c;
        cacheSizeBefore = Queries.count(c, "PRAGMA cache_size");
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
        }
        String cols = PersonColumn.list();
        String marks = "?, ".repeat(PersonColumn.values().length);
        // the uid (V11) in the insert itself: the trigger that fills a missing one would rewrite every row
        insertPerson = c.prepareStatement("INSERT INTO person (id, id_number, " + cols + ", created_at, updated_at, uid) "
                + "VALUES (?, ?, " + marks + "?, ?, " + NEW_UID + ")");
        updatePerson = c.prepareStatement("UPDATE person SET id_number = ?, " + cols.replace(",", " = ?,") + " = ?, "
                + "updated_at = ? WHERE id = ?");
        insertPost = c.prepareStatement("""
                INSERT INTO post (person_id, post_type, category, village_id, dispatch_unit, dispatch_level,
                    start_date, one_shoulder, cross_post, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        updatePost = c.prepareStatement("""
                UPDATE post SET village_id = ?, dispatch_unit = ?, dispatch_level = ?, start_date = ?,
                    one_shoulder = ?, cross_post = ?, notes = ? WHERE id = ?""");
        insertReserve = c.prepareStatement("INSERT INTO reserve_cadre (person_id, village_id, entry_date) VALUES (?, ?, ?)");
        updateReserve = c.prepareStatement("UPDATE reserve_cadre SET entry_date = ? WHERE id = ?");
        insertHousehold = c.prepareStatement("""
                INSERT INTO household (id, hh_number, grid_id, villager_group_id, ten_group_no, ten_group_leader,
                    address, phone, hh_type, dibao, tekun, housing_status, toilet_status, notes, since, created_at,
                    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        updateHousehold = c.prepareStatement("""
                UPDATE household SET hh_number = ?, grid_id = ?, villager_group_id = ?, ten_group_no = ?,
                    ten_group_leader = ?, address = ?, phone = ?, hh_type = ?, dibao = ?, tekun = ?,
                    housing_status = ?, toilet_status = ?, notes = ?, since = ?, updated_at = ? WHERE id = ?""");
        insertMember = c.prepareStatement("""
                INSERT INTO member (id, household_id, person_id, relation, seq, education, student_status, health,
                    labour_skill, months_away, work_place, resident, since, uid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, """ + NEW_UID + ")");
        updateMember = c.prepareStatement("""
                UPDATE member SET relation = ?, seq = ?, education = ?, student_status = ?, health = ?,
                    labour_skill = ?, months_away = ?, work_place = ?, resident = ?, since = ? WHERE id = ?""");
        endMember = c.prepareStatement("UPDATE member SET ended_on = ?, end_reason = ? WHERE id = ?");
        insertMonitoring = c.prepareStatement("""
                INSERT INTO monitoring (household_id, category, identified_month, risk_eliminated)
                VALUES (?, ?, ?, ?)""");
        updateMonitoring = c.prepareStatement("UPDATE monitoring SET category = ?, risk_eliminated = ? WHERE id = ?");
        insertEpisode = c.prepareStatement("""
                INSERT INTO monitoring (household_id, category, risk1, risk2, risk3, identified_month, measures,
                    contact_name, contact_phone, risk_eliminated, elimination_method, eliminated_month)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        updateEpisode = c.prepareStatement("""
                UPDATE monitoring SET category = ?, risk1 = ?, risk2 = ?, risk3 = ?, identified_month = ?, measures = ?,
                    contact_name = ?, contact_phone = ?, risk_eliminated = ?, elimination_method = ?,
                    eliminated_month = ? WHERE id = ?""");
        insertAward = c.prepareStatement("INSERT INTO award (household_id, award_type, year, level) VALUES (?, ?, ?, ?)");
        insertGridHistory = c.prepareStatement(
                "INSERT INTO household_grid_history (household_id, grid_id, valid_from, uid) VALUES (?, ?, ?, " + NEW_UID + ")");
        closeGridHistory = c.prepareStatement(
                "UPDATE household_grid_history SET valid_to = ? WHERE household_id = ? AND valid_to IS NULL");
        insertEvent = c.prepareStatement("""
                INSERT INTO status_event (household_id, member_id, event_type, event_date, details, uid)
                VALUES (?, ?, ?, ?, ?, """ + NEW_UID + ")");
        openMissingGrid = c.prepareStatement(HouseholdGridHistory.OPEN_MISSING);
        reachBackGrid = c.prepareStatement(HouseholdGridHistory.REACH_BACK);
        insertStatus = c.prepareStatement("INSERT INTO household_status_history (household_id, field, value, valid_from, uid)"
                + " VALUES (?1, 'hh_type', ?2, ?5, " + NEW_UID + "), (?1, 'dibao', ?3, ?5, " + NEW_UID + "),"
                + " (?1, 'tekun', ?4, ?5, " + NEW_UID + ")");
        openMissingStatus = c.prepareStatement(HouseholdStatusHistory.OPEN_MISSING);
        closeStatus = c.prepareStatement("UPDATE household_status_history SET valid_to = ?"
                + " WHERE household_id = ? AND field = ? AND valid_to IS NULL");
        openStatus = c.prepareStatement("INSERT INTO household_status_history (household_id, field, value, valid_from, uid)"
                + " VALUES (?, ?, ?, ?, " + NEW_UID + ")");
        // the history of a household's old grid and statuses is completed before its row changes
        order = List.of(insertPerson, updatePerson, insertHousehold, insertStatus, openMissingGrid, reachBackGrid,
                openMissingStatus, updateHousehold, closeGridHistory, insertGridHistory, closeStatus, openStatus,
                endMember, insertMember, updateMember, insertPost, updatePost, insertReserve, updateReserve,
                insertMonitoring, updateMonitoring, insertEpisode, updateEpisode, insertAward, insertEvent);
        queued = emptyQueues();
        LocalDateTime started = LocalDateTime.now();
        now = started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        today = started.toLocalDate().toString();
        month = today.substring(0, 7);
    }

    /** Loads the comparison data. {@code households} false skips the household tables (cadre imports). */
    public static Snapshot load(Connection c, boolean households) throws SQLException {
        List<StoredPerson> persons = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, id_number, " + PersonColumn.list() + ", "
                     + PersonColumn.anyCadreOnly() + " FROM person")) {
            PersonColumn[] columns = PersonColumn.values();
            int n = columns.length;
            // nine of the fifteen columns are empty for every household member: asking SQLite for each of
            // them was most of the 2.6 million column reads of a 50,000-household snapshot

            // 汉族, 男, 1985-03, 中共党员 … repeat endlessly: one String each instead of one per person
            // (on a 50,000-household database that was a third of the import's heap)
            Map<String, String> shared = new HashMap<>();
            while (rs.next()) {
                String[] values = new String[n];
                boolean cadreFields = rs.getInt(3 + n) != 0;
                for (int i = 0; i < n; i++) {
                    if (columns[i].cadreOnly && !cadreFields) {
                        continue;
                    }
                    String v = rs.getString(3 + i);
                    values[i] = v == null || !columns[i].repeats ? v : shared.computeIfAbsent(v, k -> k);
                }
                persons.add(new StoredPerson(rs.getLong(1), rs.getString(2), values));
            }
        }
        List<StoredPost> posts = Queries.list(c, """
                SELECT id, person_id, post_type, category, village_id, dispatch_unit, dispatch_level, start_date,
                       one_shoulder, cross_post, notes FROM post WHERE end_date IS NULL""",
                rs -> new StoredPost(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), longOrNull(rs, 5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) != 0, rs.getInt(10) != 0,
                        rs.getString(11)));
        List<StoredReserve> reserves = Queries.list(c,
                "SELECT id, person_id, village_id, entry_date FROM reserve_cadre WHERE exit_date IS NULL",
                rs -> new StoredReserve(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
        List<VillageRef> villages = Queries.list(c, "SELECT id, code, name FROM village ORDER BY sort_order, code",
                rs -> new VillageRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
        List<GridRef> grids = Queries.list(c, "SELECT id, code, name, village_id FROM grid WHERE deleted_at IS NULL",
                rs -> new GridRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        Map<String, Long> oldCodes = new HashMap<>();
        for (Object[] row : Queries.list(c, "SELECT old_code, grid_id FROM grid_code_history",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            oldCodes.put((String) row[0], (Long) row[1]);
        }
        List<GroupRef> groups = Queries.list(c, "SELECT id, village_id, name FROM villager_group",
                rs -> new GroupRef(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        List<StoredHousehold> hh = List.of();
        List<StoredMember> members = List.of();
        List<StoredMonitoring> monitoring = List.of();
        List<StoredAward> awards = List.of();
        if (households) {
            hh = Queries.list(c, """
                    SELECT id, hh_number, grid_id, villager_group_id, ten_group_no, ten_group_leader, address, phone,
                           hh_type, dibao, tekun, housing_status, toilet_status, notes, since
                    FROM household WHERE deleted_at IS NULL AND ended_on IS NULL""",
                    rs -> new StoredHousehold(rs.getString(1), rs.getString(2), longOrNull(rs, 3), longOrNull(rs, 4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getInt(10) != 0, rs.getInt(11) != 0, rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getString(15)));
            members = Queries.list(c, """
                    SELECT id, household_id, person_id, relation, seq, education, student_status, health,
                           labour_skill, months_away, work_place, resident, since FROM member WHERE ended_on IS NULL""",
                    rs -> new StoredMember(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Queries.intOrNull(rs, "months_away"), rs.getString(11), rs.getInt(12) != 0,
                            rs.getString(13)));
            monitoring = Queries.list(c, """
                    SELECT id, household_id, category, risk1, risk2, risk3, identified_month, measures, contact_name,
                           contact_phone, risk_eliminated, elimination_method, eliminated_month
                    FROM monitoring WHERE deleted_at IS NULL ORDER BY household_id, identified_month, id""",
                    rs -> new StoredMonitoring(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getInt(11) != 0, rs.getString(12), rs.getString(13)));
            awards = Queries.list(c, """
                    SELECT id, household_id, award_type, year, level FROM award WHERE deleted_at IS NULL
                    ORDER BY household_id, year, id""",
                    rs -> new StoredAward(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
        }
        long maxPerson = Queries.count(c, "SELECT coalesce(max(id), 0) FROM person");
        long maxMember = Queries.count(c, "SELECT coalesce(max(id), 0) FROM member");
        return new Snapshot(persons, posts, reserves, villages, grids, oldCodes, groups, hh, members, monitoring,
                awards, maxPerson, maxMember);
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public void insertPerson(long id, String idNumber, String[] values) throws SQLException {
        Object[] row = new Object[values.length + 4];
        row[0] = id;
        row[1] = idNumber;
        System.arraycopy(values, 0, row, 2, values.length);
        row[values.length + 2] = now;
        row[values.length + 3] = now;
        add(insertPerson, row);
    }

    public void updatePerson(long id, String idNumber, String[] values) throws SQLException {
        Object[] row = new Object[values.length + 3];
        row[0] = idNumber;
        System.arraycopy(values, 0, row, 1, values.length);
        row[values.length + 1] = now;
        row[values.length + 2] = id;
        add(updatePerson, row);
    }

    public void insertPost(StoredPost p) throws SQLException {
        add(insertPost, p.personId(), p.postType(), p.category(), p.villageId(), p.dispatchUnit(), p.dispatchLevel(),
                p.startDate(), p.oneShoulder() ? 1 : 0, p.crossPost() ? 1 : 0, p.notes());
    }

    public void updatePost(StoredPost p) throws SQLException {
        add(updatePost, p.villageId(), p.dispatchUnit(), p.dispatchLevel(), p.startDate(), p.oneShoulder() ? 1 : 0,
                p.crossPost() ? 1 : 0, p.notes(), p.id());
    }

    public void insertReserve(long personId, long villageId, String entryDate) throws SQLException {
        add(insertReserve, personId, villageId, entryDate);
    }

    public void updateReserve(long id, String entryDate) throws SQLException {
        add(updateReserve, entryDate, id);
    }

    public void insertHousehold(StoredHousehold h) throws SQLException {
        add(insertHousehold, h.id(), h.hhNumber(), h.gridId(), h.groupId(), h.tenGroupNo(), h.tenGroupLeader(),
                h.address(), h.phone(), h.hhType(), h.dibao() ? 1 : 0, h.tekun() ? 1 : 0, h.housingStatus(),
                h.toiletStatus(), h.notes(), h.since(), now, now);
        if (h.gridId() != null) {
            // a new household has been in its grid since it began, not since the import: past quarters keep it there
            add(insertGridHistory, h.id(), h.gridId(), h.since() == null ? "0000-01-01" : h.since());
        }
        // its 户类型, 低保 and 特困供养 held since it began (as when the editor adds a household)
        add(insertStatus, h.id(), h.hhType(), h.dibao() ? "1" : "0", h.tekun() ? "1" : "0",
                h.since() == null ? "0000-01-01" : h.since());
    }

    public void updateHousehold(StoredHousehold h, boolean gridChanged) throws SQLException {
        add(updateHousehold, h.hhNumber(), h.gridId(), h.groupId(), h.tenGroupNo(), h.tenGroupLeader(), h.address(),
                h.phone(), h.hhType(), h.dibao() ? 1 : 0, h.tekun() ? 1 : 0, h.housingStatus(), h.toiletStatus(),
                h.notes(), h.since(), now, h.id());
        if (gridChanged) {
            add(openMissingGrid, h.id());
            add(reachBackGrid, h.id());
            add(closeGridHistory, today, h.id());
            if (h.gridId() != null) {
                add(insertGridHistory, h.id(), h.gridId(), today);
            }
        }
    }

    /**
     * Dates a changed 户类型, 低保 or 特困供养 of a household already stored ({@code before}: as it was): the old
     * value ends on the import day and the new one begins (household_status_history); nothing when none changed.
     */
    public void datedStatus(StoredHousehold before, StoredHousehold after) throws SQLException {
        boolean type = !java.util.Objects.equals(before.hhType(), after.hhType());
        boolean dibao = before.dibao() != after.dibao();
        boolean tekun = before.tekun() != after.tekun();
        if (!type && !dibao && !tekun) {
            return;
        }
        add(openMissingStatus, after.id());
        if (type) {
            changeStatus(after.id(), HouseholdStatusHistory.HH_TYPE, after.hhType());
        }
        if (dibao) {
            changeStatus(after.id(), HouseholdStatusHistory.DIBAO, after.dibao() ? "1" : "0");
        }
        if (tekun) {
            changeStatus(after.id(), HouseholdStatusHistory.TEKUN, after.tekun() ? "1" : "0");
        }
    }

    private void changeStatus(String householdId, String field, String value) throws SQLException {
        add(closeStatus, today, householdId, field);
        add(openStatus, householdId, field, value, today);
    }

    public void insertMember(StoredMember m) throws SQLException {
        add(insertMember, m.id(), m.householdId(), m.personId(), m.relation(), m.seq(), m.education(),
                m.studentStatus(), m.health(), m.labourSkill(), m.monthsAway(), m.workPlace(), m.resident() ? 1 : 0,
                m.since());
    }

    public void updateMember(StoredMember m) throws SQLException {
        add(updateMember, m.relation(), m.seq(), m.education(), m.studentStatus(), m.health(), m.labourSkill(),
                m.monthsAway(), m.workPlace(), m.resident() ? 1 : 0, m.since(), m.id());
    }

    /**
     * A person the file lists in another household than the one they belong to: the old membership ends today
     * and the new one starts on {@code since}, each with its status event, so the 人口变动 list shows the move.
     */
    public void movedByImport(StoredMember from, StoredMember to) throws SQLException {
        add(endMember, today, HouseholdChange.IMPORT_MOVE_NOTE, from.id());
        add(insertEvent, from.householdId(), from.id(), HouseholdChange.IMPORT_MOVE_LEAVE, today,
                HouseholdChange.IMPORT_MOVE_NOTE);
        add(insertEvent, to.householdId(), to.id(), HouseholdChange.IMPORT_MOVE_JOIN, to.since() == null ? today : to.since(),
                HouseholdChange.IMPORT_MOVE_IN_NOTE);
    }

    public void insertMonitoring(String householdId, String category, boolean eliminated) throws SQLException {
        add(insertMonitoring, householdId, category, month, eliminated ? 1 : 0);
    }

    public void updateMonitoring(long id, String category, boolean eliminated) throws SQLException {
        add(updateMonitoring, category, eliminated ? 1 : 0, id);
    }

    /** A whole episode (防返贫监测记录 of a full C2 ledger). */
    public void insertEpisode(StoredMonitoring m) throws SQLException {
        add(insertEpisode, m.householdId(), m.category(), m.risk1(), m.risk2(), m.risk3(), m.identifiedMonth(),
                m.measures(), m.contactName(), m.contactPhone(), m.riskEliminated() ? 1 : 0, m.eliminationMethod(),
                m.eliminatedMonth());
    }

    public void updateEpisode(StoredMonitoring m) throws SQLException {
        add(updateEpisode, m.category(), m.risk1(), m.risk2(), m.risk3(), m.identifiedMonth(), m.measures(),
                m.contactName(), m.contactPhone(), m.riskEliminated() ? 1 : 0, m.eliminationMethod(),
                m.eliminatedMonth(), m.id());
    }

    public void insertAward(StoredAward a) throws SQLException {
        add(insertAward, a.householdId(), a.awardType(), a.year(), a.level());
    }

    /** A villager group the file names but the database does not have yet (needs its id at once). */
    /** A grid the import needs (a village's 待分网格); returns its id. */
    public long insertGrid(long villageId, String code, String name) throws SQLException {
        flush();
        return Queries.insert(c, "INSERT INTO grid (code, name, grid_type, village_id, since) VALUES (?, ?, '基础网格', ?, date('now'))",
                code, name, villageId);
    }

    public long insertGroup(long villageId, String name) throws SQLException {
        flush();
        long sort = Queries.count(c, "SELECT count(*) FROM villager_group WHERE village_id = ?", villageId);
        return Queries.insert(c, "INSERT INTO villager_group (village_id, name, sort_order) VALUES (?, ?, ?)",
                villageId, name, sort);
    }

    /** Queues one execution of {@code ps} with these values; every {@link #BATCH} of them go to the writing thread. */
    private void add(PreparedStatement ps, Object... values) throws SQLException {
        queued.get(order.indexOf(ps)).add(values);
        if (++pending >= BATCH) {
            handOver();
        }
    }

    /** Passes what is queued to the writing thread, once it has finished the previous batch. */
    private void handOver() throws SQLException {
        awaitWriting();
        List<List<Object[]>> batch = queued;
        queued = emptyQueues();
        pending = 0;
        writing = executor.submit(() -> {
            execute(batch);
            return null;
        });
    }

    /** Executes everything queued so far, parents before children, and returns when it is in the database. */
    public void flush() throws SQLException {
        handOver();
        awaitWriting();
    }

    private void awaitWriting() throws SQLException {
        Future<Void> w = writing;
        if (w == null) {
            return;
        }
        writing = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    w.get(); // never abandoned half-way: the connection is not used by two threads at once
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new SQLException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** On the writing thread: each statement's rows in {@link #order}, as one JDBC batch. */
    private void execute(List<List<Object[]>> batch) throws SQLException {
        for (int i = 0; i < order.size(); i++) {
            List<Object[]> rows = batch.get(i);
            if (rows.isEmpty()) {
                continue;
            }
            PreparedStatement ps = order.get(i);
            for (Object[] row : rows) {
                bindAll(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<List<Object[]>> emptyQueues() {
        List<List<Object[]>> lists = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static void bindAll(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof String s) {
                ps.setString(i + 1, s);
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            try {
                awaitWriting(); // after a failed flush nothing is left running either
            } finally {
                executor.shutdown();
                for (PreparedStatement ps : order) {
                    ps.close();
                }
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA cache_size = " + cacheSizeBefore);
                }
            }
        }
    }
}
