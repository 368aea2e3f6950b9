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
import javafx.stage.Window;

/**
 * Every page of the main window at every text size in a 1366×768 window: nothing shortened with “…”,
 * nothing outside the window, no page scrolling sideways ({@link LayoutProblems}). With {@code -Dscreenshots=DIR} each page is also written as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class EveryFontSizeUiTest {

    /** The pages every window has; {@link #pages()} adds any page added to the navigation later. */
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
        List<String> pages = WaitForAsyncUtils.waitForAsyncFx(10_000, this::pages);
        assertTrue(pages.containsAll(PAGES), "the navigation has every page: " + pages);
        for (FontSize size : FontSize.values()) {
            robotChoose(size);
            for (String page : pages) {
                robot.interact(() -> window.navigate(page));
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Scene scene = stage.getScene();
                screenshot(scene, page.substring(4) + "-" + size.name().toLowerCase());
                for (String p : WaitForAsyncUtils.waitForAsyncFx(10_000, () -> LayoutProblems.of(scene))) {
                    problems.add(size.label() + " " + page + ": " + p);
                }
                if (page.equals("nav.points")) {
                    sideways(scene.lookup("#points-village")).ifPresent(p -> problems.add(size.label() + " " + page + ": " + p));
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** A county office's window (#16 县级汇总): its page with two townships held, at every text size. */
    @Test
    void theCountyPageFitsAtEveryTextSize(FxRobot robot) throws Exception {
        java.nio.file.Path usb = java.nio.file.Files.createDirectories(dir.resolve("usb-" + System.nanoTime()));
        List<java.nio.file.Path> packages = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (AppServices t = AppServices.open(usb.resolve("t" + i + ".db"))) {
                t.demo().generate(100, 1, cn.gridledger.logic.demo.DemoGenerator.defaultReferenceDate(), i, Progress.NONE);
                packages.add(t.county().exportSnapshot(usb.resolve("t" + i + ".glx")).file());
            }
        }
        try (AppServices county = AppServices.open(usb.resolve("county.db"))) {
            county.session().signIn(cn.gridledger.logic.security.CurrentUser.COMMAND_LINE);
            county.county().init("云禾县");
            county.county().importSnapshots(packages, Progress.NONE);
            robot.interact(() -> {
                new MainWindow(county).show(stage);
                laptopScreen(stage);
            });
            List<String> problems = new ArrayList<>();
            for (FontSize size : FontSize.values()) {
                robotChoose(size);
                WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                        () -> stage.getScene().lookup("#countyPreview") instanceof javafx.scene.control.ScrollPane sp
                                && sp.getContent() instanceof javafx.scene.layout.GridPane);
                WaitForAsyncUtils.waitForFxEvents();
                Scene scene = stage.getScene();
                screenshot(scene, "county-" + size.name().toLowerCase());
                for (String p : WaitForAsyncUtils.waitForAsyncFx(10_000, () -> LayoutProblems.of(scene))) {
                    problems.add(size.label() + " nav.county: " + p);
                }
            }
            robotChoose(FontSize.STANDARD);
            assertEquals(List.of(), problems, String.join("\n", problems));
        }
    }

    /** The navigation keys of the main window's pages, from its navigation buttons (#nav-home → nav.home). */
    private List<String> pages() {
        List<String> keys = new ArrayList<>();
        for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".toggle-button")) {
            if (n.getId() != null && n.getId().startsWith("nav-")) {
                keys.add("nav." + n.getId().substring(4));
            }
        }
        return keys;
    }

    /** The page around {@code node} is wider than the window, so that it scrolls sideways. */
    private static java.util.Optional<String> sideways(javafx.scene.Node node) {
        javafx.scene.Node n = node;
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (!(n instanceof javafx.scene.control.ScrollPane scroll) || scroll.getContent() == null) {
            return java.util.Optional.of("not in a scroll pane");
        }
        double content = scroll.getContent().getLayoutBounds().getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        return content > viewport + 1 ? java.util.Optional.of(String.format(
                "scrolls sideways: the page is %.0f wide in a %.0f wide window", content, viewport))
                : java.util.Optional.empty();
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
            // a refused save: every field's message under it, wrapped in its column, none shortened
            robot.interact(() -> {
                ((javafx.scene.control.Button) form.getScene().lookup("#member-add")).fire();
                ((javafx.scene.control.TextField) form.getScene().lookup("#member-name")).setText("张三明");
                // a wrong check digit: the longest message of the form
                ((javafx.scene.control.TextField) form.getScene().lookup("#member-idNumber")).setText("130102197502030011");
                ((javafx.scene.control.Button) form.getScene().lookup("#hh-save")).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            long shown = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> form.getScene().getRoot().lookupAll(".field-error")
                    .stream().filter(n -> n instanceof javafx.scene.control.Label l && !l.getText().isEmpty()).count());
            assertTrue(shown >= 2, size.label() + ": the refused save shows messages (" + shown + ")");
            problems.addAll(check(form, "household-form-messages-" + size.name().toLowerCase(), size));
            robot.interact(() -> {
                form.setOnCloseRequest(null);
                form.close();
            });

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

    /**
     * Every dialog the program opens, at every text size, as a 1366×768 laptop shows it (a window
     * manager keeps a window within the screen): nothing shortened with “…”, nothing outside the window.
     */
    @Test
    void everyDialogFitsA1366By768ScreenAtEveryTextSize(FxRobot robot) throws Exception {
        Path backup = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> services.backup().backupNow().path());
        assertTrue(Files.exists(backup));
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            robotChoose(size);
            String s = "-" + size.name().toLowerCase();
            page(robot, "nav.home");
            problems.addAll(dialog("grids-without-workers" + s, size,
                    () -> ((javafx.scene.Node) lookup("#tile-gridsWithoutWorkers")).getOnMouseClicked().handle(null)));
            page(robot, "nav.households");
            problems.addAll(dialog("new-grid" + s, size, () -> fire("#grid-add")));
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TreeView<Object> tree = (javafx.scene.control.TreeView<Object>) lookup("#grid-tree");
                javafx.scene.control.TreeItem<Object> grid = tree.getRoot();
                while (!grid.getChildren().isEmpty()) {
                    grid.setExpanded(true);
                    grid = grid.getChildren().get(0);
                }
                tree.getSelectionModel().select(grid);
            });
            problems.addAll(dialog("grid-settings" + s, size, () -> fire("#grid-settings")));
            problems.addAll(dialog("deleted-households" + s, size, () -> fire("#household-deleted")));
            page(robot, "nav.cadres");
            Window editor = open("cadre-new" + s, () -> fire("#cadreAdd"));
            problems.addAll(check(editor, "cadre-new" + s, size, 200, 100));
            problems.addAll(dialog("post" + s, size, () -> {
                ((javafx.scene.control.Button) editor.getScene().lookup("#cadreAddPost")).fire();
            }));
            closeWindow(editor);
            robot.interact(() -> ((javafx.scene.control.TableView<?>) lookup("#cadreTable")).getSelectionModel().select(0));
            problems.addAll(dialog("cadre-edit" + s, size, () -> fire("#cadreEdit")));
            problems.addAll(dialog("reserve" + s, size, () -> fire("#reserveAdd")));
            page(robot, "nav.monitoring");
            robot.interact(() -> ((javafx.scene.control.TableView<?>) lookup("#monitoringTable")).getSelectionModel().select(0));
            problems.addAll(dialog("follow-up" + s, size, () -> fire("#monitoringFollowUp")));
            // the household editor's 走访记录 and its visit dialog after a refused save (messages shown)
            String household = services.search().search("", cn.gridledger.logic.search.HouseholdFilter.all()).get(0).id();
            Window hh = open("household-visits" + s,
                    () -> new cn.gridledger.ui.household.HouseholdEditor(services, household, null).show(stage));
            // 移出成员: why and when a member leaves
            robot.interact(() -> ((javafx.scene.control.TableView<?>) hh.getScene().lookup("#member-table"))
                    .getSelectionModel().select(0));
            problems.addAll(dialog("departure" + s, size,
                    () -> ((javafx.scene.control.Button) hh.getScene().lookup("#member-remove")).fire()));
            robot.interact(() -> {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) hh.getScene().lookup(".tab-pane");
                tabs.getTabs().stream().filter(t -> t.getText().equals("走访记录")).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(hh, "household-visits" + s, size));
            Window visit = open("visit-refused" + s,
                    () -> ((javafx.scene.control.Button) hh.getScene().lookup("#householdVisitAdd")).fire());
            robot.interact(() -> {
                var pane = (javafx.scene.control.DialogPane) visit.getScene().getRoot();
                ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(visit, "visit-refused" + s, size, 200, 100));
            closeWindow(visit);
            closeWindow(hh);
            // the 走访 page after a refused save
            page(robot, "nav.visits");
            robot.interact(() -> {
                ((javafx.scene.control.TextField) lookup("#visitFinding")).setText("无人在家");
                fire("#visitSave");
            });
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(stage, "visits-refused" + s, size));
            page(robot, "nav.settings");
            problems.addAll(dialog("account-new" + s, size, () -> fire("#addAccount")));
            problems.addAll(dialog("message" + s, size, () -> cn.gridledger.ui.common.Dialogs.error("导入失败",
                    "第 12 行：身份证号 13010219750203001X 的校验位不对（应为 7），请核对后重新输入；"
                            + "如果这个人确实使用这个号码，请到户籍所在地派出所核实。")));
            problems.addAll(dialog("confirm" + s, size, () -> cn.gridledger.ui.common.Dialogs.confirm("放弃修改",
                    "这一户有未保存的修改（家庭成员 3 人、监测记录 1 条），关闭后这些修改都不会保存。确定关闭吗？")));
            problems.addAll(dialog("damaged-database" + s, size, () -> cn.gridledger.ui.login.DamagedDatabaseDialog
                    .offerRestore(new cn.gridledger.logic.io.DamagedDatabaseException(services.databaseFile(),
                            "database disk image is malformed", null))));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void page(FxRobot robot, String key) {
        robot.interact(() -> window.navigate(key));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.scene.Node lookup(String id) {
        javafx.scene.Node n = stage.getScene().lookup(id);
        if (n == null) {
            throw new AssertionError("no " + id + " in the main window");
        }
        return n;
    }

    private void fire(String id) {
        ((javafx.scene.control.ButtonBase) lookup(id)).fire();
    }

    /** Opens a dialog (which waits for its answer) with {@code opener}, checks it and closes it. */
    private static List<String> dialog(String name, FontSize size, Runnable opener) {
        Window w = open(name, opener);
        List<String> problems = check(w, name, size, 200, 100);
        closeWindow(w);
        return problems;
    }

    private static Window open(String name, Runnable opener) {
        java.util.Set<Window> before = WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> new java.util.HashSet<>(Window.getWindows()));
        javafx.application.Platform.runLater(opener);
        Window[] opened = new Window[1];
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                opened[0] = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                        .findFirst().orElse(null);
                return opened[0] != null;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no window opened for " + name, e);
        }
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Window w = opened[0];
        // what the window manager of a 1366×768 laptop does with a larger window
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            if (w.getWidth() > 1366) {
                w.setX(0);
                w.setWidth(1366);
            }
            if (w.getHeight() > LAPTOP_HEIGHT) {
                w.setY(0);
                w.setHeight(LAPTOP_HEIGHT);
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    /** Answers a dialog with its cancel or close button; closes any other window. */
    private static void closeWindow(Window w) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            if (w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
                for (javafx.scene.control.ButtonType t : pane.getButtonTypes()) {
                    if (t.getButtonData().isCancelButton() || pane.getButtonTypes().size() == 1) {
                        ((javafx.scene.control.Button) pane.lookupButton(t)).fire();
                        return null;
                    }
                }
            }
            w.hide();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A laptop screen's height less the task bar. */
    private static final double LAPTOP_HEIGHT = 768 - 30;

    /** The window is no larger than the screen (the test's is 1920×1200), and nothing in it is cut off. */
    private static List<String> check(Window window, String name, FontSize size) {
        return check(window, name, size, 300, 200);
    }

    /** As above, for a window at least {@code minWidth}×{@code minHeight} (a message is a small window). */
    private static List<String> check(Window window, String name, FontSize size, double minWidth, double minHeight) {
        List<String> problems = new ArrayList<>();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (window.getWidth() > screen.getWidth() || window.getHeight() > screen.getHeight()
                || window.getWidth() < minWidth || window.getHeight() < minHeight) {
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
