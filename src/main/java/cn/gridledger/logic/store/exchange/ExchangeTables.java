package cn.gridledger.logic.store.exchange;

import java.util.List;
import java.util.Optional;

/**
 * The tables that travel in exchange packages, in the order they are written (a row's references come first).
 * Adding a table is one descriptor: its canonical select (uid named {@code exchange_key}, the exchanged columns in
 * order, then the scope key), which columns are references to translate, and what decides its scope.
 */
public final class ExchangeTables {

    private ExchangeTables() {
    }

    /** How a column's value is translated between databases. */
    public enum Ref {
        /** The value as stored. */
        PLAIN,
        /** grid_id ↔ the grid's code. */
        GRID,
        /** villager_group_id ↔ 村代码/组名. */
        GROUP,
        /** person_id ↔ the person's ID number, or {@code uid:} + its uid when it has none. */
        PERSON,
        /** member_id ↔ the member's uid. */
        MEMBER,
        /** village_id ↔ the village's code. */
        VILLAGE,
        /** item_id ↔ 村代码/项目名 (points_item is each village's own code list; created on the receiver when missing). */
        POINTS_ITEM,
        /** Not a column: the record's child rows (a JSON array of arrays, see {@link Children}), rewritten whole. */
        CHILDREN
    }

    /**
     * What the scope key of a row is: the grid code (households), a household id, a person's household ids, the
     * record's own grid code (visits: the grid that decides who may change them), or nothing: a township-wide
     * record (posts, reserve cadres) that no grid worker's package may change.
     */
    public enum Scope { GRID, HOUSEHOLD, HOUSEHOLDS, OWN_GRID, TOWNSHIP }

    /**
     * Child rows that travel inside their parent record as one field (a visit's households and visitors): they
     * have no identity of their own and are always saved whole with the parent, so merging them as one value
     * is what the user did. {@code columns} are written after {@code parentColumn} and {@code orderColumn}.
     */
    public record Children(String table, String parentColumn, String orderColumn, List<Column> columns) {
    }

    /** @param children for a {@link Ref#CHILDREN} field only */
    public record Column(String name, Ref ref, String label, Children children) {

        public Column(String name, Ref ref, String label) {
            this(name, ref, label, null);
        }

        static Column plain(String name, String label) {
            return new Column(name, Ref.PLAIN, label);
        }
    }

    /**
     * @param name     the table
     * @param label    what the user calls its records
     * @param idColumn the stable id column ({@code uid}, or {@code id} for households)
     * @param select   canonical rows: the stable id named {@code exchange_key}, then {@link #columns} in order, then
     *                 the scope key
     * @param where    which rows of the table travel (null: all)
     * @param naming   how the user names a record (see {@link Naming})
     */
    public record Table(String name, String label, String idColumn, List<Column> columns, String select, String where,
            Scope scope, Naming naming) {

        /** Every travelling row in canonical form. */
        public String selectAll() {
            return where == null ? select : select + " WHERE " + where;
        }

        /**
         * One travelling row by its stable id: {@link #selectAll} as a subquery keyed by its first column, so no
         * descriptor needs a second text; SQLite flattens it, and the id's index is used.
         */
        public String selectOne() {
            return "SELECT * FROM (" + selectAll() + ") WHERE exchange_key = ?";
        }

        /** The columns stored in the table itself (not child rows). */
        public List<Column> stored() {
            return columns.stream().filter(c -> c.ref() != Ref.CHILDREN).toList();
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        public String fieldLabel(String field) {
            return column(field).map(Column::label).orElse(field);
        }
    }

    /**
     * What describes a record to the user: SQL taking the record's stable id and giving its household id (null:
     * none), and SQL giving who or what it is (null: only the label). Either may be null.
     */
    public record Naming(String household, String who) {
    }

    /** Household members, and the cadres that posts, reserve entries, visits, monitoring and grids name. */
    public static final Table PERSON = new Table("person", "人员", "uid", List.of(
            Column.plain("name", "姓名"), Column.plain("id_number", "身份证号"), Column.plain("gender", "性别"),
            Column.plain("birth_date", "出生日期"), Column.plain("ethnicity", "民族"),
            Column.plain("political_status", "政治面貌"), Column.plain("party_join_date", "入党时间"),
            Column.plain("work_start_date", "参加工作时间"), Column.plain("native_place", "籍贯"),
            Column.plain("phone", "联系电话"), Column.plain("edu_fulltime", "全日制学历"),
            Column.plain("degree_fulltime", "全日制学位"), Column.plain("school_fulltime", "全日制毕业院校"),
            Column.plain("edu_inservice", "在职学历"), Column.plain("degree_inservice", "在职学位"),
            Column.plain("school_inservice", "在职毕业院校"), Column.plain("title", "专业技术职务"),
            Column.plain("occupation", "工作单位或职业")), """
            SELECT p.uid AS exchange_key, p.name, p.id_number, p.gender, p.birth_date, p.ethnicity, p.political_status,
                p.party_join_date, p.work_start_date, p.native_place, p.phone, p.edu_fulltime, p.degree_fulltime,
                p.school_fulltime, p.edu_inservice, p.degree_inservice, p.school_inservice, p.title, p.occupation,
                (SELECT group_concat(m.household_id) FROM member m WHERE m.person_id = p.id)
            FROM person p
            """, """
            EXISTS (SELECT 1 FROM member m WHERE m.person_id = p.id)
                OR p.id IN (SELECT person_id FROM post) OR p.id IN (SELECT person_id FROM reserve_cadre)
                OR p.id IN (SELECT person_id FROM visit_visitor WHERE person_id IS NOT NULL)
                OR p.id IN (SELECT responsible_cadre_id FROM monitoring WHERE responsible_cadre_id IS NOT NULL)
                OR p.id IN (SELECT monitor_cadre_id FROM grid WHERE monitor_cadre_id IS NOT NULL)""", Scope.HOUSEHOLDS,
            new Naming(null, "SELECT name FROM person WHERE uid = ?"));

    public static final Table HOUSEHOLD = new Table("household", "农户", "id", List.of(
            Column.plain("hh_number", "户编号"), new Column("grid_id", Ref.GRID, "网格"),
            new Column("villager_group_id", Ref.GROUP, "村民小组"), Column.plain("ten_group_no", "十户一组"),
            Column.plain("ten_group_leader", "联户长"), Column.plain("address", "住址"), Column.plain("phone", "联系电话"),
            Column.plain("hh_type", "户类型"), Column.plain("dibao", "低保"), Column.plain("tekun", "特困供养"),
            Column.plain("housing_status", "住房安全"), Column.plain("toilet_status", "改厕"), Column.plain("notes", "备注"),
            Column.plain("since", "建户日期"), Column.plain("ended_on", "销户日期"), Column.plain("deleted_at", "删除时间"),
            Column.plain("deleted_by", "删除人")), """
            SELECT h.id AS exchange_key, h.hh_number, g.code,
                (SELECT v.code || '/' || vg.name FROM villager_group vg JOIN village v ON v.id = vg.village_id
                 WHERE vg.id = h.villager_group_id),
                h.ten_group_no, h.ten_group_leader, h.address, h.phone, h.hh_type, h.dibao, h.tekun,
                h.housing_status, h.toilet_status, h.notes, h.since, h.ended_on, h.deleted_at, h.deleted_by, g.code
            FROM household h LEFT JOIN grid g ON g.id = h.grid_id
            """, null, Scope.GRID, new Naming("SELECT id FROM household WHERE id = ?", null));

    public static final Table MEMBER = new Table("member", "成员", "uid", List.of(
            Column.plain("household_id", "所在农户"), new Column("person_id", Ref.PERSON, "人员"),
            Column.plain("relation", "与户主关系"), Column.plain("seq", "顺序"), Column.plain("education", "文化程度"),
            Column.plain("student_status", "在校生状况"), Column.plain("health", "健康状况"),
            Column.plain("labour_skill", "劳动技能"), Column.plain("months_away", "务工时间（月）"),
            Column.plain("work_place", "务工地点"), Column.plain("resident", "常住"), Column.plain("since", "入户日期"),
            Column.plain("ended_on", "移出日期"), Column.plain("end_reason", "移出原因")), """
            SELECT m.uid AS exchange_key, m.household_id, COALESCE(p.id_number, 'uid:' || p.uid), m.relation, m.seq, m.education,
                m.student_status, m.health, m.labour_skill, m.months_away, m.work_place, m.resident, m.since,
                m.ended_on, m.end_reason, m.household_id
            FROM member m JOIN person p ON p.id = m.person_id
            """, null, Scope.HOUSEHOLD, new Naming("SELECT household_id FROM member WHERE uid = ?",
            "SELECT p.name FROM member m JOIN person p ON p.id = m.person_id WHERE m.uid = ?"));

    public static final Table STATUS_EVENT = new Table("status_event", "户籍变动记录", "uid", List.of(
            Column.plain("household_id", "农户"), new Column("member_id", Ref.MEMBER, "成员"),
            Column.plain("event_type", "变动类型"), Column.plain("event_date", "变动日期"), Column.plain("details", "说明"),
            Column.plain("recorded_at", "记录时间")), """
            SELECT e.uid AS exchange_key, e.household_id, m.uid, e.event_type, e.event_date, e.details, e.recorded_at,
                COALESCE(e.household_id, m.household_id)
            FROM status_event e LEFT JOIN member m ON m.id = e.member_id
            """, null, Scope.HOUSEHOLD, new Naming("""
            SELECT COALESCE(e.household_id, m.household_id) FROM status_event e LEFT JOIN member m ON m.id = e.member_id
            WHERE e.uid = ?""", null));

    public static final Table GRID_HISTORY = new Table("household_grid_history", "农户所属网格记录", "uid", List.of(
            Column.plain("household_id", "农户"), new Column("grid_id", Ref.GRID, "网格"),
            Column.plain("valid_from", "起始日期"), Column.plain("valid_to", "截止日期")), """
            SELECT x.uid AS exchange_key, x.household_id, g.code, x.valid_from, x.valid_to, x.household_id
            FROM household_grid_history x JOIN grid g ON g.id = x.grid_id
            """, null, Scope.HOUSEHOLD, byHousehold("household_grid_history"));

    public static final Table STATUS_HISTORY = new Table("household_status_history", "户类型/低保/特困记录", "uid",
            List.of(Column.plain("household_id", "农户"), Column.plain("field", "项目"), Column.plain("value", "值"),
                    Column.plain("valid_from", "起始日期"), Column.plain("valid_to", "截止日期")), """
            SELECT x.uid AS exchange_key, x.household_id, x.field, x.value, x.valid_from, x.valid_to, x.household_id
            FROM household_status_history x
            """, null, Scope.HOUSEHOLD, byHousehold("household_status_history"));

    // ------------------------------------------------------------------------------------------ household records

    public static final Table MONITORING = new Table("monitoring", "防返贫监测", "uid", List.of(
            Column.plain("household_id", "农户"), Column.plain("category", "监测对象类别"), Column.plain("risk1", "风险类型1"),
            Column.plain("risk2", "风险类型2"), Column.plain("risk3", "风险类型3"),
            Column.plain("identified_month", "识别监测时间"), Column.plain("measures", "帮扶措施"),
            Column.plain("contact_name", "帮扶责任人"), Column.plain("contact_phone", "帮扶责任人电话"),
            Column.plain("risk_eliminated", "风险已消除"), Column.plain("elimination_method", "消除方式"),
            Column.plain("eliminated_month", "风险消除时间"), new Column("responsible_cadre_id", Ref.PERSON, "监测责任人"),
            Column.plain("deleted_at", "删除时间")), """
            SELECT x.uid AS exchange_key, x.household_id, x.category, x.risk1, x.risk2, x.risk3, x.identified_month, x.measures,
                x.contact_name, x.contact_phone, x.risk_eliminated, x.elimination_method, x.eliminated_month,
                (SELECT COALESCE(p.id_number, 'uid:' || p.uid) FROM person p WHERE p.id = x.responsible_cadre_id),
                x.deleted_at, x.household_id
            FROM monitoring x
            """, null, Scope.HOUSEHOLD, byHousehold("monitoring"));

    public static final Table AWARD = new Table("award", "示范户称号", "uid", List.of(
            Column.plain("household_id", "农户"), Column.plain("award_type", "称号"), Column.plain("year", "年度"),
            Column.plain("level", "级别"), Column.plain("deleted_at", "删除时间")), """
            SELECT x.uid AS exchange_key, x.household_id, x.award_type, x.year, x.level, x.deleted_at, x.household_id FROM award x
            """, null, Scope.HOUSEHOLD, byHousehold("award"));

    public static final Table POINTS_ENTRY = new Table("points_entry", "积分登记", "uid", List.of(
            Column.plain("household_id", "农户"), new Column("item_id", Ref.POINTS_ITEM, "积分项目"),
            Column.plain("entry_date", "登记日期"), Column.plain("points", "分值"), Column.plain("reason", "事由"),
            Column.plain("recorder", "登记人"), Column.plain("approver", "审核人"), Column.plain("deleted_at", "删除时间")), """
            SELECT x.uid AS exchange_key, x.household_id,
                (SELECT v.code || '/' || i.name FROM points_item i JOIN village v ON v.id = i.village_id WHERE i.id = x.item_id),
                x.entry_date, x.points, x.reason, x.recorder, x.approver, x.deleted_at, x.household_id
            FROM points_entry x
            """, null, Scope.HOUSEHOLD, byHousehold("points_entry"));

    public static final Table POINTS_REDEMPTION = new Table("points_redemption", "积分兑换", "uid", List.of(
            Column.plain("household_id", "农户"), Column.plain("redeem_date", "兑换日期"), Column.plain("points", "兑换分值"),
            Column.plain("goods", "兑换物品"), Column.plain("recorder", "登记人"), Column.plain("deleted_at", "删除时间")), """
            SELECT x.uid AS exchange_key, x.household_id, x.redeem_date, x.points, x.goods, x.recorder, x.deleted_at, x.household_id
            FROM points_redemption x
            """, null, Scope.HOUSEHOLD, byHousehold("points_redemption"));

    // ------------------------------------------------------------------------------------------ visits

    static final Children VISIT_HOUSEHOLDS = new Children("visit_household", "visit_id", "seq",
            List.of(Column.plain("household_id", "农户")));
    static final Children VISIT_VISITORS = new Children("visit_visitor", "visit_id", "seq",
            List.of(new Column("person_id", Ref.PERSON, "干部"), Column.plain("name", "姓名")));

    /** visit.id is a UUID already; search_text is worked out again on the receiver, not sent. */
    public static final Table VISIT = new Table("visit", "走访记录", "id", List.of(
            Column.plain("visit_date", "走访日期"), Column.plain("visit_type", "走访类型"), new Column("grid_id", Ref.GRID, "网格"),
            Column.plain("finding", "走访情况"), Column.plain("follow_up_needed", "需后续办理"),
            Column.plain("follow_up", "需办理事项"), Column.plain("due_date", "办理期限"), Column.plain("status", "办理状态"),
            Column.plain("result", "办理结果"), Column.plain("closed_date", "办结日期"), Column.plain("created_by", "记录人"),
            Column.plain("deleted_at", "删除时间"), Column.plain("deleted_by", "删除人"),
            new Column("households", Ref.CHILDREN, "走访农户", VISIT_HOUSEHOLDS),
            new Column("visitors", Ref.CHILDREN, "走访人", VISIT_VISITORS)), """
            SELECT v.id AS exchange_key, v.visit_date, v.visit_type, g.code, v.finding, v.follow_up_needed, v.follow_up, v.due_date,
                v.status, v.result, v.closed_date, v.created_by, v.deleted_at, v.deleted_by,
                (SELECT json_group_array(json_array(vh.household_id) ORDER BY vh.seq) FROM visit_household vh
                 WHERE vh.visit_id = v.id),
                (SELECT json_group_array(json_array(
                        CASE WHEN vv.person_id IS NULL THEN NULL ELSE COALESCE(p.id_number, 'uid:' || p.uid) END,
                        vv.name) ORDER BY vv.seq)
                 FROM visit_visitor vv LEFT JOIN person p ON p.id = vv.person_id WHERE vv.visit_id = v.id),
                g.code
            FROM visit v LEFT JOIN grid g ON g.id = v.grid_id
            """, null, Scope.OWN_GRID, new Naming(
            "SELECT household_id FROM visit_household WHERE visit_id = ? ORDER BY seq LIMIT 1",
            "SELECT visit_date || ' ' || visit_type FROM visit WHERE id = ?"));

    // ------------------------------------------------------------------------------------------ township-wide

    public static final Table POST = new Table("post", "干部任职", "uid", List.of(
            new Column("person_id", Ref.PERSON, "干部"), Column.plain("post_type", "职务"), Column.plain("category", "类别"),
            new Column("village_id", Ref.VILLAGE, "村"), new Column("grid_id", Ref.GRID, "网格"),
            Column.plain("dispatch_unit", "派出单位"), Column.plain("dispatch_level", "派出层级"),
            Column.plain("full_time", "专职"), Column.plain("start_date", "任职时间"), Column.plain("end_date", "离任时间"),
            Column.plain("one_shoulder", "一肩挑"), Column.plain("cross_post", "交叉任职"), Column.plain("source", "来源"),
            Column.plain("notes", "备注")), """
            SELECT x.uid AS exchange_key, COALESCE(p.id_number, 'uid:' || p.uid), x.post_type, x.category, v.code, g.code,
                x.dispatch_unit, x.dispatch_level, x.full_time, x.start_date, x.end_date, x.one_shoulder, x.cross_post,
                x.source, x.notes, NULL
            FROM post x JOIN person p ON p.id = x.person_id LEFT JOIN village v ON v.id = x.village_id
                LEFT JOIN grid g ON g.id = x.grid_id
            """, null, Scope.TOWNSHIP, new Naming(null,
            "SELECT p.name || ' ' || x.post_type FROM post x JOIN person p ON p.id = x.person_id WHERE x.uid = ?"));

    public static final Table RESERVE = new Table("reserve_cadre", "后备力量", "uid", List.of(
            new Column("person_id", Ref.PERSON, "人员"), new Column("village_id", Ref.VILLAGE, "村"),
            Column.plain("entry_date", "入库时间"), Column.plain("direction", "拟培养方向"), Column.plain("training", "培养措施"),
            Column.plain("exit_date", "出库时间")), """
            SELECT x.uid AS exchange_key, COALESCE(p.id_number, 'uid:' || p.uid), v.code, x.entry_date, x.direction, x.training,
                x.exit_date, NULL
            FROM reserve_cadre x JOIN person p ON p.id = x.person_id JOIN village v ON v.id = x.village_id
            """, null, Scope.TOWNSHIP, new Naming(null,
            "SELECT p.name FROM reserve_cadre x JOIN person p ON p.id = x.person_id WHERE x.uid = ?"));

    /** Every exchanged table, in writing order (a row's references come first). */
    public static final List<Table> ALL = List.of(PERSON, HOUSEHOLD, MEMBER, STATUS_EVENT, GRID_HISTORY, STATUS_HISTORY,
            MONITORING, AWARD, POINTS_ENTRY, POINTS_REDEMPTION, VISIT, POST, RESERVE);

    private static Naming byHousehold(String table) {
        return new Naming("SELECT household_id FROM " + table + " WHERE uid = ?", null);
    }

    /** The rows of a {@link Ref#CHILDREN} value, each its columns' canonical values in order. */
    public static List<List<String>> childRows(String json) {
        return ChildRowsWriter.rows(json);
    }

    public static Optional<Table> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
