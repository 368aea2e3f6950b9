package cn.gridledger.ui.settings;

import static cn.gridledger.testing.TwoDatabases.H2;
import static cn.gridledger.testing.TwoDatabases.LAPTOP;
import static cn.gridledger.testing.TwoDatabases.TOWNSHIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ExchangeService.ConflictInfo;
import cn.gridledger.logic.service.ExchangeService.ConflictLine;
import cn.gridledger.logic.service.ExchangeService.PartnerInfo;
import cn.gridledger.testing.TwoDatabases;
import cn.gridledger.ui.GridLedgerApp;
import cn.gridledger.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 备份与设置 → 交换包 on a grid worker's laptop (a copy of the township's database), with the township's database as
 * the other side: the laptop's identity set up from the pane, a package exported for the township, the township's
 * package previewed with its one conflict and imported, the conflict resolved from the table.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeUiTest {

    static final String NOTES_A = "乡镇：低保复核中";
    static final String NOTES_B = "网格员：已入户核实";

    @TempDir
    static Path dir;

    private TwoDatabases two;
    private AppServices laptop;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        two = new TwoDatabases(Files.createDirectories(dir.resolve("x-" + System.nanoTime())));
        laptop = two.openLaptop();
        GridLedgerApp.showFor(stage, laptop);
    }

    @AfterEach
    void close() {
        two.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void setsUpTheLaptopExportsImportsWithAConflictAndResolvesIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tab-exchange .tab-label");
        Node node = robot.lookup("#exchangePane").query();
        ExchangePane pane = (ExchangePane) node.getUserData();
        Label identity = robot.lookup("#exchangeIdentity").queryAs(Label.class);
        assertEquals("本机：安恕镇（范围：全镇）", identity.getText(), "the copy still carries the township's identity");
        assertFalse(robot.lookup("#exchangeInitTownship").query().isVisible());

        // 本机是从乡镇复制来的网格员笔记本…: the name and the grid, then 确定
        Button copy = robot.lookup("#exchangeInitCopy").queryAs(Button.class);
        Platform.runLater(copy::fire);
        DialogPane init = dialogWith("#exchangeInitGrids");
        Button ok = (Button) init.lookupButton(Dialogs.OK);
        assertTrue(ok.isDisabled(), "no name and no grid yet");
        robot.interact(() -> {
            ((TextField) init.lookup("#exchangeInitName")).setText(LAPTOP);
            ((ListView<String>) init.lookup("#exchangeInitGrids")).getSelectionModel().select(0);
        });
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        String grid = two.grids.get(0).code();
        assertEquals("本机：" + LAPTOP + "（范围：" + grid + "）", identity.getText());
        assertFalse(robot.lookup("#exchangeInitCopy").query().isVisible());
        TableView<PartnerInfo> partners = robot.lookup("#exchangePartners").queryAs(TableView.class);
        assertEquals(List.of(TOWNSHIP), partners.getItems().stream().map(PartnerInfo::name).toList());
        assertEquals("全镇", partners.getColumns().get(1).getCellData(0));

        // the laptop's first package, bypassing the file chooser; the township imports it and knows the laptop
        Label status = robot.lookup("#exchangeStatus").queryAs(Label.class);
        Path hello = two.file("hello");
        robot.interact(() -> pane.export(TOWNSHIP, hello));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("已导出交换包第 1 号给“安恕镇”"));
        assertTrue(status.getText().contains(hello.toString()), status.getText());
        assertTrue(Files.exists(hello));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("第 1 号", partners.getColumns().get(2).getCellData(0));
        assertEquals("无", partners.getColumns().get(3).getCellData(0));
        screenshot(stage.getScene(), "exchange-identity-partners");
        two.a.exchange().importPackage(hello);

        // the same field changed on both sides: one conflict
        TwoDatabases.setNotes(two.a, H2, NOTES_A);
        TwoDatabases.setNotes(laptop, H2, NOTES_B);
        TwoDatabases.setNotes(two.a, TwoDatabases.H1, "乡镇补充：常住");
        Path fromTownship = two.a.exchange().export(LAPTOP, two.file("a")).file();

        Platform.runLater(() -> pane.preview(fromTownship));
        DialogPane preview = dialogWith("#exchangePreviewCounts");
        assertEquals("“安恕镇”（范围：全镇）的交换包第 1 号", preview.getHeaderText());
        assertEquals("新增 0 · 更新 1 · 删除 0 · 冲突 1", ((Label) preview.lookup("#exchangePreviewCounts")).getText());
        TableView<ConflictLine> lines = (TableView<ConflictLine>) preview.lookup("#exchangePreviewConflicts");
        assertEquals(1, lines.getItems().size());
        assertEquals(List.of("记录", "项目", "本机的值", "对方的值"), lines.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(NOTES_B, lines.getColumns().get(2).getCellData(0));
        assertEquals(NOTES_A, lines.getColumns().get(3).getCellData(0));
        assertTrue(preview.lookup("#exchangeLateReason") == null || !preview.lookup("#exchangeLateReason").isVisible()
                || preview.lookup("#exchangeLateReason").getParent() == null, "no submitted quarter: no reason asked");
        screenshot(preview.getScene(), "exchange-import-preview");
        Button doImport = (Button) preview.lookup("#exchangeDoImport");
        assertFalse(doImport.isDisabled());
        robot.interact(doImport::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("已导入“安恕镇”的交换包第 1 号"));
        assertTrue(status.getText().contains("导入前的备份："), status.getText());
        assertTrue(status.getText().contains("有 1 项冲突暂时保留本机的值"), status.getText());
        assertEquals("乡镇补充：常住", TwoDatabases.notes(laptop, TwoDatabases.H1), "one side's change taken");
        assertEquals(NOTES_B, TwoDatabases.notes(laptop, H2), "a conflict keeps this side's value for now");

        WaitForAsyncUtils.waitForFxEvents();
        TableView<ConflictInfo> conflicts = robot.lookup("#exchangeConflicts").queryAs(TableView.class);
        assertEquals(1, conflicts.getItems().size());
        assertEquals("未处理的冲突（1 个）", robot.lookup("#exchangeConflictsTitle").queryAs(Label.class).getText());
        assertEquals(List.of("交换对象", "记录", "项目", "本机的值", "对方的值", "对方修改人、时间", "说明"),
                conflicts.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(TOWNSHIP, conflicts.getColumns().get(0).getCellData(0));
        assertEquals("备注", conflicts.getColumns().get(2).getCellData(0));
        assertEquals(NOTES_A, conflicts.getColumns().get(4).getCellData(0));
        assertEquals("第 1 号", partners.getColumns().get(3).getCellData(0), "received from the township");
        screenshot(stage.getScene(), "exchange-conflicts");

        // 采用对方 for the selected row
        robot.interact(() -> conflicts.getSelectionModel().select(0));
        robot.clickOn("#exchangeTakeTheirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, conflicts.getItems().size());
        assertEquals("已处理 1 个冲突（采用对方）。处理结果在下一次交换时带给对方。", status.getText());
        assertEquals(NOTES_A, TwoDatabases.notes(laptop, H2));
        assertTrue(laptop.exchange().conflicts().isEmpty());

        // 撤销上次导入 after the conflict was resolved: refused in the pane (a change since the import)
        robot.interact(pane::undoConfirmed);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("未完成："));
        assertEquals(NOTES_A, TwoDatabases.notes(laptop, H2), "nothing undone");

        // the same package again: refused in the pane, in Chinese, without a dialog
        robot.interact(() -> pane.preview(fromTownship));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("未完成：此交换包已导入过"));
    }

    /** The dialog that holds {@code selector} once it is showing (up to 10 s). */
    private static DialogPane dialogWith(String selector) throws Exception {
        DialogPane[] found = new DialogPane[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            found[0] = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot() instanceof DialogPane && w.getScene().getRoot().lookup(selector) != null)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null);
            return found[0] != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return found[0];
    }

    /** A PNG of the scene when {@code -Dscreenshots=DIR} is given, as the other UI tests take them. */
    private static void screenshot(Scene scene, String name) throws Exception {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Files.createDirectories(Path.of(folder));
        var image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(folder, name + ".png").toFile());
    }
}
