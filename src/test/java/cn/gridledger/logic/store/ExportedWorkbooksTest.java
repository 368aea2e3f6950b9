package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;

/**
 * Every exported workbook read back with POI: title, merged regions, header labels (C1/C2 exactly as
 * reports.md, for the importer's round trip), totals equal to independent SQL counts, ID cells as
 * text, print setup. The SQL here is written independently of ReportRepository, on the fixture.
 */
class ExportedWorkbooksTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final String D = "2026-09-30";
    static final Footer FOOTER = new Footer("张填表", "李审核", "0311-12345678", LocalDate.of(2026, 10, 8));
    static final DataFormatter FORMAT = new DataFormatter();

    @TempDir
    Path dir;

    AppServices app;
    Path db;
    Path out;

    @BeforeEach
    void export() throws IOException {
        db = dir.resolve("r.db");
        ReportFixture.create(db);
        app = AppServices.open(db);
        out = Files.createDirectories(dir.resolve("out"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    ExportSummary exportAll() {
        return app.reports().export(List.of(ReportKind.values()), new Request(Q3, null, FOOTER), out, false, Progress.NONE);
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static String text(XSSFSheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : FORMAT.formatCellValue(c);
    }

    static List<String> rowTexts(XSSFSheet s, int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < s.getRow(row).getLastCellNum(); c++) {
            out.add(text(s, row, c));
        }
        return out;
    }

    static boolean merged(XSSFSheet s, String range) {
        CellRangeAddress want = CellRangeAddress.valueOf(range);
        return s.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals(want.formatAsString()));
    }

    static long sql(Connection c, String query) throws SQLException {
        return Queries.count(c, query.replace(":d", "'" + D + "'"));
    }

    /** The row of 合计 (column B). */
    static int totalRow(XSSFSheet s) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            if ("合计".equals(text(s, r, 1))) {
                return r;
            }
        }
        throw new AssertionError("no 合计 row");
    }

    @Test
    void writesOneFilePerReportWithTheCountysNames() {
        ExportSummary s = exportAll();
        assertEquals(ReportKind.values().length, s.files().size());
        for (ReportKind k : ReportKind.values()) {
            assertTrue(Files.exists(out.resolve("安恕镇_" + k.title() + "_2026Q3.xlsx")), k.title());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everySheetHasTitleInfoFooterAndPrintSetup() throws IOException {
        exportAll();
        for (ReportKind k : ReportKind.values()) {
            try (XSSFWorkbook wb = open(out.resolve("安恕镇_" + k.title() + "_2026Q3.xlsx"))) {
                XSSFSheet s = wb.getSheetAt(0);
                int lastCol = s.getRow(2).getLastCellNum() - 1;
                String expectedTitle = k.quarterly() ? "安恕镇2026年第3季度" + k.title() : "安恕镇" + k.title();
                assertEquals(expectedTitle, text(s, 0, 0));
                assertTrue(merged(s, new CellRangeAddress(0, 0, 0, lastCol).formatAsString()), k + " title merged");
                assertEquals("黑体", wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName());
                assertEquals("宋体", wb.getFontAt(s.getRow(2).getCell(0).getCellStyle().getFontIndex()).getFontName());
                assertEquals("填报单位：安恕镇人民政府（盖章）", text(s, 1, 0));
                assertTrue(rowTexts(s, 1).contains("统计截止日期：2026年9月30日"));
                List<String> footer = rowTexts(s, s.getLastRowNum());
                assertTrue(footer.containsAll(List.of("填表人：张填表", "审核人：李审核", "联系电话：0311-12345678",
                        "填报日期：2026年10月8日")), footer.toString());
                assertEquals(k.landscape(), s.getPrintSetup().getLandscape());
                assertEquals(9, s.getPrintSetup().getPaperSize(), "A4");
                assertEquals(1, s.getPrintSetup().getFitWidth());
                assertEquals(0, s.getPrintSetup().getFitHeight());
                assertTrue(s.getFitToPage());
                assertEquals("第 &P 页 共 &N 页", s.getFooter().getCenter());
                assertNotNull(s.getRepeatingRows());
                assertEquals(2, s.getRepeatingRows().getFirstRow());
                assertNotNull(s.getPaneInformation());
                assertEquals(s.getRepeatingRows().getLastRow() + 1, s.getPaneInformation().getHorizontalSplitTopRow(),
                        "panes frozen below the header");
            }
        }
    }

    @Test
    void gridSummaryHeaderIsTwoLevelAndTotalsMatchIndependentCounts() throws IOException, SQLException {
        exportAll();
        try (XSSFWorkbook wb = open(out.resolve("安恕镇_网格基本情况统计表_2026Q3.xlsx"));
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(List.of("序号", "村（社区）", "网格数", "", "", "网格员", "", "", "户数", "人口", "", "十户一组", "脱贫户", "",
                    "监测对象", "", "", "党员数", "示范户", "", ""), rowTexts(s, 2));
            assertEquals(List.of("", "", "合计", "基础网格", "专属网格", "合计", "专职", "兼职", "", "户籍人口", "常住人口", "组数",
                    "户数", "人数", "户数", "人数", "其中风险已消除户数", "", "美丽庭院", "干净人家", "文明示范户"), rowTexts(s, 3));
            assertTrue(merged(s, "A3:A4"));
            assertTrue(merged(s, "C3:E3"));
            assertTrue(merged(s, "S3:U3"));
            int t = totalRow(s);
            assertEquals(6, t, "two villages after the header");
            Row total = s.getRow(t);
            assertEquals(CellType.NUMERIC, total.getCell(8).getCellType());
            String alive = "h.deleted_at IS NULL AND (h.since IS NULL OR h.since <= :d) AND (h.ended_on IS NULL OR h.ended_on > :d)";
            String here = "(m.since IS NULL OR m.since <= :d) AND (m.ended_on IS NULL OR m.ended_on > :d)";
            assertEquals(sql(c, "SELECT count(*) FROM household h WHERE " + alive), (long) total.getCell(8).getNumericCellValue());
            assertEquals(sql(c, "SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id WHERE " + alive + " AND " + here),
                    (long) total.getCell(9).getNumericCellValue());
            assertEquals(sql(c, "SELECT count(*) FROM grid WHERE deleted_at IS NULL"), (long) total.getCell(2).getNumericCellValue());
            assertEquals(sql(c, "SELECT count(DISTINCT mo.household_id) FROM monitoring mo JOIN household h ON h.id = mo.household_id "
                    + "WHERE mo.deleted_at IS NULL AND mo.identified_month <= '2026-09' AND " + alive),
                    (long) total.getCell(14).getNumericCellValue());
            assertEquals(sql(c, "SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id JOIN person p ON p.id = m.person_id "
                    + "WHERE " + alive + " AND " + here + " AND p.political_status IN ('中共党员', '中共预备党员')"),
                    (long) total.getCell(17).getNumericCellValue());
            // each count column's total is the sum of the village rows
            for (int col = 2; col < 21; col++) {
                double sum = 0;
                for (int r = 4; r < t; r++) {
                    sum += s.getRow(r).getCell(col).getNumericCellValue();
                }
                assertEquals(sum, total.getCell(col).getNumericCellValue(), "column " + col);
            }
            assertTrue(text(s, t + 1, 0).startsWith("注："), "notes row under the table");
        }
    }

    @Test
    void cadreStructureTotalsMatchIndependentCountsAndFlagVillages() throws IOException, SQLException {
        exportAll();
        try (XSSFWorkbook wb = open(out.resolve("安恕镇_村干部队伍结构统计表_2026Q3.xlsx"));
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(List.of("35岁及以下", "36-45岁", "46-55岁", "56-60岁", "61岁及以上", "平均年龄"), rowTexts(s, 3).subList(6, 12));
            assertTrue(merged(s, "G3:L3"), "年龄结构 spans its six columns");
            assertEquals("年龄结构", text(s, 2, 6));
            assertEquals("学历结构", text(s, 2, 12));
            int t = totalRow(s);
            long members = sql(c, "SELECT count(DISTINCT person_id) FROM post p WHERE category = '村两委' AND post_type NOT LIKE '%监督%' "
                    + "AND (p.start_date IS NULL OR p.start_date <= :d) AND (p.end_date IS NULL OR p.end_date > :d)");
            assertEquals(members, (long) s.getRow(t).getCell(2).getNumericCellValue());
            assertEquals(44.2, s.getRow(t).getCell(11).getNumericCellValue(), 1e-9, "recomputed, not summed");
            assertEquals("0.0", s.getRow(t).getCell(11).getCellStyle().getDataFormatString());
            long reserves = sql(c, "SELECT count(*) FROM reserve_cadre WHERE entry_date <= :d AND (exit_date IS NULL OR exit_date > :d)");
            assertEquals(reserves, (long) s.getRow(t).getCell(19).getNumericCellValue());
            short plain = s.getRow(4).getCell(2).getCellStyle().getFillPattern().getCode();
            short flagged = s.getRow(5).getCell(2).getCellStyle().getFillPattern().getCode();
            assertEquals(0, plain);
            assertTrue(flagged != 0, "太平村 (书记 not 一肩挑, one reserve) is highlighted");
        }
    }

    @Test
    void rosterHeadersAreThoseOfReportsMdFirstAndIdsAreText() throws IOException, SQLException {
        exportAll();
        try (XSSFWorkbook wb = open(out.resolve("安恕镇_干部花名册_2026Q3.xlsx"))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(List.of("序号", "姓名", "性别", "民族", "出生年月", "年龄", "籍贯", "身份证号", "政治面貌", "入党时间",
                    "参加工作时间", "全日制教育", "", "", "在职教育", "", "", "工作单位（村/派出单位）", "现任职务", "任职时间",
                    "是否一肩挑", "是否交叉任职", "干部类别", "派出层级", "联系电话", "备注"), rowTexts(s, 2));
            assertEquals(List.of("学历", "学位", "毕业院校及专业", "学历", "学位", "毕业院校及专业"), rowTexts(s, 3).subList(11, 17));
            assertTrue(merged(s, "L3:N3"));
            assertTrue(merged(s, "O3:Q3"));
            assertTrue(merged(s, "H3:H4"));
            assertIdColumnIsText(s, 4, 7, 13);
            assertEquals("1980.10", text(s, 4, 4));
        }
        try (XSSFWorkbook wb = open(out.resolve("安恕镇_农户信息台账_2026Q3.xlsx"));
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(List.of("序号", "村", "网格编号", "网格名称", "村民小组", "户编号", "户主姓名", "与户主关系", "姓名", "性别",
                    "身份证号", "出生日期", "民族", "文化程度", "在校生状况", "健康状况", "劳动技能", "务工时间（月）", "政治面貌",
                    "联系电话", "户类型", "是否低保", "是否特困供养", "监测对象类别", "风险是否消除", "十户一组组号", "备注"),
                    rowTexts(s, 2).subList(0, 27));
            // #15: after the county's columns, the rest of the ledger (docs/decisions/c2-full-ledger.md)
            assertEquals(List.of("家庭住址", "户联系电话", "联户长", "住房安全", "改厕情况", "立户日期", "务工地点", "是否常住",
                    "入户日期", "示范户称号", "防返贫监测记录"), rowTexts(s, 2).subList(27, rowTexts(s, 2).size()));
            long members = sql(c, "SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id WHERE "
                    + "h.deleted_at IS NULL AND (h.since IS NULL OR h.since <= :d) AND (h.ended_on IS NULL OR h.ended_on > :d) "
                    + "AND (m.since IS NULL OR m.since <= :d) AND (m.ended_on IS NULL OR m.ended_on > :d)");
            assertIdColumnIsText(s, 3, 10, (int) members);
            assertIdColumnIsText(s, 3, 5, (int) members);
            assertIdColumnIsText(s, 3, 2, (int) members);
            assertEquals("130102100201001", text(s, 3, 2));
            assertEquals("", text(s, 3 + (int) members, 0), "no 合计 row on a roster; blank after the last member");
        }
    }

    private static void assertIdColumnIsText(XSSFSheet s, int firstRow, int col, int rows) {
        for (int r = firstRow; r < firstRow + rows; r++) {
            Cell cell = s.getRow(r).getCell(col);
            assertEquals(CellType.STRING, cell.getCellType(), "row " + (r + 1));
            assertEquals("@", cell.getCellStyle().getDataFormatString(), "row " + (r + 1));
            assertFalse(cell.getStringCellValue().isEmpty());
        }
    }

    @Test
    void monitoringAndReserveCarryTheirSummaryLines() throws IOException {
        exportAll();
        try (XSSFWorkbook wb = open(out.resolve("安恕镇_防返贫监测对象台账_2026Q3.xlsx"))) {
            XSSFSheet s = wb.getSheetAt(0);
            int t = totalRow(s);
            assertEquals("本季度新增 1 户，本季度消除 1 户，期末风险未消除 1 户。", text(s, t + 1, 0));
            assertTrue(merged(s, "A" + (t + 2) + ":S" + (t + 2)));
            assertIdColumnIsText(s, 4, 5, 3);
        }
        try (XSSFWorkbook wb = open(out.resolve("安恕镇_后备力量台账_2026Q3.xlsx"))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertTrue(text(s, 5, 0).contains("达标"));
            assertTrue(text(s, 7, 0).contains("未达标"));
        }
    }

    @Test
    void allReportsCanGoIntoOneWorkbook() throws IOException {
        Path file = out.resolve("全部.xlsx");
        ExportSummary s = app.reports().export(List.of(ReportKind.values()), new Request(Q3, null, FOOTER), file, false,
                Progress.NONE);
        assertEquals(1, s.files().size());
        try (XSSFWorkbook wb = open(file)) {
            int kinds = ReportKind.values().length;
            assertEquals(kinds, wb.getNumberOfSheets());
            List<String> sheets = new java.util.ArrayList<>();
            for (int i = 0; i < kinds; i++) {
                sheets.add(wb.getSheetName(i));
            }
            assertEquals(Arrays.stream(ReportKind.values()).map(ReportKind::title).toList(), sheets);
            for (int i = 0; i < kinds; i++) {
                assertNotNull(wb.getSheetAt(i).getRepeatingRows(), "print titles on sheet " + i);
            }
        }
    }
}
