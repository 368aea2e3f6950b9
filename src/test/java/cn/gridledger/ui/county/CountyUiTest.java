package cn.gridledger.ui.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.demo.DemoGenerator;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CountyService.HeldCopy;
import cn.gridledger.testing.Screenshots;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/**
 * A county office's first start (#16 县级汇总): the wizard's third choice makes the empty database a county's, the
 * window opens on 县级汇总 with 备份与设置 only; two townships' packages imported from the page, R1 previewed across
 * them with its 乡镇 column, R1–R5 exported.
 */
@ExtendWith(ApplicationExtension.class)
class CountyUiTest {

    @TempDir
    static Path dir;

    private AppServices county;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        county = AppServices.open(dir.resolve("county-" + System.nanoTime() + "/县级汇总.db"));
        county.session().signIn(CurrentUser.COMMAND_LINE);
        GridLedgerApp.showFor(stage, county);
    }

    @AfterEach
    void close() {
        county.close();
    }

    private static List<Path> packages() {
        Path usb = dir.resolve("usb");
        try {
            if (Files.isDirectory(usb)) {
                try (var files = Files.list(usb)) {
                    return files.sorted().toList();
                }
            }
            Files.createDirectories(usb);
            for (int i = 0; i < 2; i++) {
                try (AppServices t = AppServices.open(dir.resolve("township" + i + "/gridledger.db"))) {
                    t.demo().generate(200, i + 1, DemoGenerator.defaultReferenceDate(), i, Progress.NONE);
                    t.county().exportSnapshot(usb.resolve("t" + i + ".glx"));
                }
            }
            return packages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void theWizardMakesACountyWhosePageImportsPreviewsAndExports(FxRobot robot) throws Exception {
        List<Path> files = packages();
        robot.clickOn("#countyName2").write("云禾县");
        robot.clickOn("#setUpCounty");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(county.county().isCounty());
        assertFalse(robot.lookup("#nav-home").tryQuery().isPresent(), "a county has no township pages");
        assertTrue(robot.lookup("#nav-settings").tryQuery().isPresent());
        Node node = robot.lookup("#countyPage").query();
        CountyPage page = (CountyPage) node.getUserData();
        TableView<HeldCopy> table = robot.lookup("#countyTownships").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());

        Label status = robot.lookup("#countyStatus").queryAs(Label.class);
        robot.interact(() -> page.importFiles(files));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("导入 2 个，未导入 0 个"));
        assertTrue(status.getText().contains("白杨岭乡 第 1 号：200 户"), status.getText());
        assertEquals(List.of("白杨岭乡", "青石镇"), table.getItems().stream().map(HeldCopy::name).toList());
        assertEquals("共 2 个乡镇，400 户 " + table.getItems().stream().mapToLong(HeldCopy::members).sum() + " 人",
                robot.lookup("#countySummary").queryAs(Label.class).getText());

        ScrollPane preview = robot.lookup("#countyPreview").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.getContent() instanceof GridPane);
        GridPane grid = (GridPane) preview.getContent();
        assertTrue(grid.getChildren().stream().anyMatch(n -> n instanceof Label l && "乡镇".equals(l.getText())));
        assertTrue(grid.getChildren().stream().anyMatch(n -> n instanceof Label l && "小计".equals(l.getText())));
        Screenshots.take(stage.getScene(), "county-page");

        robot.interact(() -> page.importFiles(files.subList(0, 1)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("导入 0 个，未导入 1 个"));
        assertTrue(status.getText().contains("已导入过"), status.getText());

        Path out = dir.resolve("reports-" + System.nanoTime());
        robot.interact(() -> page.export(out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("已导出 5 个汇总报表"));
        try (var written = Files.list(out)) {
            assertEquals(5, written.count());
        }
        robot.clickOn("#nav-settings");
        assertTrue(robot.lookup("#tab-report-settings").tryQuery().isPresent() || robot.lookup("#tab-backup").tryQuery().isPresent());
        assertFalse(robot.lookup("#tab-exchange").tryQuery().isPresent(), "a county exchanges no packages");
        assertEquals("", robot.lookup("#countyName2").tryQuery().map(n -> ((TextField) n).getText()).orElse(""),
                "the wizard is gone");
    }
}
