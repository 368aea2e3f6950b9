package cn.gridledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.Column;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportSettings;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** 备份与设置 → 报表口径: an administrator changes an age boundary; a boundary out of order is refused. */
@ExtendWith(ApplicationExtension.class)
class ReportSettingsUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("rs-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村")));
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void open(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tab-report-settings .tab-label");
        screenshot(robot, "report-settings");
        if (System.getProperty("screenshots") != null) {
            robot.interact(() -> robot.lookup(".scroll-pane").queryAll().stream()
                    .filter(n -> n.getParent() != null && "reportSettingsPane".equals(n.getParent().getId()))
                    .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
            screenshot(robot, "report-settings-bottom");
            robot.interact(() -> robot.lookup(".scroll-pane").queryAll().stream()
                    .filter(n -> n.getParent() != null && "reportSettingsPane".equals(n.getParent().getId()))
                    .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(0)));
        }
    }

    /** A PNG of the window when {@code -Dscreenshots=DIR} is given (run with {@code -Dgui} under Xvfb). */
    private static void screenshot(FxRobot robot, String name) {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(Path.of(folder));
            javafx.scene.Scene scene = robot.lookup("#reportSettingsPane").query().getScene();
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(folder, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEditedBoundaryIsSavedAndUsedByTheNextExport(FxRobot robot) {
        open(robot);
        robot.doubleClickOn("#ageBoundary1").write("50");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("分段：35岁及以下、36-50岁、51-55岁、56-60岁、61岁及以上",
                robot.lookup("#agePreview").queryAs(Label.class).getText());
        robot.clickOn("#reportSettingsSave");
        assertEquals(List.of(35, 50, 55, 60), services.reportSettings().definitions().ageUpperBounds());
        assertTrue(robot.lookup("#reportSettingsStatus").queryAs(Label.class).getText().startsWith("已保存"));
        List<String> r2 = services.reports().table(ReportKind.CADRE_STRUCTURE, new Request(new Quarter(2026, 3), null,
                null)).leaves().stream().map(Column::label).toList();
        assertTrue(r2.contains("36-50岁") && r2.contains("51-55岁"), r2.toString());
    }

    @Test
    void aBoundaryOutOfOrderIsRefusedInChinese(FxRobot robot) {
        open(robot);
        robot.doubleClickOn("#ageBoundary1").write("30");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#ageError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("分界应逐个增大：第 2 个分界 30 岁不大于前一个分界 35 岁。", error.getText());
        assertTrue(robot.lookup("#reportSettingsSave").queryAs(Button.class).isDisabled());
        screenshot(robot, "report-settings-refused");
        assertEquals(ReportSettings.defaults().ageUpperBounds(), services.reportSettings().definitions().ageUpperBounds());

        ReportSettings d = ReportSettings.defaults();
        UserFacingException refused = assertThrows(UserFacingException.class, () -> services.reportSettings()
                .saveDefinitions(new ReportSettings(List.of(35, 30, 55, 60), d.educationGroups(), d.reserve())));
        assertEquals("分界应逐个增大：第 2 个分界 30 岁不大于前一个分界 35 岁。", refused.getMessage());

        robot.doubleClickOn("#ageBoundary1").write("45");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error.isVisible());
        assertFalse(robot.lookup("#reportSettingsSave").queryAs(Button.class).isDisabled());
    }

    @Test
    void otherRolesSeeTheDefinitionsButCannotChangeThem(FxRobot robot) {
        services.session().signIn(new cn.gridledger.logic.security.CurrentUser(99, "chakan", "查看员",
                cn.gridledger.logic.security.Role.READ_ONLY, java.util.Set.of()));
        open(robot);
        assertFalse(robot.lookup("#ageBoundary0").queryAs(javafx.scene.control.TextField.class).isEditable());
        assertFalse(robot.lookup("#reportSettingsSave").queryAs(Button.class).isVisible());
        assertTrue(robot.lookup("#reportSettingsIntro").queryAs(Label.class).getText().contains("只有管理员可以修改"));
        ReportSettings d = ReportSettings.defaults();
        UserFacingException refused = assertThrows(UserFacingException.class, () -> services.reportSettings()
                .saveDefinitions(new ReportSettings(List.of(40, 50), d.educationGroups(), d.reserve())));
        assertEquals("只有管理员可以修改报表口径。", refused.getMessage());
    }
}
