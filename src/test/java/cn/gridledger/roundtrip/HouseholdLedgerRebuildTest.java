package cn.gridledger.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Grid;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/**
 * #15: a township rebuilds its household ledger from its own C2 export. Export the demo township, import
 * the file into a fresh database that has only the same township, villages and grids, export again: the
 * two workbooks are the same cell by cell, and every household and member field, monitoring episode and
 * award in the two databases is the same.
 */
class HouseholdLedgerRebuildTest {

    /**
     * Cells that legitimately differ between the two exports, as "sheet!A1" → why. The C2 sheet has no
     * export timestamp, no file name and no database path in it: nothing is excluded. Keep this list
     * explicit: a cell added here must say why it differs.
     */
    static final Map<String, String> EXCLUDED_CELLS = Map.of();

    /** C2 as reports.md lays it out. */
    static final List<String> COUNTY_COLUMNS = List.of("序号", "村", "网格编号", "网格名称", "村民小组", "户编号", "户主姓名",
            "与户主关系", "姓名", "性别", "身份证号", "出生日期", "民族", "文化程度", "在校生状况", "健康状况", "劳动技能",
            "务工时间（月）", "政治面貌", "联系电话", "户类型", "是否低保", "是否特困供养", "监测对象类别", "风险是否消除",
            "十户一组组号", "备注");

    /** What the program keeps besides, after the county's columns (docs/decisions/c2-full-ledger.md). */
    static final List<String> EXTRA_COLUMNS = List.of("家庭住址", "户联系电话", "联户长", "住房安全", "改厕情况", "立户日期",
            "务工地点", "是否常住", "入户日期", "示范户称号", "防返贫监测记录");

    @TempDir
    Path dir;

    @Test
    void theLedgerExportRebuildsTheSameLedgerInAFreshDatabase() throws Exception {
        Quarter quarter = Quarter.current();
        Township township;
        List<Village> villages;
        List<Grid> grids;
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        try (AppServices a = AppServices.open(dir.resolve("a.db"))) {
            a.demo().generate(400, 11, Progress.NONE);
            a.session().signIn(CurrentUser.COMMAND_LINE);
            township = a.township().township().orElseThrow();
            villages = a.township().villages();
            grids = a.township().grids();
            export(a, quarter, first);
        }
        try (AppServices b = AppServices.open(dir.resolve("b.db"))) {
            setUpSameTownship(b, township, villages, grids);
            ImportReport r = b.importer().importFile(first, ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, true),
                    Progress.NONE);
            assertEquals(0, r.errorRows(), () -> problems(r));
            assertEquals(0, r.warningRows(), () -> problems(r));
            assertEquals(r.rows().size(), r.newRows(), () -> problems(r));
            export(b, quarter, second);
        }

        List<String> heading = headingRow(first);
        assertEquals(COUNTY_COLUMNS, heading.subList(0, COUNTY_COLUMNS.size()), "the county's columns come first, unchanged");
        assertEquals(EXTRA_COLUMNS, heading.subList(COUNTY_COLUMNS.size(), heading.size()));
        String allText = String.join("\n", cells(first).values());
        assertTrue(allText.contains("，识别：") && allText.contains("，措施：") && allText.contains("，责任人："), "monitoring is written");
        assertTrue(allText.matches("(?s).*\\d{4}年[村乡县市省]级(美丽庭院|干净人家|文明示范户|好家风家庭).*"), "awards are written");

        List<String> differences = compareWorkbooks(first, second);
        assertTrue(differences.isEmpty(), differences.size() + " cells differ:\n"
                + differences.stream().limit(30).collect(Collectors.joining("\n")));

        Map<String, String> before = ledger(dir.resolve("a.db"));
        Map<String, String> after = ledger(dir.resolve("b.db"));
        assertTrue(before.size() > 300, "the demo township has its households: " + before.size());
        assertEquals(before.keySet(), after.keySet());
        assertTrue(before.values().stream().anyMatch(s -> s.contains("monitoring[") && s.contains("因")),
                "the sample has monitored households");
        assertTrue(before.values().stream().anyMatch(s -> s.contains("award[")), "the sample has awards");
        for (String key : before.keySet()) {
            assertEquals(before.get(key), after.get(key), "household " + key);
        }
    }

    /**
     * The same round trip over a hand-made ledger in which every column has a value somewhere, including what
     * the demo never writes: 备注, a member without an ID number and with a month-precision birth date, a
     * member who joined in a known month, three risks, two episodes (one eliminated, one with a comma in its
     * 帮扶责任人), awards of three levels, 特困供养, 无需改厕 and a household without 户编号.
     */
    @Test
    void aHandMadeLedgerWithEveryColumnFilledComesBackFieldByField() throws Exception {
        Quarter quarter = Quarter.current();
        Path first = dir.resolve("hand1.xlsx");
        Path second = dir.resolve("hand2.xlsx");
        try (AppServices a = AppServices.open(dir.resolve("h1.db"))) {
            List<Grid> grids = HouseholdFixtures.township(a);
            a.session().signIn(CurrentUser.COMMAND_LINE);
            long group = villagerGroup(dir.resolve("h1.db"), grids.get(0).villageId(), "一组");
            for (HouseholdDetail d : HandMadeLedger.households(grids, group)) {
                a.households().save(d);
            }
            export(a, quarter, first);
        }
        try (AppServices b = AppServices.open(dir.resolve("h2.db"))) {
            HouseholdFixtures.township(b);
            b.session().signIn(CurrentUser.COMMAND_LINE);
            ImportReport r = b.importer().importFile(first, ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, true),
                    Progress.NONE);
            assertEquals(0, r.errorRows(), () -> problems(r));
            assertEquals(r.rows().size(), r.newRows(), () -> problems(r));
            export(b, quarter, second);
        }

        List<String> heading = headingRow(first);
        List<List<String>> records = records(first);
        assertEquals(11, records.size(), "one row per member");
        for (int col = 0; col < heading.size(); col++) {
            int c = col;
            assertTrue(records.stream().anyMatch(r -> !r.get(c).isEmpty()),
                    "column " + heading.get(col) + " has a value in the hand-made ledger");
        }
        List<String> differences = compareWorkbooks(first, second);
        assertTrue(differences.isEmpty(), differences.size() + " cells differ:\n" + String.join("\n", differences));

        Map<String, String> before = ledger(dir.resolve("h1.db"));
        Map<String, String> after = ledger(dir.resolve("h2.db"));
        assertEquals(3, before.size(), before.keySet().toString());
        assertEquals(before, after);
        String all = String.join("\n", before.values());
        for (String field : List.of("低保年审已过（2025年）", "一组（东段）", "临时救助（一次性）", "1990-03", "2020-05", "因残", "李六，赵七", "省", "无需改厕", "广东省")) {
            assertTrue(all.contains(field), "the fixture has " + field + ":\n" + all);
        }
    }

    private static void export(AppServices app, Quarter quarter, Path out) {
        app.reports().export(List.of(ReportKind.HOUSEHOLD_LEDGER), new Request(quarter, null, Footer.empty()), out,
                true, Progress.NONE);
    }

    /** What `setup` and 网格设置 give a new installation: the same township, villages and grid codes and names. */
    private static void setUpSameTownship(AppServices b, Township township, List<Village> villages, List<Grid> grids) {
        b.township().setUp(township, villages.stream().map(v -> new Village(0, v.code(), v.name(), v.kind())).toList());
        b.session().signIn(CurrentUser.COMMAND_LINE);
        Map<String, Long> villageIds = b.township().villages().stream()
                .collect(Collectors.toMap(Village::code, Village::id));
        Map<Long, String> villageCodes = villages.stream().collect(Collectors.toMap(Village::id, Village::code));
        for (Grid g : grids.stream().sorted(Comparator.comparing(Grid::code)).toList()) {
            Grid made = b.grids().create(villageIds.get(villageCodes.get(g.villageId())), g.name(), g.gridType(),
                    g.coveredGroups());
            if (!made.code().equals(g.code())) {
                b.grids().renumber(made.id(), g.code());
            }
        }
    }

    private static String problems(ImportReport r) {
        return r.countsLine() + "\n" + r.rows().stream()
                .filter(o -> o.rowClass() != RowClass.NEW || !o.issues().isEmpty())
                .limit(15)
                .map(o -> o.excelRow() + " " + o.name() + " " + o.rowClass() + " " + o.changes() + " "
                        + o.issues().stream().map(CellIssue::describe).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }

    /** Every sheet, every cell's text as Excel shows it, both ways round (a cell only one file has counts). */
    static List<String> compareWorkbooks(Path a, Path b) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (Workbook wa = WorkbookFactory.create(a.toFile(), null, true);
             Workbook wb = WorkbookFactory.create(b.toFile(), null, true)) {
            assertEquals(wa.getNumberOfSheets(), wb.getNumberOfSheets(), "sheets");
            for (int s = 0; s < wa.getNumberOfSheets(); s++) {
                Sheet sa = wa.getSheetAt(s);
                Sheet sb = wb.getSheetAt(s);
                assertEquals(sa.getSheetName(), sb.getSheetName());
                Map<String, String> ca = cells(sa, f);
                Map<String, String> cb = cells(sb, f);
                assertTrue(ca.size() > 100, "the export has its rows: " + ca.size() + " cells");
                for (String ref : union(ca.keySet(), cb.keySet())) {
                    String va = ca.getOrDefault(ref, "");
                    String vb = cb.getOrDefault(ref, "");
                    if (!va.equals(vb) && !EXCLUDED_CELLS.containsKey(sa.getSheetName() + "!" + ref)) {
                        out.add(sa.getSheetName() + "!" + ref + ": «" + va + "» ≠ «" + vb + "»");
                    }
                }
                assertEquals(sa.getNumMergedRegions(), sb.getNumMergedRegions(), "merged regions of " + sa.getSheetName());
            }
        }
        return out;
    }

    private static Map<String, String> cells(Path file) throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return cells(wb.getSheetAt(0), new DataFormatter());
        }
    }

    /** The labels of the row whose first cell is 序号. */
    private static List<String> headingRow(Path file) throws Exception {
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row r : wb.getSheetAt(0)) {
                if (r.getCell(0) != null && "序号".equals(f.formatCellValue(r.getCell(0)))) {
                    List<String> labels = new ArrayList<>();
                    for (int i = 0; i < r.getLastCellNum(); i++) {
                        labels.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                    }
                    return labels;
                }
            }
        }
        throw new AssertionError("no 序号 row in " + file);
    }

    /** A 村民小组 (no service adds one: the importer and the demo do), written as they write it. */
    private static long villagerGroup(Path db, long villageId, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO villager_group (village_id, name, sort_order) VALUES (" + villageId + ", '" + name
                    + "', 0)");
            try (ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The data rows: those after the 序号 row whose first cell is a number, each cell as Excel shows it. */
    private static List<List<String>> records(Path file) throws Exception {
        DataFormatter f = new DataFormatter();
        int width = headingRow(file).size();
        List<List<String>> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row r : wb.getSheetAt(0)) {
                if (r.getCell(0) != null && f.formatCellValue(r.getCell(0)).matches("\\d+")) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < width; i++) {
                        cells.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                    }
                    out.add(cells);
                }
            }
        }
        return out;
    }

    private static Map<String, String> cells(Sheet sheet, DataFormatter f) {
        Map<String, String> m = new TreeMap<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                String text = f.formatCellValue(c);
                if (!text.isEmpty()) {
                    m.put(c.getAddress().formatAsString(), text);
                }
            }
        }
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Each live household (key: 户编号, or the 户主's ID number when it has none) with every field the model
     * keeps for it and its live members, monitoring episodes and awards; internal ids and timestamps left out.
     */
    static Map<String, String> ledger(Path db) throws SQLException {
        Map<String, StringBuilder> byId = new TreeMap<>();
        Map<String, String> keyOf = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            query(c, """
                    SELECT h.id, COALESCE(h.hh_number, (SELECT pe.id_number FROM member m JOIN person pe ON pe.id = m.person_id
                               WHERE m.household_id = h.id AND m.relation = '户主' AND m.ended_on IS NULL)) AS k,
                           h.hh_number, g.code, vg.name, h.ten_group_no, h.ten_group_leader, h.address, h.phone,
                           h.hh_type, h.dibao, h.tekun, h.housing_status, h.toilet_status, h.notes, h.since
                    FROM household h JOIN grid g ON g.id = h.grid_id LEFT JOIN villager_group vg ON vg.id = h.villager_group_id
                    WHERE h.deleted_at IS NULL AND h.ended_on IS NULL""", row -> {
                keyOf.put(row.get(0), row.get(1));
                byId.put(row.get(0), new StringBuilder("household" + row.subList(2, row.size())));
            });
            query(c, """
                    SELECT m.household_id, pe.name, pe.id_number, pe.gender, pe.birth_date, pe.ethnicity,
                           pe.political_status, pe.phone, m.relation, m.education, m.student_status, m.health,
                           m.labour_skill, m.months_away, m.work_place, m.resident, m.since
                    FROM member m JOIN person pe ON pe.id = m.person_id WHERE m.ended_on IS NULL
                    ORDER BY m.household_id, m.seq, m.id""", row -> append(byId, "\n member", row));
            query(c, """
                    SELECT household_id, category, risk1, risk2, risk3, identified_month, measures, contact_name,
                           contact_phone, risk_eliminated, elimination_method, eliminated_month
                    FROM monitoring WHERE deleted_at IS NULL ORDER BY household_id, identified_month, id""",
                    row -> append(byId, "\n monitoring", row));
            query(c, """
                    SELECT household_id, award_type, year, level FROM award WHERE deleted_at IS NULL
                    ORDER BY household_id, year, award_type, level""", row -> append(byId, "\n award", row));
        }
        Map<String, String> out = new TreeMap<>();
        byId.forEach((id, text) -> out.put(keyOf.get(id), text.toString()));
        assertEquals(byId.size(), out.size(), "every household has a key of its own");
        return out;
    }

    private static void append(Map<String, StringBuilder> byId, String what, List<String> row) {
        StringBuilder sb = byId.get(row.get(0));
        if (sb != null) {
            sb.append(what).append(row.subList(1, row.size()));
        }
    }

    private interface RowSink {
        void accept(List<String> row);
    }

    private static void query(Connection c, String sql, RowSink sink) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                sink.accept(row);
            }
        }
    }
}
