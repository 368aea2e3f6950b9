package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;

/**
 * R7 走访工作统计表 of 2026Q3 on ReportFixture's township with {@link VisitFixture}'s visits, every figure
 * worked out by hand (statistics date 2026-09-30):
 *
 * <pre>
 * 一组网格: households h1, h2, h6 (h6 sits in 太平村 today, but was here then) = 3; visited h1, h6 = 2 → 66.67%;
 *           monitored (risk open) h1 = 1, visited 1; visits 入户走访 1, 防返贫排查 1; open 1 (due 08-20: overdue 1)
 *           (h2: visits only in Q2, Q4 and a deleted one)
 * 二组网格: h3 = 1 (h4 began in October); visited 1 → 100.00%; 矛盾调解 1; open 1 (closed 10-10), not overdue (due 10-15)
 * 安恕村小计: 4, 3, 75.00%, 1, 1, visits 3, open 2, overdue 1
 * 太平一网格: h5 = 1 (h7 ended 09-15, h8 deleted); visited 1 → 100.00%; 入户走访 1 (h7's), 民事代办 1; closed 09-24: open 0
 * 合计: 5, 4, 80.00%, 1, 1, visits 5 (入户走访 2, 防返贫排查 1, 矛盾调解 1, 民事代办 1), open 2, overdue 1
 * </pre>
 */
class VisitReportTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @TempDir
    Path dir;
    AppServices app;

    @BeforeEach
    void open() {
        Path db = dir.resolve("r7.db");
        ReportFixture.create(db);
        app = AppServices.open(db);
        VisitFixture.add(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** 序号, 村, 网格, 户数, 已走访, 覆盖率, 监测户, 已走访, 走访合计, 6 types, 未办结, 逾期. */
    @Test
    void figuresPerGridVillageAndTownship() {
        ReportTable t = app.reports().table(ReportKind.VISITS, new Request(Q3, null, Footer.empty()));
        assertEquals("安恕镇2026年第3季度走访工作统计表", t.title());
        assertEquals(17, t.leaves().size());
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(Integer.MAX_VALUE, r -> rows.add(r.cells()));
        assertEquals(List.of("1", "安恕村", "一组网格", 3L, 2L, new BigDecimal("66.67"), 1L, 1L, 2L, 1L, 1L, 0L, 0L, 0L, 0L,
                1L, 1L), rows.get(0));
        assertEquals(List.of("2", "安恕村", "二组网格", 1L, 1L, new BigDecimal("100.00"), 0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L,
                1L, 0L), rows.get(1));
        assertEquals(List.of("", "安恕村", "小计", 4L, 3L, new BigDecimal("75.00"), 1L, 1L, 3L, 1L, 1L, 1L, 0L, 0L, 0L,
                2L, 1L), rows.get(2));
        assertEquals(List.of("3", "太平村", "太平一网格", 1L, 1L, new BigDecimal("100.00"), 0L, 0L, 2L, 1L, 0L, 0L, 1L, 0L, 0L,
                0L, 0L), rows.get(3));
        assertEquals(List.of("", "太平村", "小计", 1L, 1L, new BigDecimal("100.00"), 0L, 0L, 2L, 1L, 0L, 0L, 1L, 0L, 0L,
                0L, 0L), rows.get(4));
        assertEquals(List.of("", "合计", "", 5L, 4L, new BigDecimal("80.00"), 1L, 1L, 5L, 2L, 1L, 1L, 1L, 0L, 0L, 2L, 1L),
                rows.get(5));
        assertEquals(6, rows.size());
    }

    @Test
    void oneVillageAndAnotherQuarter() {
        ReportTable v2 = app.reports().table(ReportKind.VISITS, new Request(Q3, ReportFixture.V2, Footer.empty()));
        List<ReportRow> rows = new ArrayList<>();
        v2.rows().forEach(Integer.MAX_VALUE, rows::add);
        assertEquals(3, rows.size(), "太平一网格, 小计, 合计: " + rows);
        assertEquals("安恕镇太平村2026年第3季度走访工作统计表", v2.title());
        // Q4 (statistics date 2026-12-31): h2's 政策宣传 counts; the dispute is closed, the overdue one still open
        ReportTable q4 = app.reports().table(ReportKind.VISITS, new Request(new Quarter(2026, 4), null, Footer.empty()));
        List<List<Object>> all = new ArrayList<>();
        q4.rows().forEach(Integer.MAX_VALUE, r -> all.add(r.cells()));
        List<Object> total = all.get(all.size() - 1);
        assertEquals("合计", total.get(1));
        assertEquals(1L, total.get(8), "visits in Q4: " + total);
        assertEquals(1L, total.get(13), "政策宣传: " + total);
        assertEquals(1L, total.get(15), "still open: " + total);
        assertEquals(1L, total.get(16), "overdue: " + total);
    }

    @Test
    void coverageIsExact() {
        assertEquals(new BigDecimal("33.33"), cn.gridledger.logic.report.VisitCoverageTestAccess.rate(1, 3));
        assertEquals(new BigDecimal("66.67"), cn.gridledger.logic.report.VisitCoverageTestAccess.rate(2, 3));
        assertEquals(new BigDecimal("0.01"), cn.gridledger.logic.report.VisitCoverageTestAccess.rate(1, 10_000));
        assertEquals(null, cn.gridledger.logic.report.VisitCoverageTestAccess.rate(0, 0));
    }

    @Test
    void exportedWorkbookReadsBackInTheCountyLayout() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        ExportSummary s = app.reports().export(List.of(ReportKind.VISITS), new Request(Q3, null,
                new Footer("张填表", "李审核", "0311-1234567", null)), out, false, Progress.NONE);
        Path file = out.resolve("安恕镇_走访工作统计表_2026Q3.xlsx");
        assertEquals(file, s.files().get(0).file());
        assertEquals(3, s.files().get(0).rows(), "three grids");
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("安恕镇2026年第3季度走访工作统计表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(0, 0, 0, 16)), "title merged");
            String info = text(sheet.getRow(1), f);
            assertTrue(info.contains("填报单位：安恕镇人民政府（盖章）") && info.contains("2026年9月30日"), info);
            assertEquals("农户", sheet.getRow(2).getCell(3).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(2, 2, 3, 5)), "农户 spans three columns");
            assertEquals("走访覆盖率（%）", sheet.getRow(3).getCell(5).getStringCellValue());
            XSSFRow total = null;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null && row.getCell(1) != null && "合计".equals(f.formatCellValue(row.getCell(1)))) {
                    total = row;
                }
            }
            assertTrue(total != null, "合计 row");
            assertEquals(CellType.NUMERIC, total.getCell(5).getCellType());
            assertEquals(80.0, total.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(5.0, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(1.0, total.getCell(16).getNumericCellValue(), 1e-9);
            StringBuilder all = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                all.append(text(sheet.getRow(r), f)).append('\n');
            }
            assertTrue(all.toString().contains("66.67"), all.toString());
            assertTrue(all.toString().contains("填表人：张填表"), all.toString());
            assertTrue(all.toString().contains("走访覆盖率＝已走访户数÷户数×100%"), all.toString());
            assertEquals(3, sheet.getPrintSetup().getPaperSize() == 9 ? 3 : -1, "A4");
        }
    }

    private static String text(XSSFRow row, DataFormatter f) {
        StringBuilder sb = new StringBuilder();
        if (row != null) {
            row.forEach(c -> sb.append(f.formatCellValue(c)).append('\t'));
        }
        return sb.toString();
    }
}
