package cn.gridledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** 备份与设置 → 关于 shows the program's version and both structure versions. */
@ExtendWith(ApplicationExtension.class)
class AboutUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("about-" + System.nanoTime() + ".db");
        services = AppServices.open(file);
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

    @Test
    void aboutShowsTheProgramAndDatabaseStructureVersions(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tab-about .tab-label");
        screenshot(robot, "about");
        assertEquals("网格台账 GridLedger " + AppVersion.program(), text(robot, "#aboutProgram"));
        assertEquals(AppVersion.schema(), text(robot, "#aboutSchemaKnown"));
        assertEquals(services.maintenance().schemaVersion(), text(robot, "#aboutDatabaseVersion"));
        assertEquals(file.toAbsolutePath().normalize().toString(), text(robot, "#aboutDatabaseFile"));
        assertTrue(text(robot, "#aboutRuntime").startsWith("Java "), text(robot, "#aboutRuntime"));
    }

    @Test
    void theDiagnosticsPackageIsWrittenAndOffered(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tab-about .tab-label");
        assertEquals("导出诊断包…", robot.lookup("#aboutDiagnostics").queryAs(javafx.scene.control.Button.class).getText());
        AboutPane pane = (AboutPane) robot.lookup("#aboutPane").query().getProperties().get(AboutPane.class);
        Path zip = dir.resolve("诊断包-" + System.nanoTime() + ".zip");
        robot.interact(() -> pane.exportDiagnosticsTo(zip));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane done = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("诊断包已导出", done.getHeaderText());
        screenshot(robot.lookup(".dialog-pane").query().getScene(), "about-diagnostics-done");
        assertTrue(java.nio.file.Files.size(zip) > 0);
        var close = done.getButtonTypes().stream().filter(t -> "关闭".equals(t.getText())).findFirst().orElseThrow();
        robot.interact(((javafx.scene.control.Button) done.lookupButton(close))::fire);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** A PNG of the window when {@code -Dscreenshots=DIR} is given. */
    static void screenshot(FxRobot robot, String name) {
        screenshot(robot.lookup("#nav-settings").query().getScene(), name);
    }

    static void screenshot(javafx.scene.Scene scene, String name) {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(Path.of(folder));
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(folder, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
