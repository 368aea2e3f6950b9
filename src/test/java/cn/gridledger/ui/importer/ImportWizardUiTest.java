package cn.gridledger.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.sampledata.SampleRosters;
import cn.gridledger.sampledata.SampleTownship;
import cn.gridledger.ui.GridLedgerApp;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The 数据导入 wizard on the sample township, driven headless under Monocle with the sample cadre roster. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {

    private static final Path CADRES = Path.of("sample-data", "rosters", "干部花名册_示例.xlsx");

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(SampleTownship.create(dir.resolve("import-" + System.nanoTime() + ".db")));
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static ImportPage page(FxRobot robot) {
        BorderPane root = robot.lookup("#import-page").queryAs(BorderPane.class);
        return (ImportPage) root.getProperties().get(ImportPage.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static boolean exists(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    @Test
    void walksTheSampleCadreRosterFromFileToCommittedImport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-import");
        assertTrue(text(robot, "#step-file").contains("选择文件"));
        ImportPage page = page(robot);

        robot.interact(() -> page.chooseFile(CADRES));
        waitFor(() -> exists(robot, "#import-file"));
        assertTrue(text(robot, "#import-file").contains("干部花名册_示例.xlsx"), text(robot, "#import-file"));
        assertTrue(robot.lookup("#kind-cadre").queryAs(RadioButton.class).isSelected(), "kind detected from the header");
        snapshot(robot, 1);

        robot.clickOn("#import-next");
        assertTrue(robot.lookup("#sheet-0").queryAs(CheckBox.class).isSelected());
        List<CheckBox> sheets = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getId() != null && c.getId().startsWith("sheet-")).toList();
        for (CheckBox c : sheets) {
            if (c.getText().contains("（已隐藏）")) {
                assertFalse(c.isSelected(), "hidden sheets start unchecked: " + c.getText());
            }
        }
        snapshot(robot, 2);

        robot.clickOn("#import-next");
        assertTrue(exists(robot, "#import-top-rows"));
        assertTrue(robot.lookup(".sheet-header-cell").queryAllAs(Label.class).stream().anyMatch(l -> "姓名".equals(l.getText())),
                "the detected header row is highlighted");
        assertTrue(exists(robot, "#map-1"), "a drop-down per column");
        assertEquals(new HeaderView.Choice(RosterField.NAME), mapBox(robot, 1).getValue());
        robot.interact(() -> mapBox(robot, 0).setValue(new HeaderView.Choice(RosterField.NAME)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("未使用", mapBox(robot, 1).getValue().toString(), "姓名 moved from B to A");
        robot.interact(() -> mapBox(robot, 1).setValue(new HeaderView.Choice(RosterField.NAME)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> mapBox(robot, 0).setValue(new HeaderView.Choice(RosterField.SEQ)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RosterField.SEQ, page.model().mapping(0).fieldAt(0).orElseThrow());
        assertEquals(RosterField.NAME, page.model().mapping(0).fieldAt(1).orElseThrow());
        robot.interact(() -> page.saveMapping(page.model().sheet(0), "县组织部花名册"));
        assertEquals("正在使用映射方案“县组织部花名册”", text(robot, "#import-saved-mapping"));
        snapshot(robot, 3);

        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-counts"));
        int good = SampleRosters.CADRE_ROWS - SampleRosters.CADRE_ERRORS;
        assertEquals("新增 " + good + " · 更新 0 · 无变化 0 · 错误 " + SampleRosters.CADRE_ERRORS + " · 警告 "
                + SampleRosters.CADRE_WARNINGS, text(robot, "#import-counts"));
        @SuppressWarnings("unchecked")
        TableView<ImportWizardModel.RowLine> rows = robot.lookup("#import-rows").queryAs(TableView.class);
        assertEquals(SampleRosters.CADRE_ERRORS, rows.getItems().size(), "errors shown first");
        assertTrue(rows.getItems().stream().allMatch(l -> l.detail().startsWith("第" + l.excelRow() + "行")),
                "each error names its cell: " + rows.getItems());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> detail = rows.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.isVisible() && c.getWidth() > 0
                        && c.getText() != null && c.getText().equals(rows.getItems().get(0).detail()))
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n).findFirst().orElseThrow();
        assertTrue(cn.gridledger.ui.common.CellTips.installed(rows), "long 说明 show whole on hover");
        if (cn.gridledger.ui.common.CellTips.longText(detail.getText())
                || cn.gridledger.ui.common.CellTips.cut(detail, detail.getText())) {
            assertEquals(detail.getText(), detail.getTooltip().getText());
        }
        Path marked = dir.resolve("marked-" + System.nanoTime() + ".xlsx");
        robot.interact(() -> page.writeErrorWorkbook(marked));
        assertTrue(Files.size(marked) > 0);
        snapshot(robot, 4);

        robot.clickOn("#import-next");
        assertTrue(text(robot, "#import-plan").contains("新增 " + good + " 行"));
        robot.clickOn("#import-run");
        waitFor(() -> exists(robot, "#import-result"));
        assertTrue(text(robot, "#import-result").startsWith("导入完成：新增 " + good + " 行"), text(robot, "#import-result"));
        assertTrue(exists(robot, "#import-again"));
        snapshot(robot, 5);

        ImportReport again = services.importer().analyse(CADRES, ImportService.Options.of(RosterKind.CADRE, null, true, false),
                Progress.NONE);
        assertEquals(good, again.unchangedRows(), "the cadres are in the database now");
        assertEquals(0, again.newRows());

        robot.clickOn("#import-again");
        assertTrue(robot.lookup("#step-file").queryAs(Label.class).getStyleClass().contains("step-current"));
        robot.interact(() -> page.chooseFile(CADRES));
        waitFor(() -> text(robot, "#import-message").contains("县组织部花名册"));
    }

    /** Through the wizard to the summary of a committed import of the sample cadre roster. */
    private static void importSampleCadres(FxRobot robot, ImportPage page) throws Exception {
        robot.clickOn("#nav-import");
        toImportStep(robot, page);
        robot.clickOn("#import-run");
        waitFor(() -> exists(robot, "#import-result"));
    }

    /** The sample cadre roster chosen and taken through header, mapping and preview to the 导入 step. */
    private static void toImportStep(FxRobot robot, ImportPage page) throws Exception {
        robot.interact(() -> page.chooseFile(CADRES));
        waitFor(() -> exists(robot, "#import-file"));
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-counts"));
        robot.clickOn("#import-next");
    }

    @Test
    void undoButtonAsksThenPutsTheDatabaseBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        importSampleCadres(robot, page);
        Button undo = shownUndoButton(robot);
        assertFalse(undo.isDisabled());
        assertTrue(text(robot, "#import-undo-note").contains("可以撤销本次导入"), text(robot, "#import-undo-note"));
        snapshot(robot, 6);

        // the button itself, not a query by id: a query over every window once met a node without a
        // scene (CI, 2026-11-22) and failed with TestFX's NullPointerException
        robot.clickOn(undo);
        Button yes = robot.lookup((Node n) -> n instanceof Button b && "确定".equals(b.getText())).queryAs(Button.class);
        assertTrue(robot.lookup((Node n) -> n instanceof Button b && "取消".equals(b.getText())).tryQuery().isPresent(),
                "Chinese buttons on the confirmation");
        robot.clickOn(yes);
        waitFor(() -> text(robot, "#import-undo-note").startsWith("本次导入已撤销"));
        assertTrue(undo.isDisabled());
        ImportReport after = services.importer().analyse(CADRES, ImportService.Options.of(RosterKind.CADRE, null, true, false),
                Progress.NONE);
        assertEquals(SampleRosters.CADRE_ROWS - SampleRosters.CADRE_ERRORS, after.newRows(), "the cadres are gone again");
    }

    private static Button shownUndoButton(FxRobot robot) throws Exception {
        java.util.function.Predicate<Node> shown = n -> n.getScene() != null && n.isVisible();
        waitFor(() -> robot.lookup("#import-undo").match(shown).tryQuery().isPresent());
        return robot.lookup("#import-undo").match(shown).queryAs(Button.class);
    }

    @Test
    void undoButtonIsDisabledAndExplainedOnceSomethingElseChanged(FxRobot robot) throws Exception {
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        importSampleCadres(robot, page);
        services.backup().chooseFolder(null); // a change made elsewhere (audited as 修改)
        robot.clickOn("#nav-settings");
        robot.clickOn("#nav-import");
        waitFor(() -> robot.lookup("#import-undo").queryAs(Button.class).isDisabled());
        assertEquals("导入后已有其他修改，不能撤销；如需恢复请到“备份与设置”", text(robot, "#import-undo-note"));
    }

    @Test
    void aBrokenWorkbookIsRefusedInChineseInThePage(FxRobot robot) throws Exception {
        Path garbage = dir.resolve("花名册.xlsx");
        byte[] junk = new byte[600];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        Files.write(garbage, junk); // starts like an .xlsx, the rest is broken
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        robot.interact(() -> page.chooseFile(garbage));
        waitFor(() -> text(robot, "#import-refusal").startsWith("无法导入“花名册.xlsx”"));
        String shown = text(robot, "#import-refusal");
        assertTrue(shown.matches(".*[\\u4e00-\\u9fff]{4,}.*") && !shown.contains("Exception"), shown);
        assertFalse(exists(robot, "#import-file"));
        robot.clickOn("#import-next");
        assertEquals("请先选择要导入的文件。", text(robot, "#import-message"));
    }

    @Test
    void anEncryptedWorkbookIsRefusedWithTheReason(FxRobot robot) throws Exception {
        Path encrypted = dir.resolve("加密.xlsx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var enc = info.getEncryptor();
            enc.confirmPassword("123456");
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var os = enc.getDataStream(fs)) {
                wb.createSheet("花名册").createRow(0).createCell(0).setCellValue("姓名");
                wb.write(os);
            }
            try (var out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        robot.interact(() -> page.chooseFile(encrypted));
        waitFor(() -> text(robot, "#import-refusal").contains("加密"));
    }

    @Test
    void aGridWorkerSeesWhyTheyCannotImport(FxRobot robot) throws Exception {
        services.session().signIn(new cn.gridledger.logic.security.CurrentUser(7, "wgy", "网格员甲",
                cn.gridledger.logic.security.Role.GRID_WORKER, java.util.Set.of()));
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        // refused at the first step: reading a roster compares it with every household (ImportService.preview)
        robot.interact(() -> page.chooseFile(CADRES));
        waitFor(() -> text(robot, "#import-refusal").contains("只有管理员可以导入花名册。"));
    }

    /** A roster naming a village the township lacks: the preview names it, one click adds it, the check is redone. */
    @Test
    void villagesTheTownshipLacksAreAddedFromThePreview(FxRobot robot) throws Exception {
        var wb = cn.gridledger.logic.importer.RosterWorkbooks.newWorkbook(true);
        var sheet = wb.createSheet("两委");
        String first17 = "13010219800101001";
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet, 0, "村（社区）", "姓名", "身份证号", "现任职务");
        cn.gridledger.logic.importer.RosterWorkbooks.row(sheet, 1, "福安村", "牛犇",
                first17 + cn.gridledger.logic.validate.IdNumbers.checkDigit(first17), "村委会主任");
        Path file = cn.gridledger.logic.importer.RosterWorkbooks.save(wb, dir.resolve("福安村两委.xlsx"));
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        robot.interact(() -> page.chooseFile(file));
        waitFor(() -> exists(robot, "#import-file"));
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        assertTrue(exists(robot, "#import-village"), "本表所属村 is offered on the header step");
        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-counts"));
        assertTrue(text(robot, "#import-counts").contains("错误 1"), text(robot, "#import-counts"));
        assertTrue(text(robot, "#import-unknown-villages").contains("福安村"), text(robot, "#import-unknown-villages"));
        snapshot(robot, 7);
        robot.interact(page::addUnknownVillages);
        waitFor(() -> text(robot, "#import-counts").contains("新增 1"));
        assertTrue(text(robot, "#import-counts").contains("错误 0"), text(robot, "#import-counts"));
        assertFalse(exists(robot, "#import-unknown-villages"));
        assertTrue(services.township().villages().stream().anyMatch(v -> v.name().equals("福安村")));
        snapshot(robot, 8);
    }

    /** A ledger sent again without one member: the preview lists them, the user picks 死亡 and a day, the import ends them. */
    @Test
    void membersLeftOutOfAReimportedLedgerAreListedAndEndedOnlyAsChosen(FxRobot robot) throws Exception {
        Path ledger = Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx");
        Path shorter = dir.resolve("少一人-" + System.nanoTime() + ".xlsx");
        String dropped = cn.gridledger.testing.LedgerEdits.withoutFirstNonHead(ledger, shorter);
        services.importer().importFile(ledger,
                ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false), Progress.NONE);
        robot.clickOn("#nav-import");
        ImportPage page = page(robot);
        robot.interact(() -> page.chooseFile(shorter));
        waitFor(() -> exists(robot, "#import-file"));
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-missing-title"));
        assertTrue(text(robot, "#import-missing-title").contains("1 人"), text(robot, "#import-missing-title"));
        javafx.scene.layout.GridPane list = robot.lookup("#import-missing-list").queryAs(javafx.scene.layout.GridPane.class);
        assertTrue(list.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(dropped)));
        @SuppressWarnings("unchecked")
        ComboBox<cn.gridledger.model.code.DepartureReason> choice = (ComboBox<cn.gridledger.model.code.DepartureReason>)
                list.getChildren().stream().filter(n -> n instanceof ComboBox).findFirst().orElseThrow();
        assertEquals("保留在原户", choice.getConverter().toString(choice.getValue()), "nobody leaves unless chosen");
        snapshot(robot, 9);

        robot.interact(() -> {
            choice.setValue(cn.gridledger.model.code.DepartureReason.死亡);
            robot.lookup("#import-missing-date").queryAs(javafx.scene.control.TextField.class)
                    .setText(java.time.LocalDate.now().plusDays(3).toString());
        });
        robot.clickOn("#import-next");
        assertEquals("移出日期不能晚于今天。", text(robot, "#import-message"));
        String today = java.time.LocalDate.now().toString();
        robot.interact(() -> robot.lookup("#import-missing-date").queryAs(javafx.scene.control.TextField.class)
                .setText(today));
        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-missing-plan"));
        assertTrue(text(robot, "#import-missing-plan").contains("1 人将移出（死亡 1，移出日期 " + today),
                text(robot, "#import-missing-plan"));
        robot.clickOn("#import-run");
        waitFor(() -> exists(robot, "#import-result"));
        assertTrue(text(robot, "#import-missing-done").contains("已按所选原因移出 1 人（死亡 1）"),
                text(robot, "#import-missing-done"));
        snapshot(robot, 10);
        ImportReport again = services.importer().analyse(shorter,
                ImportService.Options.of(RosterKind.HOUSEHOLD, null, true, false), Progress.NONE);
        assertTrue(again.missingMembers().isEmpty(), "the person has left: " + again.missingMembers());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<HeaderView.Choice> mapBox(FxRobot robot, int column) {
        return robot.lookup("#map-" + column).queryAs(ComboBox.class);
    }

    /** With -Dimport.snapshots=DIR, each step is saved as a PNG for a look. */
    private static void snapshot(FxRobot robot, int step) throws Exception {
        String target = System.getProperty("import.snapshots");
        if (target == null) {
            return;
        }
        var image = new javafx.scene.image.WritableImage[1];
        Node any = robot.lookup("#import-page").query();
        robot.interact(() -> image[0] = any.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(target, "import-step-" + step + ".png"));
    }
}
