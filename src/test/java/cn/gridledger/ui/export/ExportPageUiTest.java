package cn.gridledger.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.ExportScope;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.GridLedgerApp;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** The 报表导出 page on the fixture township, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExportPageUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path db = dir.resolve("export-" + System.nanoTime() + ".db");
        ReportFixture.create(db);
        services = AppServices.open(db);
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void waitFor(FxRobot robot, java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private boolean previewShows(FxRobot robot, String text) {
        return robot.lookup("#export-preview .label").queryAllAs(Label.class).stream().anyMatch(l -> text.equals(l.getText()));
    }

    @Test
    void previewsTheSelectedReportAsItWillPrintAndExports(FxRobot robot) throws Exception {
        robot.clickOn("#nav-export");
        @SuppressWarnings("unchecked")
        ComboBox<Quarter> quarter = robot.lookup("#export-quarter").queryAs(ComboBox.class);
        assertEquals(Quarter.current(), quarter.getValue(), "defaults to the shell's quarter");
        robot.interact(() -> {
            if (!quarter.getItems().contains(new Quarter(2026, 3))) {
                quarter.getItems().add(new Quarter(2026, 3));
            }
            quarter.setValue(new Quarter(2026, 3));
        });
        waitFor(robot, () -> previewShows(robot, "安恕镇2026年第3季度网格基本情况统计表"));
        assertTrue(previewShows(robot, "合计"));
        assertTrue(previewShows(robot, "网格数"), "group header");
        assertTrue(previewShows(robot, "基础网格"), "second header level");
        assertTrue(previewShows(robot, "填报单位：安恕镇人民政府（盖章）"));

        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#export-reports").queryAs(ListView.class);
        javafx.geometry.Bounds listBounds = list.localToScene(list.getLayoutBounds());
        long whole = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null && c.isVisible())
                .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxY() <= listBounds.getMaxY() + 1)
                .count();
        assertEquals(ReportKind.values().length, whole, "all reports are visible without scrolling the list");
        robot.interact(() -> list.getSelectionModel().select(1));
        waitFor(robot, () -> previewShows(robot, "安恕镇2026年第3季度村干部队伍结构统计表"));
        assertTrue(previewShows(robot, "年龄结构"));
        snapshot(robot, dir.resolve("export-page.png"));

        robot.interact(() -> robot.lookup("#export-preparer").queryAs(TextField.class).setText("张填表"));
        Path out = Files.createDirectories(dir.resolve("out-" + System.nanoTime()));
        robot.interact(() -> findPage(robot).exportTo(out));
        waitFor(robot, () -> robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("已导出 " + ReportKind.values().length + " 个文件"));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> cut = WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> cn.gridledger.ui.LayoutProblems.of(list.getScene()));
        assertEquals(java.util.List.of(), cut, "the export-done message and the page show whole");
        assertTrue(Files.exists(out.resolve("安恕镇_网格基本情况统计表_2026Q3.xlsx")));
        assertEquals("张填表", services.reportSettings().footer().preparer(), "remembered for next time");
        assertTrue(!robot.lookup("#export-open-folder").query().isDisabled());
    }

    /** 报送 (#15): after the export the quarterly files are submitted and the page says so for that quarter. */
    @Test
    void submitsTheExportedQuarterAndShowsItAsSubmitted(FxRobot robot) throws Exception {
        robot.clickOn("#nav-export");
        @SuppressWarnings("unchecked")
        ComboBox<Quarter> quarter = robot.lookup("#export-quarter").queryAs(ComboBox.class);
        Label state = robot.lookup("#export-submitted").queryAs(Label.class);
        robot.interact(() -> {
            if (!quarter.getItems().contains(new Quarter(2026, 3))) {
                quarter.getItems().add(new Quarter(2026, 3));
            }
            quarter.setValue(new Quarter(2026, 3));
        });
        waitFor(robot, () -> "本季度尚未报送。".equals(state.getText()));
        assertTrue(robot.lookup("#export-submit").query().isDisabled(), "nothing exported yet");

        Path out = Files.createDirectories(dir.resolve("submit-" + System.nanoTime()));
        robot.interact(() -> findPage(robot).exportTo(out));
        waitFor(robot, () -> !robot.lookup("#export-submit").query().isDisabled());
        robot.interact(() -> findPage(robot).submitBar().submit());
        String today = java.time.LocalDate.now().toString();
        waitFor(robot, () -> state.getText().startsWith("已报送（" + today + "，命令行）："));
        assertTrue(state.getText().contains("网格基本情况统计表") && state.getText().endsWith("再次导出将重现报送时的版本。"),
                state.getText());
        assertTrue(!state.getText().contains("农户信息台账"), "rosters are not submitted: " + state.getText());
        assertEquals(7, services.submissions().submissions(new Quarter(2026, 3)).size());
        // the preview now shows the submitted version: the footer's 填报日期 of the file handed in
        String filled = "填报日期：" + cn.gridledger.logic.report.CountyText.longDate(
                services.submissions().submissions(new Quarter(2026, 3)).get(0).fillDate());
        waitFor(robot, () -> previewShows(robot, filled));
        snapshot(robot, dir.resolve("export-submitted.png"), "export.submitSnapshot");
        java.util.List<String> cut = WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> cn.gridledger.ui.LayoutProblems.of(state.getScene()));
        assertEquals(java.util.List.of(), cut, "the 报送 line shows whole");

        robot.interact(() -> quarter.setValue(Quarter.current()));
        waitFor(robot, () -> "本季度尚未报送。".equals(state.getText()));
    }

    /** A grid worker is offered only the reports that can be cut to a grid, and only their own grid. */
    @Test
    void aGridWorkerSeesOnlyTheirGridsReports(FxRobot robot) throws Exception {
        long grid = services.grids().gridByAnyCode(ReportFixture.V1 + "001");
        long id = services.accounts().createAccount("wgy", "网格员甲", Role.GRID_WORKER, Set.of(grid), "Geheim-2026");
        robot.interact(() -> {
            services.session().signIn(new CurrentUser(id, "wgy", "网格员甲", Role.GRID_WORKER, Set.of(grid)));
            GridLedgerApp.showFor(stage, services);
        });
        robot.clickOn("#nav-export");
        @SuppressWarnings("unchecked")
        ListView<ReportKind> list = robot.lookup("#export-reports").queryAs(ListView.class);
        assertEquals(List.of(ReportKind.MONITORING, ReportKind.POINTS, ReportKind.HOUSEHOLD_LEDGER), list.getItems());
        @SuppressWarnings("unchecked")
        ComboBox<ExportScope> scope = robot.lookup("#export-scope").queryAs(ComboBox.class);
        assertEquals(List.of("安恕村一组网格"), scope.getItems().stream().map(ExportScope::label).toList());
        assertEquals(grid, scope.getValue().gridId());
        @SuppressWarnings("unchecked")
        ComboBox<Quarter> quarter = robot.lookup("#export-quarter").queryAs(ComboBox.class);
        robot.interact(() -> {
            if (!quarter.getItems().contains(new Quarter(2026, 3))) {
                quarter.getItems().add(new Quarter(2026, 3));
            }
            quarter.setValue(new Quarter(2026, 3));
        });
        waitFor(robot, () -> previewShows(robot, "安恕镇安恕村一组网格2026年第3季度防返贫监测对象台账"));
        snapshot(robot, dir.resolve("export-grid.png"), "export.gridSnapshot");

        Path out = Files.createDirectories(dir.resolve("grid-" + System.nanoTime()));
        robot.interact(() -> findPage(robot).exportTo(out));
        waitFor(robot, () -> robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("已导出 3 个文件"));
        assertTrue(Files.exists(out.resolve("安恕镇安恕村一组网格_防返贫监测对象台账_2026Q3.xlsx")));
    }

    private static ExportPage findPage(FxRobot robot) {
        ScrollPane preview = robot.lookup("#export-preview").queryAs(ScrollPane.class);
        return (ExportPage) preview.getProperties().get(ExportPage.class);
    }

    private static void snapshot(FxRobot robot, Path file) throws Exception {
        snapshot(robot, file, "export.snapshot");
    }

    private static void snapshot(FxRobot robot, Path file, String property) throws Exception {
        String target = System.getProperty(property);
        if (target == null) {
            return;
        }
        var image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#export-preview").query().getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(target));
    }
}
