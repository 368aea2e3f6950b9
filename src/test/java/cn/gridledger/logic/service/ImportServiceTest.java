package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.sampledata.SampleRosters;
import cn.gridledger.sampledata.SampleTownship;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample rosters of sample-data/rosters imported end to end into a real SQLite file. */
class ImportServiceTest {

    /** The committed samples; {@link SampleRosters} regenerates them (see sample-data/rosters/README.md). */
    private static final Path samples = Path.of("sample-data", "rosters");

    @TempDir
    Path dir;

    @Test
    void theGeneratorWritesWhatIsCommitted(@TempDir Path fresh) throws Exception {
        SampleRosters.generate(fresh);
        try (var files = java.nio.file.Files.list(samples)) {
            assertEquals(5, files.count(), "four rosters and the README");
        }
        try (AppServices app = open()) {
            ImportReport r = app.importer().importFile(fresh.resolve("干部花名册_示例.xlsx"),
                    ImportService.Options.of(RosterKind.CADRE, null, true, false), Progress.NONE);
            assertEquals(SampleRosters.CADRE_ERRORS, r.errorRows(), describe(r));
        }
    }

    private AppServices open() {
        return AppServices.open(SampleTownship.create(dir.resolve("t.db")));
    }

    private static String describe(ImportReport r) {
        return r.countsLine() + "\n" + r.rows().stream().map(o -> o.excelRow() + " " + o.name() + " " + o.rowClass().label()
                + " " + o.issues().stream().map(CellIssue::describe).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"干部花名册_示例.xlsx", "干部花名册_示例.xls"})
    void cadreRosterImportsWithExactCounts(String name) {
        try (AppServices app = open()) {
            ImportReport r = app.importer().importFile(samples.resolve(name),
                    ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE);
            String why = describe(r);
            assertEquals(SampleRosters.CADRE_ROWS, r.rows().size(), why);
            assertEquals(SampleRosters.CADRE_ERRORS, r.errorRows(), why);
            assertEquals(SampleRosters.CADRE_ROWS - SampleRosters.CADRE_ERRORS, r.newRows(), why);
            assertEquals(SampleRosters.CADRE_WARNINGS, r.warningRows(), why);
            assertEquals(3, r.headerRow());
            assertTrue(r.committed());

            ImportReport again = app.importer().importFile(samples.resolve(name),
                    ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE);
            assertEquals(SampleRosters.CADRE_ROWS - SampleRosters.CADRE_ERRORS, again.unchangedRows(), describe(again));
            assertEquals(0, again.newRows(), describe(again));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"农户信息台账_示例.xlsx", "农户信息台账_示例.xls"})
    void householdLedgerImportsWithExactCounts(String name) {
        try (AppServices app = open()) {
            ImportReport r = app.importer().importFile(samples.resolve(name),
                    ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false), Progress.NONE);
            String why = describe(r);
            assertEquals(SampleRosters.HOUSEHOLD_ROWS, r.rows().size(), why);
            assertEquals(SampleRosters.HOUSEHOLD_ERRORS, r.errorRows(), why);
            assertEquals(SampleRosters.HOUSEHOLD_ROWS - SampleRosters.HOUSEHOLD_ERRORS, r.newRows(), why);
            assertEquals(SampleRosters.HOUSEHOLD_WARNINGS, r.warningRows(), why);

            ImportReport again = app.importer().importFile(samples.resolve(name),
                    ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false), Progress.NONE);
            assertEquals(0, again.newRows(), describe(again));
            assertEquals(SampleRosters.HOUSEHOLD_ROWS - SampleRosters.HOUSEHOLD_ERRORS, again.unchangedRows(), describe(again));
        }
    }

    @Test
    void strictWithErrorsCommitsNothingAndDryRunNeverCommits() {
        try (AppServices app = open()) {
            Path file = samples.resolve("干部花名册_示例.xlsx");
            ImportReport strict = app.importer().importFile(file, ImportService.Options.of(RosterKind.CADRE, null, false, true),
                    Progress.NONE);
            assertFalse(strict.committed());
            ImportReport dry = app.importer().importFile(file, ImportService.Options.of(RosterKind.CADRE, null, true, false),
                    Progress.NONE);
            assertFalse(dry.committed());
            assertEquals(SampleRosters.CADRE_ROWS - SampleRosters.CADRE_ERRORS, dry.newRows(), "nothing was written before");
        }
    }

    @Test
    void aChangedFieldIsReportedOldToNew() throws Exception {
        try (AppServices app = open()) {
            Path file = samples.resolve("干部花名册_示例.xlsx");
            app.importer().importFile(file, ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE);
            Path edited = dir.resolve("edited.xlsx");
            try (var in = java.nio.file.Files.newInputStream(file);
                 var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
                 var out = java.nio.file.Files.newOutputStream(edited)) {
                wb.getSheetAt(0).getRow(6).getCell(8).setCellValue("群众"); // 李秀英 中共党员 → 群众
                wb.write(out);
            }
            ImportReport r = app.importer().importFile(edited, ImportService.Options.of(RosterKind.CADRE, null, true, false),
                    Progress.NONE);
            RowOutcome changed = r.rows().stream().filter(o -> o.rowClass() == RowClass.CHANGED).findFirst().orElseThrow();
            assertEquals("李秀英", changed.name(), describe(r));
            assertEquals(java.util.List.of("政治面貌：中共党员 → 群众"), changed.changes());
        }
    }
}
