package cn.gridledger.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;

/**
 * #15: a township corrects its own C2 export in Excel and imports it again: an episode's elimination, a new
 * award and a new address arrive as changes of that household; a 防返贫监测记录 the importer cannot read is
 * an error on that cell, and the household is left as it was.
 */
class HouseholdLedgerEditTest {

    @TempDir
    Path dir;

    @Test
    void editsInTheExtraColumnsComeBackAsChangesAndUnreadableCellsAsErrors() throws Exception {
        Path db = dir.resolve("e.db");
        Path file = dir.resolve("c2.xlsx");
        String thisMonth = YearMonth.now().toString();
        int thisYear = YearMonth.now().getYear();
        try (AppServices app = AppServices.open(db)) {
            app.demo().generate(300, 5, Progress.NONE);
            app.session().signIn(CurrentUser.COMMAND_LINE);
            app.reports().export(List.of(ReportKind.HOUSEHOLD_LEDGER), new Request(Quarter.current(), null, Footer.empty()),
                    file, true, Progress.NONE);

            String edited;
            String broken;
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheetAt(0);
                DataFormatter f = new DataFormatter();
                Row heading = headingRow(s, f);
                int hhNo = column(heading, f, "户编号");
                int address = column(heading, f, "家庭住址");
                int awards = column(heading, f, "示范户称号");
                int monitoring = column(heading, f, "防返贫监测记录");
                edited = firstHousehold(s, f, hhNo, monitoring, "未消除");
                broken = firstOtherHousehold(s, f, hhNo, edited);
                for (Row r : s) {
                    String no = f.formatCellValue(r.getCell(hhNo));
                    if (no.equals(edited)) {
                        String cell = f.formatCellValue(r.getCell(monitoring));
                        int last = cell.lastIndexOf("未消除");
                        cell(r, monitoring).setCellValue(cell.substring(0, last) + "已消除，消除方式：自然消除，消除年月："
                                + thisMonth.replace('-', '.') + cell.substring(last + 3));
                        String given = f.formatCellValue(r.getCell(awards));
                        cell(r, awards).setCellValue((given.isEmpty() ? "" : given + "、") + thisYear + "年省级好家风家庭");
                        cell(r, address).setCellValue("新地址1号");
                    } else if (no.equals(broken)) {
                        cell(r, monitoring).setCellValue("边缘易致贫户，风险：因病");
                    }
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }

            ImportReport r = app.importer().importFile(file, ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false),
                    Progress.NONE);
            List<RowOutcome> changed = r.rows().stream().filter(o -> o.rowClass() == RowClass.CHANGED).toList();
            assertEquals(1, changed.size(), describe(r));
            String changes = String.join("\n", changed.get(0).changes());
            assertTrue(changes.contains("监测记录（") && changes.contains("已消除，消除方式：自然消除"), changes);
            assertTrue(changes.contains("新增示范户称号：" + thisYear + "年省级好家风家庭"), changes);
            assertTrue(changes.contains("家庭住址：") && changes.contains("→ 新地址1号"), changes);
            List<RowOutcome> errors = r.rows().stream().filter(o -> o.rowClass() == RowClass.ERROR).toList();
            assertTrue(!errors.isEmpty(), describe(r));
            CellIssue issue = errors.get(0).issues().stream().filter(CellIssue::isError).findFirst().orElseThrow();
            assertEquals("防返贫监测记录", issue.field(), issue.describe());
            assertTrue(issue.describe().contains("缺少识别年月"), issue.describe());
            assertEquals(0, r.newRows(), describe(r));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT h.address, (SELECT count(*) FROM award a WHERE a.household_id = h.id AND a.year = """ + thisYear + """

                               AND a.level = '省' AND a.award_type = '好家风家庭'),
                           (SELECT count(*) FROM monitoring mo WHERE mo.household_id = h.id AND mo.risk_eliminated = 1
                               AND mo.elimination_method = '自然消除' AND mo.eliminated_month = '""" + thisMonth + """
                    ') FROM household h WHERE h.address = '新地址1号'""")) {
                assertTrue(rs.next(), "the household took the new address");
                assertEquals(1, rs.getInt(2), "the award was added");
                assertEquals(1, rs.getInt(3), "the episode was brought up to date");
            }
        }
    }

    private static String describe(ImportReport r) {
        return r.countsLine() + "\n" + r.rows().stream().filter(o -> o.rowClass() != RowClass.UNCHANGED).limit(10)
                .map(o -> o.excelRow() + " " + o.name() + " " + o.rowClass() + " " + o.changes() + " "
                        + o.issues().stream().map(CellIssue::describe).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The cell to write a new text into: made afresh (with the old one's style), because the export writes
     * inline strings and POI's setCellValue on an inline-string cell keeps the old text.
     */
    private static Cell cell(Row r, int column) {
        Cell old = r.getCell(column);
        if (old == null) {
            return r.createCell(column);
        }
        var style = old.getCellStyle();
        r.removeCell(old);
        Cell fresh = r.createCell(column);
        fresh.setCellStyle(style);
        return fresh;
    }

    private static Row headingRow(Sheet s, DataFormatter f) {
        for (Row r : s) {
            if (r.getCell(0) != null && "序号".equals(f.formatCellValue(r.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("no heading row");
    }

    private static int column(Row heading, DataFormatter f, String label) {
        for (Cell c : heading) {
            if (label.equals(f.formatCellValue(c))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    /** The 户编号 of the first household whose monitoring cell contains {@code text}. */
    private static String firstHousehold(Sheet s, DataFormatter f, int hhNo, int monitoring, String text) {
        for (Row r : s) {
            String no = f.formatCellValue(r.getCell(hhNo));
            if (!no.isEmpty() && r.getCell(monitoring) != null && f.formatCellValue(r.getCell(monitoring)).contains(text)) {
                return no;
            }
        }
        throw new AssertionError("no household with " + text);
    }

    private static String firstOtherHousehold(Sheet s, DataFormatter f, int hhNo, String not) {
        boolean heading = true;
        for (Row r : s) {
            String no = f.formatCellValue(r.getCell(hhNo));
            if (heading) {
                heading = !"户编号".equals(no);
                continue;
            }
            if (no.matches("\\d{10,}") && !no.equals(not)) {
                return no;
            }
        }
        assertNotNull(null, "another household");
        return null;
    }
}
