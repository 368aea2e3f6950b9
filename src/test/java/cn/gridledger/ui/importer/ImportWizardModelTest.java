package cn.gridledger.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.sampledata.SampleRosters;
import cn.gridledger.sampledata.SampleTownship;
import cn.gridledger.ui.importer.ImportWizardModel.Filter;
import cn.gridledger.ui.importer.ImportWizardModel.Step;

/** The wizard's state without the FX thread, on the sample township and the sample rosters. */
class ImportWizardModelTest {

    private static final Path CADRES = Path.of("sample-data", "rosters", "干部花名册_示例.xlsx");
    private static final Path HOUSEHOLDS = Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx");

    @TempDir
    Path dir;

    private AppServices open() {
        return AppServices.open(SampleTownship.create(dir.resolve("t.db")));
    }

    @Test
    void readsTheKindSheetsAndMappingFromTheFile() {
        try (AppServices app = open()) {
            ImportWizardModel m = new ImportWizardModel(app.importer());
            assertEquals("请先选择要导入的文件。", m.blocker());
            m.load(HOUSEHOLDS);
            assertEquals(RosterKind.HOUSEHOLD, m.kind());
            assertEquals(List.of(0), m.chosenSheets());
            assertTrue(m.fields().contains(RosterField.HOUSEHOLD_NO));
            assertFalse(m.fields().contains(RosterField.POST), "cadre fields are not offered for a household ledger");
            m.load(CADRES);
            assertEquals(RosterKind.CADRE, m.kind());
            assertTrue(m.mapping(0).has(RosterField.NAME));
        }
    }

    @Test
    void aMappingWithoutNameBlocksTheNextStepAndASavedMappingIsAppliedNextTime() {
        try (AppServices app = open()) {
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(CADRES);
            int nameColumn = m.mapping(0).columnOf(RosterField.NAME).getAsInt();
            int remarkColumn = m.mapping(0).columnOf(RosterField.REMARK).getAsInt();
            m.goTo(Step.HEADER);
            m.map(0, nameColumn, null);
            assertTrue(m.blocker().contains("姓名"), m.blocker());
            m.map(0, nameColumn, RosterField.NAME);
            m.map(0, remarkColumn, null);
            assertNull(m.blocker());
            m.saveMapping(0, "  不要备注 ");

            ImportWizardModel again = new ImportWizardModel(app.importer());
            again.load(CADRES);
            assertEquals("不要备注", again.savedMappingName(0).orElseThrow());
            assertFalse(again.mapping(0).has(RosterField.REMARK), "the saved mapping was applied");
        }
    }

    /** Long enough for the importer to look at the cancel flag (it does every few hundred rows). */
    private Path bigRoster() {
        Path file = dir.resolve("big.xlsx");
        try {
            cn.gridledger.logic.importer.SyntheticCadreRoster.write(file, 1200,
                    SampleRosters.VILLAGES.stream().map(v -> v[1]).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** 报送 (#15): a cadre roster whose post starts in the submitted 2026Q3 is asked the reason like a ledger. */
    @Test
    void aCadreRosterReachingASubmittedQuarterAsksTheReason() throws Exception {
        Path db = cn.gridledger.testing.SubmittedLedger.create(dir.resolve("r.db"), dir);
        Path file = new cn.gridledger.testing.CadreRosterFile().post("张新", "男", "1990.05", "安恕村", "村委会委员",
                "2026.08").write(dir.resolve("late.xlsx"));
        try (AppServices app = AppServices.open(db)) {
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(file);
            assertEquals(RosterKind.CADRE, m.kind());
            m.analysed(m.analyse(Progress.NONE));
            assertEquals(List.of("张新 两委委员 任职 2026.08.01（2026年第3季度）"), m.lateEdits());
            assertTrue(m.lateReasonMissing(), "导入 stays off until a reason is typed");
            assertThrows(cn.gridledger.logic.service.SubmittedQuarterException.class, () -> m.importNow(Progress.NONE));
            m.lateEditReason("任职文件核实后补录");
            assertFalse(m.lateReasonMissing());
            ImportReport done = m.importNow(Progress.NONE);
            assertTrue(done.committed());
            assertEquals(1, app.submissions().lateEdits().size());
        }
    }

    @Test
    void analysesFiltersAndImportsOrRollsBackOnCancel() {
        try (AppServices app = open()) {
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(CADRES);
            m.analysed(m.analyse(Progress.NONE));
            int good = SampleRosters.CADRE_ROWS - SampleRosters.CADRE_ERRORS;
            assertEquals(good, m.analysis().newRows());
            assertEquals(SampleRosters.CADRE_ERRORS, m.lines(Filter.ERROR).size());
            assertEquals(SampleRosters.CADRE_WARNINGS, m.lines(Filter.WARNING).size());
            assertEquals(SampleRosters.CADRE_ROWS, m.lines(Filter.ALL).size());
            assertTrue(m.lines(Filter.ERROR).get(0).detail().startsWith("第"), m.lines(Filter.ERROR).toString());

            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            ImportWizardModel big = new ImportWizardModel(app.importer());
            big.load(bigRoster());
            long before = big.analyse(Progress.NONE).newRows();
            assertTrue(before > 0);
            assertThrows(Progress.CancelledException.class, () -> big.importNow(cancelled));
            assertEquals(before, big.analyse(Progress.NONE).newRows(), "a cancelled import wrote nothing");

            ImportReport done = m.importNow(Progress.NONE);
            assertTrue(done.committed());
            assertEquals(good, m.analyse(Progress.NONE).unchangedRows());
        }
    }

    /** 本表所属村 for a file without a 村 column; villages the file names but the township lacks, added in one step. */
    @Test
    void theFilesVillageCanBeChosenAndUnknownVillagesAddedInOneStep() throws Exception {
        var wb = cn.gridledger.logic.importer.RosterWorkbooks.newWorkbook(true);
        var sheet = wb.createSheet("Sheet1");
        String first17 = "13010219800101001";
        String id = first17 + cn.gridledger.logic.validate.IdNumbers.checkDigit(first17);
        String first17b = "13010219810202002";
        String idB = first17b + cn.gridledger.logic.validate.IdNumbers.checkDigit(first17b);
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet, 0, "姓名", "身份证号", "现任职务");
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet, 1, "马良", id, "村委会主任");
        Path noVillage = cn.gridledger.logic.importer.RosterWorkbooks.save(wb, dir.resolve("无村列.xlsx"));
        var wb2 = cn.gridledger.logic.importer.RosterWorkbooks.newWorkbook(true);
        var sheet2 = wb2.createSheet("Sheet1");
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet2, 0, "村", "姓名", "身份证号", "现任职务");
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet2, 1, "福安村", "牛犇", idB, "村委会主任");
        Path strange = cn.gridledger.logic.importer.RosterWorkbooks.save(wb2, dir.resolve("外村.xlsx"));
        try (AppServices app = open()) {
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(noVillage);
            m.analysed(m.analyse(Progress.NONE));
            assertEquals(1, m.analysis().errorRows());
            m.chooseVillage("130102100202");
            assertNull(m.analysis(), "a new choice needs a new check");
            m.analysed(m.analyse(Progress.NONE));
            assertEquals(0, m.analysis().errorRows(), m.analysis().rows().toString());

            m.load(strange);
            m.chooseVillage(null);
            m.analysed(m.analyse(Progress.NONE));
            assertEquals(List.of("福安村"), List.copyOf(m.analysis().unknownVillages().keySet()));
            var added = m.addUnknownVillages();
            assertEquals("福安村", added.get(0).name());
            m.analysed(m.analyse(Progress.NONE));
            assertEquals(0, m.analysis().errorRows(), m.analysis().rows().toString());
            assertTrue(m.villages().stream().anyMatch(v -> v.name().equals("福安村")));
        }
    }

    @Test
    void aHeaderFoundByItsShapeBlocksTheHeaderStepUntilItTellsWhoEachRowIs() throws Exception {
        var wb = cn.gridledger.logic.importer.RosterWorkbooks.newWorkbook(true);
        var sheet = wb.createSheet("名单");
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet, 0, "人员", "编码", "岗位");
        String first17 = "13010219800101001";
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet, 1, "马良", first17 + cn.gridledger.logic.validate.IdNumbers.checkDigit(first17), "村委会主任");
        Path file = cn.gridledger.logic.importer.RosterWorkbooks.save(wb, dir.resolve("名单.xlsx"));
        try (AppServices app = open()) {
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(file);
            m.goTo(Step.HEADER);
            assertTrue(m.blocker().contains("没有对应“姓名”的列"), m.blocker());
            m.map(0, 0, RosterField.NAME);
            assertTrue(m.blocker().contains("缺少 身份证号、出生年月 中的任一列"), m.blocker());
            m.map(0, 1, RosterField.ID_NUMBER);
            assertNull(m.blocker());
        }
    }

    /** 报送 (#15): the wizard lists what the import changes inside the submitted 2026Q3 and imports only with a reason. */
    @Test
    void factsOfASubmittedQuarterNeedTheReasonBeforeTheImport() throws Exception {
        Path db = cn.gridledger.testing.SubmittedLedger.create(dir.resolve("r.db"), dir);
        try (AppServices app = AppServices.open(db)) {
            Path file = cn.gridledger.testing.SubmittedLedger.export(app, dir).without("张小明")
                    .newHousehold("130102100201000009", "新户主", "2026-09-01").write(dir.resolve("late.xlsx"));
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(file);
            m.analysed(m.analyse(Progress.NONE));
            assertEquals(List.of("新户主户 新增农户 2026.09.01（2026年第3季度）"), m.lateEdits());
            long id = m.missingMembers().get(0).memberId();
            m.chooseDeparture(id, cn.gridledger.model.code.DepartureReason.迁出);
            m.departureDay(java.time.LocalDate.of(2026, 8, 3), null);
            assertEquals(List.of("新户主户 新增农户 2026.09.01（2026年第3季度）", "张三明户 张小明 迁出 2026.08.03（2026年第3季度）"),
                    m.lateEdits(), "a departure chosen after the dry run is listed too");
            assertTrue(m.lateReasonMissing());
            assertThrows(cn.gridledger.logic.service.SubmittedQuarterException.class, () -> m.importNow(Progress.NONE));

            m.lateEditReason("  ");
            assertTrue(m.lateReasonMissing(), "a blank reason is none");
            m.lateEditReason(" 户籍核实后更正 ");
            assertFalse(m.lateReasonMissing());
            ImportReport done = m.importNow(Progress.NONE);
            assertTrue(done.committed());
            assertEquals(2, app.submissions().lateEdits().size());
            assertTrue(app.submissions().lateEdits().stream().allMatch(e -> e.reason().equals("户籍核实后更正")));
            m.reset();
            assertNull(m.lateEditReason());
        }
    }

    @Test
    void onlyChosenMembersTheAnalysisListedLeaveAndOnlyInTheRealImport() throws Exception {
        try (AppServices app = open()) {
            app.importer().importFile(HOUSEHOLDS, cn.gridledger.logic.service.ImportService.Options.of(
                    RosterKind.HOUSEHOLD, null, false, false), Progress.NONE);
            Path shorter = dir.resolve("少一人.xlsx");
            cn.gridledger.testing.LedgerEdits.withoutFirstNonHead(HOUSEHOLDS, shorter);
            ImportWizardModel m = new ImportWizardModel(app.importer());
            m.load(shorter);
            m.analysed(m.analyse(Progress.NONE));
            long id = m.missingMembers().get(0).memberId();
            m.chooseDeparture(id, cn.gridledger.model.code.DepartureReason.迁出);
            m.chooseDeparture(-7, cn.gridledger.model.code.DepartureReason.死亡); // not listed: never applied
            assertTrue(m.options(true).departures().isEmpty(), "the dry run ends nobody");
            assertEquals(List.of(id), m.options(false).departures().stream().map(d -> d.memberId()).toList());
            m.goTo(Step.PREVIEW);
            m.departureDay(null, null);
            assertEquals("请填写移出日期（年-月-日，如 2026-11-30）。", m.blocker());
            m.departureDay(java.time.LocalDate.now(), " 迁往县城 ");
            assertNull(m.blocker());
            assertEquals("迁往县城", m.options(false).departures().get(0).note());
            m.chooseDeparture(id, null);
            assertTrue(m.options(false).departures().isEmpty(), "back to 保留在原户");
            m.chooseDeparture(id, cn.gridledger.model.code.DepartureReason.迁出);
            m.reset();
            assertTrue(m.departures().isEmpty());
        }
    }
}
