package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Grid;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.code.DepartureReason;

/**
 * #15 R6: households that began or ended in the quarter are listed after the persons, as 新增户 / 减少户 with the
 * reason recorded on that day, the grid then and the persons on that day, and counted apart from the persons in
 * 小计 and 合计. Households are begun and ended here in the database the way the household events do it
 * (since / ended_on and a household-level status event), since the editor's 分户 / 合户 are another part of #15.
 */
class HouseholdChangeListTest {

    private static final Quarter Q3 = Quarter.parse("2026Q3");

    @TempDir
    Path dir;

    private AppServices app;
    private List<Grid> grids;

    @BeforeEach
    void open() {
        app = AppServices.open(dir.resolve("t.db"));
        grids = HouseholdFixtures.township(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void householdsBegunAndEndedInTheQuarterAreListedWithTheirReasonAndCountedApart() throws Exception {
        String split = save("0001", 0, "张分户", 1, "李分户", 2);
        String merged = save("0002", 1, "王合户", 3, "赵合户", 4, "王小合", 5);
        String gone = save("0003", 2, "刘注销", 7);
        String imported = save("0004", 0, "陈导入", 9);
        String monthly = save("0005", 2, "周迁入", 11);
        String moved = save("0006", 0, "吴转网格", 13);
        String later = save("0007", 1, "郑下季", 15);
        String mistaken = save("0008", 0, "冯删除", 17);
        String person = save("0009", 0, "孙户主", 19, "孙老人", 20);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            begin(c, split, "2026-08-10", "分户", "从张家分出");
            end(c, merged, "2026-09-02", "合户", "并入王大合户");
            end(c, gone, "2026-07-15", null, null);
            sql(c, "UPDATE household SET since = '2026-09-01' WHERE id = ?", imported);
            begin(c, monthly, "2026-08", "迁入", "全户迁入");
            event(c, moved, "2026-08-20", "迁往其他网格", null);
            end(c, later, "2026-10-05", "迁出", null);
            begin(c, mistaken, "2026-08-11", "分户", null);
            sql(c, "UPDATE household SET deleted_at = '2026-08-12T10:00:00' WHERE id = ?", mistaken);
        }
        HouseholdDetail d = app.households().load(person);
        long old = d.members().stream().filter(m -> m.person().name().equals("孙老人")).mapToLong(Member::id).sum();
        app.households().save(new HouseholdDetail(d.household(), d.members().subList(0, 1), d.monitoring(), d.awards(),
                d.pointsEntries(), d.redemptions()),
                List.of(new MemberDeparture(old, DepartureReason.死亡, LocalDate.of(2026, 8, 3), null)), List.of());

        List<String> rows = rows(Q3);
        assertEquals(List.of(
                "[1, 安恕村, 一组网格, 0009, 孙户主, 孙老人, , " + id("19800101", 20) + ", 减少, 死亡, 2026-08-03, ]",
                "[2, 安恕村, 一组网格, 0001, 张分户, 全户 2 人, , , 新增户, 分户, 2026-08-10, 从张家分出]",
                "[3, 安恕村, 二组网格, 0002, 王合户, 全户 3 人, , , 减少户, 合户, 2026-09-02, 并入王大合户]",
                "[安恕村 小计：新增 0 人，减少 1 人（死亡 1 人）；新增 1 户（分户 1 户），减少 1 户（合户 1 户）。]",
                "[4, 太平村, 太平一网格, 0003, 刘注销, 全户 1 人, , , 减少户, 注销, 2026-07-15, ]",
                "[5, 太平村, 太平一网格, 0005, 周迁入, 全户 1 人, , , 新增户, 迁入, 2026-08, 全户迁入]",
                "[太平村 小计：新增 0 人，减少 0 人；新增 1 户（迁入 1 户），减少 1 户（注销 1 户）。]",
                "[合计：新增 0 人，减少 1 人（死亡 1 人）；新增 2 户（分户 1 户、迁入 1 户），减少 2 户（合户 1 户、注销 1 户）。]"),
                rows);

        List<String> q4 = rows(Quarter.parse("2026Q4"));
        assertEquals(List.of("[1, 安恕村, 二组网格, 0007, 郑下季, 全户 1 人, , , 减少户, 迁出, 2026-10-05, ]",
                "[安恕村 小计：新增 0 人，减少 0 人；新增 0 户，减少 1 户（迁出 1 户）。]",
                "[合计：新增 0 人，减少 0 人；新增 0 户，减少 1 户（迁出 1 户）。]"), q4);

        List<String> one = rows(Q3, HouseholdFixtures.VILLAGE_B);
        assertEquals(4, one.size(), "one village: its two rows, 小计 and 合计\n" + one);
        assertTrue(one.get(3).contains("合计：新增 0 人，减少 0 人；新增 1 户（迁入 1 户），减少 1 户（注销 1 户）。"), one.get(2));
    }

    @Test
    void theWorkbookHasTheCountyLayoutWithHouseholdsAsAUnit() throws Exception {
        String merged = save("0002", 1, "王合户", 3, "赵合户", 4);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            end(c, merged, "2026-09-02", "合户", null);
        }
        Path out = dir.resolve("r6.xlsx");
        app.reports().export(List.of(ReportKind.CHANGES), new Request(Q3, null, ReportServiceTest.FOOTER), out, true,
                Progress.NONE);
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet s = wb.getSheetAt(0);
            List<String> lines = new ArrayList<>();
            for (Row r : s) {
                StringBuilder sb = new StringBuilder();
                r.forEach(cell -> sb.append(f.formatCellValue(cell)).append('|'));
                lines.add(sb.toString());
            }
            String all = String.join("\n", lines);
            assertTrue(lines.get(0).startsWith("安恕镇2026年第3季度人口变动花名册"), lines.get(0));
            assertTrue(lines.get(1).contains("填报单位：安恕镇人民政府（盖章）") && lines.get(1).contains("单位：人、户"),
                    lines.get(1));
            assertTrue(all.contains("变动情况|") && all.contains("类型|原因|日期|"), all);
            assertTrue(merged(s, f, "变动情况"), "the group header spans its children");
            assertTrue(all.contains("0002|王合户|全户 2 人|||减少户|合户|2026-09-02|"), all);
            assertTrue(all.contains("合计：新增 0 人，减少 0 人；新增 0 户，减少 1 户（合户 1 户）。"), all);
        }
    }

    /** A household of 户编号 {@code no} in {@code grids[grid]} with members (name, ID sequence), head first. */
    private String save(String no, int grid, Object... nameSeq) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < nameSeq.length; i += 2) {
            int seq = (Integer) nameSeq[i + 1];
            members.add(member((String) nameSeq[i], id("19" + (60 + seq) + "0101", seq),
                    i == 0 ? "户主" : i == 2 ? "配偶" : "之子"));
        }
        return app.households().save(detail(no, grids.get(grid).id(), "13912341234", members.toArray(Member[]::new)));
    }

    private List<String> rows(Quarter q) {
        return rows(q, null);
    }

    private List<String> rows(Quarter q, String village) {
        var t = app.reports().table(ReportKind.CHANGES, new Request(q, village, ReportServiceTest.FOOTER));
        List<String> out = new ArrayList<>();
        t.rows().forEach(Integer.MAX_VALUE, r -> out.add(r.cells().toString()));
        return out;
    }

    private static boolean merged(Sheet s, DataFormatter f, String label) {
        for (CellRangeAddress r : s.getMergedRegions()) {
            String text = f.formatCellValue(s.getRow(r.getFirstRow()).getCell(r.getFirstColumn()));
            if (text.equals(label) && r.getLastColumn() - r.getFirstColumn() == 2) {
                return true;
            }
        }
        return false;
    }

    /** As 分户 / 迁入 record a household that begins: its since and a household event of that day. */
    private static void begin(Connection c, String hh, String day, String type, String note) throws SQLException {
        sql(c, "UPDATE household SET since = ? WHERE id = ?", day, hh);
        event(c, hh, day, type, note);
    }

    /** As 合户 / 迁出 end a household: ended_on, its members ended that day, and an event when a reason is known. */
    private static void end(Connection c, String hh, String day, String type, String note) throws SQLException {
        sql(c, "UPDATE household SET ended_on = ? WHERE id = ?", day, hh);
        sql(c, "UPDATE member SET ended_on = ?, end_reason = '户销' WHERE household_id = ?", day, hh);
        if (type != null) {
            event(c, hh, day, type, note);
        }
    }

    private static void event(Connection c, String hh, String day, String type, String note) throws SQLException {
        sql(c, "INSERT INTO status_event (household_id, member_id, event_type, event_date, details) VALUES (?, NULL, ?, ?, ?)",
                hh, type, day, note);
    }

    private static void sql(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
