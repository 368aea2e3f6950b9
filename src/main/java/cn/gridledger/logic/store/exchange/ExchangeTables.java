package cn.gridledger.logic.store.exchange;

import java.util.List;
import java.util.Optional;

/**
 * The tables that travel in exchange packages, in the order they are written (a row's references come first).
 * Adding a table is one descriptor: its canonical select (uid, the exchanged columns in order, then the scope
 * key), which columns are references to translate, and what decides its scope.
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
        MEMBER
    }

    /** What the scope key of a row is: the grid code (households), a household id, or a person's household ids. */
    public enum Scope { GRID, HOUSEHOLD, HOUSEHOLDS }

    public record Column(String name, Ref ref, String label) {
        static Column plain(String name, String label) {
            return new Column(name, Ref.PLAIN, label);
        }
    }

    /**
     * @param name     the table
     * @param label    what the user calls its records
     * @param idColumn the stable id column ({@code uid}, or {@code id} for households)
     * @param select   canonical rows: the stable id, then {@link #columns} in order, then the scope key
     */
    public record Table(String name, String label, String idColumn, List<Column> columns, String select, Scope scope) {

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        public String fieldLabel(String field) {
            return column(field).map(Column::label).orElse(field);
        }
    }

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
            SELECT p.uid, p.name, p.id_number, p.gender, p.birth_date, p.ethnicity, p.political_status,
                p.party_join_date, p.work_start_date, p.native_place, p.phone, p.edu_fulltime, p.degree_fulltime,
                p.school_fulltime, p.edu_inservice, p.degree_inservice, p.school_inservice, p.title, p.occupation,
                (SELECT group_concat(m.household_id) FROM member m WHERE m.person_id = p.id)
            FROM person p WHERE EXISTS (SELECT 1 FROM member m WHERE m.person_id = p.id)
            """, Scope.HOUSEHOLDS);

    public static final Table HOUSEHOLD = new Table("household", "农户", "id", List.of(
            Column.plain("hh_number", "户编号"), new Column("grid_id", Ref.GRID, "网格"),
            new Column("villager_group_id", Ref.GROUP, "村民小组"), Column.plain("ten_group_no", "十户一组"),
            Column.plain("ten_group_leader", "联户长"), Column.plain("address", "住址"), Column.plain("phone", "联系电话"),
            Column.plain("hh_type", "户类型"), Column.plain("dibao", "低保"), Column.plain("tekun", "特困供养"),
            Column.plain("housing_status", "住房安全"), Column.plain("toilet_status", "改厕"), Column.plain("notes", "备注"),
            Column.plain("since", "建户日期"), Column.plain("ended_on", "销户日期"), Column.plain("deleted_at", "删除时间"),
            Column.plain("deleted_by", "删除人")), """
            SELECT h.id, h.hh_number, g.code,
                (SELECT v.code || '/' || vg.name FROM villager_group vg JOIN village v ON v.id = vg.village_id
                 WHERE vg.id = h.villager_group_id),
                h.ten_group_no, h.ten_group_leader, h.address, h.phone, h.hh_type, h.dibao, h.tekun,
                h.housing_status, h.toilet_status, h.notes, h.since, h.ended_on, h.deleted_at, h.deleted_by, g.code
            FROM household h LEFT JOIN grid g ON g.id = h.grid_id
            """, Scope.GRID);

    public static final Table MEMBER = new Table("member", "成员", "uid", List.of(
            Column.plain("household_id", "所在农户"), new Column("person_id", Ref.PERSON, "人员"),
            Column.plain("relation", "与户主关系"), Column.plain("seq", "顺序"), Column.plain("education", "文化程度"),
            Column.plain("student_status", "在校生状况"), Column.plain("health", "健康状况"),
            Column.plain("labour_skill", "劳动技能"), Column.plain("months_away", "务工时间（月）"),
            Column.plain("work_place", "务工地点"), Column.plain("resident", "常住"), Column.plain("since", "入户日期"),
            Column.plain("ended_on", "移出日期"), Column.plain("end_reason", "移出原因")), """
            SELECT m.uid, m.household_id, COALESCE(p.id_number, 'uid:' || p.uid), m.relation, m.seq, m.education,
                m.student_status, m.health, m.labour_skill, m.months_away, m.work_place, m.resident, m.since,
                m.ended_on, m.end_reason, m.household_id
            FROM member m JOIN person p ON p.id = m.person_id
            """, Scope.HOUSEHOLD);

    public static final Table STATUS_EVENT = new Table("status_event", "户籍变动记录", "uid", List.of(
            Column.plain("household_id", "农户"), new Column("member_id", Ref.MEMBER, "成员"),
            Column.plain("event_type", "变动类型"), Column.plain("event_date", "变动日期"), Column.plain("details", "说明"),
            Column.plain("recorded_at", "记录时间")), """
            SELECT e.uid, e.household_id, m.uid, e.event_type, e.event_date, e.details, e.recorded_at,
                COALESCE(e.household_id, m.household_id)
            FROM status_event e LEFT JOIN member m ON m.id = e.member_id
            """, Scope.HOUSEHOLD);

    public static final Table GRID_HISTORY = new Table("household_grid_history", "农户所属网格记录", "uid", List.of(
            Column.plain("household_id", "农户"), new Column("grid_id", Ref.GRID, "网格"),
            Column.plain("valid_from", "起始日期"), Column.plain("valid_to", "截止日期")), """
            SELECT x.uid, x.household_id, g.code, x.valid_from, x.valid_to, x.household_id
            FROM household_grid_history x JOIN grid g ON g.id = x.grid_id
            """, Scope.HOUSEHOLD);

    public static final Table STATUS_HISTORY = new Table("household_status_history", "户类型/低保/特困记录", "uid",
            List.of(Column.plain("household_id", "农户"), Column.plain("field", "项目"), Column.plain("value", "值"),
                    Column.plain("valid_from", "起始日期"), Column.plain("valid_to", "截止日期")), """
            SELECT x.uid, x.household_id, x.field, x.value, x.valid_from, x.valid_to, x.household_id
            FROM household_status_history x
            """, Scope.HOUSEHOLD);

    /** Every exchanged table, in writing order. */
    public static final List<Table> ALL = List.of(PERSON, HOUSEHOLD, MEMBER, STATUS_EVENT, GRID_HISTORY, STATUS_HISTORY);

    public static Optional<Table> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
