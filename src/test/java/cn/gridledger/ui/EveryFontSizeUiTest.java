package cn.gridledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.common.FontSize;
import cn.gridledger.ui.common.UiLook;
import cn.gridledger.ui.shell.MainWindow;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Every page of the main window at every text size in a 1366×768 window: nothing shortened with “…”,
 * nothing outside the window. With {@code -Dscreenshots=DIR} each page is also written as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class EveryFontSizeUiTest {

    private static final List<String> PAGES = List.of("nav.home", "nav.households", "nav.cadres", "nav.points",
            "nav.monitoring", "nav.import", "nav.export", "nav.settings");

    @TempDir
    static Path dir;

    private AppServices services;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = AppServices.open(dir.resolve("sizes-" + System.nanoTime() + ".db"));
        services.demo().generate(300, 1, Progress.NONE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        UiLook.install();
        UiLook.rememberBeside(services.databaseFile());
        window = new MainWindow(services);
        window.show(stage);
        laptopScreen(stage);
    }

    @AfterEach
    void close() {
        robotChoose(FontSize.STANDARD);
        services.close();
    }

    @Test
    void everyPageFitsA1366By768WindowAtEveryTextSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            robotChoose(size);
            for (String page : PAGES) {
                robot.interact(() -> window.navigate(page));
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Scene scene = stage.getScene();
                screenshot(scene, page.substring(4) + "-" + size.name().toLowerCase());
                for (String p : WaitForAsyncUtils.waitForAsyncFx(10_000, () -> LayoutProblems.of(scene))) {
                    problems.add(size.label() + " " + page + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theHouseholdFormAndTheFirstRunWindowsFitAtEveryTextSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            robotChoose(size);
            cn.gridledger.ui.household.HouseholdEditor[] editor = new cn.gridledger.ui.household.HouseholdEditor[1];
            robot.interact(() -> {
                editor[0] = new cn.gridledger.ui.household.HouseholdEditor(services, null, null);
                editor[0].show(stage);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Stage form = editor[0].stage();
            robot.interact(() -> laptopScreen(form)); // the size it gets on a 1366×768 screen
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(form, "household-form-" + size.name().toLowerCase(), size));
            robot.interact(form::close);

            Stage other = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                Stage s = new Stage();
                new cn.gridledger.ui.login.LoginView(services, () -> { }).show(s);
                return s;
            });
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(other, "login-" + size.name().toLowerCase(), size));
            robot.interact(() -> {
                try (AppServices empty = AppServices.open(dir.resolve("empty-" + System.nanoTime() + ".db"))) {
                    new cn.gridledger.ui.setup.FirstRunWizard(empty, () -> { }).show(other);
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(other, "wizard-" + size.name().toLowerCase(), size));
            robot.interact(other::close);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The window is no larger than the screen (the test's is 1920×1200), and nothing in it is cut off. */
    private static List<String> check(Stage window, String name, FontSize size) {
        List<String> problems = new ArrayList<>();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (window.getWidth() > screen.getWidth() || window.getHeight() > screen.getHeight()
                || window.getWidth() < 300 || window.getHeight() < 200) {
            problems.add(size.label() + " " + name + ": window " + window.getWidth() + "×" + window.getHeight());
        }
        screenshot(window.getScene(), name);
        for (String p : WaitForAsyncUtils.waitForAsyncFx(10_000, () -> LayoutProblems.of(window.getScene()))) {
            problems.add(size.label() + " " + name + ": " + p);
        }
        return problems;
    }

    @Test
    void theChosenSizeIsRememberedForTheNextStart(FxRobot robot) {
        robot.interact(() -> UiLook.choose(FontSize.EXTRA_LARGE));
        robot.interact(() -> UiLook.sizeProperty().set(FontSize.STANDARD));
        robot.interact(() -> UiLook.rememberBeside(services.databaseFile()));
        assertEquals(FontSize.EXTRA_LARGE, UiLook.size(), "read back from ui.properties beside the database");
        String style = stage.getScene().getRoot().getStyle();
        assertTrue(style.contains("-fx-font-size: 24.5px"), style);
    }

    private void robotChoose(FontSize size) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            UiLook.choose(size);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window as it is on a 1366×768 laptop (the test screen is larger). */
    static void laptopScreen(Stage stage) {
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768 - 30);
    }

    static void screenshot(Scene scene, String name) {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
