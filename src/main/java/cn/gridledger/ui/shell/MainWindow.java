package cn.gridledger.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kordamp.ikonli.javafx.FontIcon;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.cadre.CadrePage;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.FontSize;
import cn.gridledger.ui.common.UiLook;
import cn.gridledger.ui.common.WindowPlacement;
import cn.gridledger.ui.county.CountyPage;
import cn.gridledger.ui.export.ExportPage;
import cn.gridledger.ui.home.HomePage;
import cn.gridledger.ui.household.HouseholdsPage;
import cn.gridledger.ui.importer.ImportPage;
import cn.gridledger.ui.login.IdleLock;
import cn.gridledger.ui.monitoring.MonitoringPage;
import cn.gridledger.ui.points.PointsPage;
import cn.gridledger.ui.settings.SettingsPage;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** The main window: header with township and quarter, navigation on the left, the page, status bar. */
public final class MainWindow {

    /** Navigation entries in the order of ui.md: key, icon, page factory. */
    private record NavEntry(String key, String icon, Supplier<Page> factory) {
    }

    /** What the window asks the application to do: restore a backup (reopening the database), sign in anew. */
    public record Hooks(Consumer<Path> restore, Runnable switchUser) {
        /** Tests and a window without an application around it: restore is done from the command line. */
        public static final Hooks NONE = new Hooks(
                file -> Dialogs.info(I18n.t("settings.restore"), I18n.t("settings.restoreUnavailable")), () -> { });
    }

    private final ShellViewModel model;
    private final AppServices services;
    private final Hooks hooks;
    private IdleLock idleLock;
    private final Map<String, NavEntry> entries = new LinkedHashMap<>();
    private final Map<String, Page> built = new LinkedHashMap<>();

    @FXML private BorderPane root;
    @FXML private Label townshipLabel;
    @FXML private ComboBox<Quarter> quarterBox;
    @FXML private Label userLabel;
    @FXML private ChoiceBox<FontSize> fontSize;
    private final javafx.beans.value.ChangeListener<FontSize> followSize = (o, was, now) -> fontSize.setValue(now);
    @FXML private VBox navigation;
    @FXML private StackPane pageHost;
    @FXML private Label databaseLabel;
    @FXML private Label backupLabel;

    public MainWindow(AppServices services) {
        this(services, Hooks.NONE);
    }

    public MainWindow(AppServices services, Hooks hooks) {
        this.model = new ShellViewModel(services);
        this.services = services;
        this.hooks = hooks;
        if (services.county().isCounty()) { // a county office's database holds no township of its own (#16)
            add("nav.county", "mdi2c-chart-box-outline", () -> new CountyPage(services, model.asOfProperty()));
            add("nav.settings", "mdi2c-cog-outline", () -> new SettingsPage(services, hooks.restore(), this::refreshBackupLabel));
            return;
        }
        add("nav.home", "mdi2h-home-outline", () -> new HomePage(services, model.asOfProperty(), (chips, before) -> {
            navigate("nav.households");
            ((HouseholdsPage) built.get("nav.households")).apply(chips, before);
        }, () -> {
            navigate("nav.visits");
            ((cn.gridledger.ui.visits.VisitsPage) built.get("nav.visits")).showOverdue();
        }));
        add("nav.households", "mdi2h-home-group", () -> new HouseholdsPage(services, model.asOfProperty()));
        add("nav.cadres", "mdi2a-account-tie", () -> new CadrePage(services, model.asOfProperty()));
        add("nav.points", "mdi2s-star-circle-outline", () -> new PointsPage(services));
        add("nav.monitoring", "mdi2s-shield-alert-outline", () -> new MonitoringPage(services, model.asOfProperty()));
        add("nav.visits", "mdi2c-clipboard-text-outline", () -> new cn.gridledger.ui.visits.VisitsPage(services));
        add("nav.import", "mdi2f-file-import-outline", () -> new ImportPage(services));
        add("nav.export", "mdi2f-file-export-outline",
                () -> new ExportPage(services, model.asOfProperty(), model.selectableQuarters()));
        add("nav.settings", "mdi2c-cog-outline", () -> new SettingsPage(services, hooks.restore(), this::refreshBackupLabel));
    }

    private void add(String key, String icon, Supplier<Page> factory) {
        entries.put(key, new NavEntry(key, icon, factory));
    }

    public void show(Stage stage) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), I18n.bundle());
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackPane top = new StackPane(root);
        Scene scene = new Scene(top, 1366, 740);
        scene.getStylesheets().add(MainWindow.class.getResource("/cn/gridledger/ui/gridledger.css").toExternalForm());
        stage.setScene(scene);
        cn.gridledger.ui.common.Help.install(scene);
        stage.setTitle(I18n.t("app.title"));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        WindowPlacement.fillScreen(stage);
        if (services.session().isSignedIn() && services.session().current().isAccount()) {
            idleLock = new IdleLock(services, top, hooks.switchUser());
            idleLock.install(scene);
        }
        stage.show();
    }

    /** Locks the window now (what the idle timer does); for the menu and for tests. */
    public void lockNow() {
        if (idleLock != null) {
            idleLock.lockNow();
        }
    }

    public boolean isLocked() {
        return idleLock != null && idleLock.isLocked();
    }

    private void refreshBackupLabel() {
        backupLabel.setText(services.backup().lastBackup()
                .map(t -> I18n.t("shell.backup.last",
                        t.format(DateTimeFormatter.ofPattern(I18n.t("shell.backup.when")))))
                .orElse(I18n.t("shell.backup.never")));
    }

    @FXML
    private void initialize() {
        fontSize.getItems().setAll(FontSize.values());
        fontSize.setValue(UiLook.size());
        // weakly: the static text size must not keep a closed main window (and its pages) alive
        UiLook.sizeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(followSize));
        fontSize.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != UiLook.size()) {
                UiLook.choose(now);
            }
        });
        townshipLabel.textProperty().bind(model.townshipNameProperty());
        quarterBox.getItems().setAll(model.selectableQuarters());
        quarterBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quarter q) {
                return q == null ? "" : q.label();
            }

            @Override
            public Quarter fromString(String s) {
                return Quarter.parse(s);
            }
        });
        quarterBox.valueProperty().bindBidirectional(model.asOfProperty());
        userLabel.setText(services.session().isSignedIn() ? services.session().current().headerText() : "");
        userLabel.setId("userLabel");
        databaseLabel.setText(I18n.t("shell.database", model.databasePath()));
        databaseLabel.setWrapText(true);
        backupLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        refreshBackupLabel();
        // an import's backup is made on a worker thread while another page is showing
        services.backup().onBackup(made -> javafx.application.Platform.runLater(this::refreshBackupLabel));
        buildNavigation();
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (NavEntry entry : entries.values()) {
            ToggleButton button = new ToggleButton(I18n.t(entry.key()), new FontIcon(entry.icon()));
            button.setId(entry.key().replace('.', '-'));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> {
                button.setSelected(true);
                showPage(entry.key());
            });
            navigation.getChildren().add(button);
        }
        ((ToggleButton) navigation.getChildren().get(0)).setSelected(true);
        showPage(entries.keySet().iterator().next());
    }

    /** Shows a page and marks its navigation button, as a click on it would. */
    public void navigate(String key) {
        navigation.lookupAll("#" + key.replace('.', '-')).forEach(n -> ((ToggleButton) n).setSelected(true));
        showPage(key);
    }

    /** Shows the page of a navigation key, building it the first time. */
    private final Map<String, javafx.scene.control.ScrollPane> scrollers = new java.util.HashMap<>();

    public void showPage(String key) {
        Page page = built.computeIfAbsent(key, k -> entries.get(k).factory().get());
        // a page taller or wider than the window (large text on a laptop screen) scrolls, never cuts off
        javafx.scene.control.ScrollPane scroll = scrollers.computeIfAbsent(key,
                k -> cn.gridledger.ui.common.WindowPlacement.scrolling(page.view()));
        pageHost.getChildren().setAll(scroll);
        scroll.applyCss(); // creates the scroll pane's skin, which puts the page into the scene
        page.onShow();
        UiLook.keepTextWhole(scroll);
        cn.gridledger.ui.common.ColumnWidths.fitAll(scroll);
    }
}
