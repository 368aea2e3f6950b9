package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RosterWorkbooks;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Quarter;

/**
 * Text a user typed that begins with {@code = + - @} reaches Excel as text, never as a live formula: in
 * the reports, the household ledger of one grid, and the 错误标注表 of an import (from .xlsx, .xls and .csv
 * rosters). A real negative number (R4's points) stays a number. Every file is read back with POI.
 */
class FormulaSafetyTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid\",\"点我\")";
    static final String PLUS = "+1+1";
    static final String MINUS = "-2+3";
    static final String AT = "@SUM(1,2)";
    /** In a CSV (a quoted field starting with = loses the = when read, as Excel's ="0301" convention does). */
    static final String SUM = "=1+2";
    static final Quarter Q3 = new Quarter(2026, 3);

    @TempDir
    Path dir;

    @Test
    void reportsWriteFormulaLikeEntriesAsTextAndNegativePointsAsNumbers() throws Exception {
        Path db = dir.resolve("f.db");
        ReportFixture.create(db);
        ReportFixture.addHouseholdWithPoints(db, "h9", "负分户", "2026-08-01", -8);
        try (AppServices app = AppServices.open(db)) {
            note(app, "h1", HYPERLINK);
            note(app, "h2", PLUS);
            long episode = app.monitoring().ofHousehold("h1").get(0).id();
            app.monitoring().updateMeasures(episode, MINUS, AT, "13800000000");

            var summary = app.reports().export(List.of(ReportKind.values()), new Request(Q3, null, Footer.empty()),
                    dir.resolve("out"), false, false, Progress.NONE);
            List<Read> typed = new ArrayList<>();
            boolean negative = false;
            for (var file : summary.files()) {
                for (Read cell : cells(file.file())) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, file.file().getFileName() + " holds a formula at "
                            + cell.getAddress() + ": " + cell);
                    if (cell.getCellType() == CellType.STRING && List.of(HYPERLINK, PLUS, MINUS, AT)
                            .contains(cell.getStringCellValue())) {
                        typed.add(cell);
                    }
                    negative |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == -8;
                }
            }
            List<String> found = typed.stream().map(Read::getStringCellValue).distinct().sorted().toList();
            assertEquals(List.of(PLUS, MINUS, HYPERLINK, AT).stream().sorted().toList(), found,
                    "every typed entry comes back as the same text");
            assertTrue(negative, "R4's −8 points stay a number");

            Path grid = dir.resolve("grid.xlsx");
            app.reports().exportHouseholdLedger(new ReportService.LedgerScope(Q3, null,
                    app.grids().gridByAnyCode(ReportFixture.V1 + "001")), grid, false, Progress.NONE);
            assertTrue(cells(grid).stream().anyMatch(c -> c.getCellType() == CellType.STRING
                    && HYPERLINK.equals(c.getStringCellValue())));
            assertTrue(cells(grid).stream().noneMatch(c -> c.getCellType() == CellType.FORMULA));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void theErrorWorkbookKeepsFormulaLikeEntriesAsText(String format) throws Exception {
        Path db = dir.resolve("e.db");
        ReportFixture.create(db);
        Path roster = roster(format);
        try (AppServices app = AppServices.open(db)) {
            ImportReport report = app.importer().analyse(roster,
                    ImportService.Options.of(RosterKind.CADRE, null, true, false), Progress.NONE);
            assertTrue(report.errorRows() > 0, report.countsLine());
            Path out = app.importer().writeErrorWorkbook(report, dir.resolve("errors." + (format.equals("xls") ? "xls" : "xlsx")));
            List<String> typed = new ArrayList<>();
            for (Read cell : cells(out)) {
                assertFalse(cell.getCellType() == CellType.FORMULA, "a formula at " + cell.getAddress() + ": " + cell);
                if (cell.getCellType() == CellType.STRING && List.of(HYPERLINK, SUM, PLUS, AT).contains(cell.getStringCellValue())) {
                    typed.add(cell.getStringCellValue());
                }
            }
            List<String> expected = List.of(format.equals("csv") ? SUM : HYPERLINK, PLUS, AT);
            assertTrue(typed.containsAll(expected), format + ": " + typed + " in " + cells(out));
        }
    }

    /** The cadre roster of the importer's tests with formula-like text in three of its cells. */
    private Path roster(String format) throws Exception {
        if (format.equals("csv")) {
            String csv = String.join("\r\n",
                    "序号,姓名,性别,出生年月,身份证号码,学历,学位,毕业院校及专业,现任职务,联系电话",
                    "1,张三,男,1985.03,430122198503010011,大学," + PLUS + "," + SUM + ",\"" + AT + "\",13800000000",
                    "2,李四,女,1990.01,4301221990,大专,,,村委会主任,无") + "\r\n";
            Path file = dir.resolve("cadres.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return file;
        }
        Path file = RosterWorkbooks.cadreRoster(dir, format.equals("xlsx"));
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(file))) {
            Row row = wb.getSheetAt(0).getRow(9);
            row.createCell(6).setCellValue(PLUS);
            row.createCell(7).setCellValue(HYPERLINK);
            row.createCell(8).setCellValue(AT);
            wb.getSheetAt(0).getRow(6).createCell(4).setCellValue("4301221990"); // an error row
            Path edited = dir.resolve("edited-" + file.getFileName());
            RosterWorkbooks.save(wb, edited);
            return edited;
        }
    }

    private static void note(AppServices app, String household, String notes) {
        HouseholdDetail d = app.households().load(household);
        Household h = d.household();
        Household changed = new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(),
                h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), h.dibao(), h.tekun(), h.housingStatus(),
                h.toiletStatus(), notes, h.since());
        app.households().save(new HouseholdDetail(changed, d.members(), d.monitoring(), d.awards(), d.pointsEntries(),
                d.redemptions()));
    }

    /** One cell as read back: where, its type, and its text or number. */
    record Read(String address, CellType type, String text, double number) {
        CellType getCellType() {
            return type;
        }

        String getStringCellValue() {
            return text;
        }

        double getNumericCellValue() {
            return number;
        }

        String getAddress() {
            return address;
        }
    }

    private static List<Read> cells(Path file) throws Exception {
        List<Read> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        CellType t = c.getCellType();
                        out.add(new Read(sheet.getSheetName() + "!" + c.getAddress(), t,
                                t == CellType.STRING ? c.getStringCellValue() : t == CellType.FORMULA ? c.getCellFormula() : null,
                                t == CellType.NUMERIC ? c.getNumericCellValue() : 0));
                    }
                }
            }
        }
        return out;
    }
}
