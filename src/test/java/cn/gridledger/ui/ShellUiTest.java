package cn.gridledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/** The main window on a set-up temporary database, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("shell-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村"), new Village(0, "130102100202", "太平村", "村")));
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheNavigationOfUiMdInOrder(FxRobot robot) {
        List<String> labels = robot.lookup(".navigation .toggle-button").queryAllAs(ToggleButton.class).stream()
                .map(ToggleButton::getText).toList();
        // ui.md's pages, with 走访 (#17) after 防返贫监测: the visits follow the monitoring work
        assertEquals(List.of("首页", "网格与农户", "干部", "积分", "防返贫监测", "走访", "数据导入", "报表导出", "备份与设置"),
                labels);
    }

    @Test
    void theMainWindowFillsTheScreenWithoutBeingMaximized(FxRobot robot) {
        // a maximized stage loses that state under a window manager when a modal window closes and jumps
        // back to the login window's place (JavaFX 21, JDK-8332222 family): it is sized instead
        javafx.stage.Window w = robot.lookup(".navigation").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertFalse(((Stage) w).isMaximized());
        assertEquals(screen.getMinX(), w.getX(), 1);
        assertEquals(screen.getMinY(), w.getY(), 1);
        assertEquals(screen.getWidth(), w.getWidth(), 1);
        assertEquals(screen.getHeight(), w.getHeight(), 1);
    }

    @Test
    void headerAndStatusBarNameTheTownshipQuarterAndDatabase(FxRobot robot) {
        assertEquals("安恕镇", robot.lookup(".township").queryAs(Label.class).getText());
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("数据库：")).tryQuery().isPresent());
        String status = robot.lookup((Label l) -> l.getText().startsWith("数据库：")).queryAs(Label.class).getText();
        assertTrue(status.contains(services.databaseFile().toString()), status);
    }

    @Test
    void homeShowsTheTownshipCounts(FxRobot robot) {
        Label villages = robot.lookup("#tile-villages .tile-value").queryAs(Label.class);
        assertEquals("2", villages.getText());
    }

    @Test
    void navigatingShowsThePage(FxRobot robot) {
        robot.clickOn("#nav-export");
        assertTrue(robot.lookup((Label l) -> "报表导出".equals(l.getText()) && l.getStyleClass().contains("page-title"))
                .tryQuery().isPresent());
    }

    @Test
    void mainWindowFillsTheScreenRatherThanRunningOffIt(FxRobot robot) {
        Stage window = (Stage) robot.lookup(".shell").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertEquals(screen.getMinX(), window.getX(), 1);
        assertEquals(screen.getMinY(), window.getY(), 1);
        assertTrue(window.getX() + window.getWidth() <= screen.getMaxX() + 1, "right edge off screen");
        assertTrue(window.getY() + window.getHeight() <= screen.getMaxY() + 1, "bottom edge off screen");
    }

    @Test
    void theTextSizeChoiceEnlargesEveryWindowAndItsDialogs(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<cn.gridledger.ui.common.FontSize> sizes =
                robot.lookup("#fontSize").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals(List.of("小", "标准", "大", "特大"), sizes.getItems().stream().map(Object::toString).toList());
        assertEquals("标准", sizes.getValue().label());
        robot.interact(() -> sizes.setValue(cn.gridledger.ui.common.FontSize.LARGE));
        String style = sizes.getScene().getRoot().getStyle();
        assertTrue(style.contains("-fx-font-size: 18.2px"), style);
        javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
        robot.interact(() -> {
            alert[0] = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, "提示");
            alert[0].show();
        });
        String dialogStyle = alert[0].getDialogPane().getScene().getRoot().getStyle();
        robot.interact(() -> {
            alert[0].close();
            sizes.setValue(cn.gridledger.ui.common.FontSize.STANDARD);
        });
        assertTrue(dialogStyle.contains("-fx-font-size: 18.2px"), "a dialog opened later has the size too: " + dialogStyle);
    }

    @Test
    void statusBarShowsABackupMadeBehindItsBack(FxRobot robot) throws Exception {
        Label backup = robot.lookup((Label l) -> l.getText().startsWith("上次备份")).queryAs(Label.class);
        assertEquals("上次备份：尚无", backup.getText());
        // what an import does on its worker thread before writing
        Thread worker = new Thread(() -> services.backup().backupBeforeImport());
        worker.start();
        worker.join();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(backup.getText().matches("上次备份：\\d{4}年.*"), backup.getText());
    }
}
