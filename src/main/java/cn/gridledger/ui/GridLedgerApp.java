package cn.gridledger.ui;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import atlantafx.base.theme.PrimerLight;
import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.DamagedDatabaseException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.BackupService;
import cn.gridledger.logic.DataLocation;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.UiLook;
import cn.gridledger.ui.login.DamagedDatabaseDialog;
import cn.gridledger.ui.login.LoginView;
import cn.gridledger.ui.setup.FirstRunWizard;
import cn.gridledger.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application: opens the database (system property {@code gridledger.db}, then
 * {@code GRIDLEDGER_DB}, then the per-user default), runs the first-run wizard when the township is not
 * set up yet, then shows the main window.
 */
public final class GridLedgerApp extends Application {

    private static final Logger LOG = Logger.getLogger(GridLedgerApp.class.getName());

    private AppServices services;
    private Stage stage;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> Dialogs.internalError(e));
        Path file = DataLocation.resolve(explicitDatabase());
        AppLog.init(file.toAbsolutePath().getParent());
        UiLook.install();
        UiLook.rememberBeside(file);
        try {
            services = AppServices.open(file);
        } catch (DamagedDatabaseException e) {
            LOG.warning("database failed its integrity check at start");
            services = DamagedDatabaseDialog.offerRestore(e).orElse(null);
            if (services == null) {
                Platform.exit();
                return;
            }
        } catch (UserFacingException e) {
            Dialogs.error(I18n.t("app.cannotOpen"), e.getMessage());
            Platform.exit();
            return;
        }
        LOG.info("opened database, schema " + services.maintenance().schemaVersion());
        services.session().signOut();
        services.preloadExcelLibrary(); // while the user logs in
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        signInThenShow();
    }

    /** Wizard (first run), then the administrator's account or the login, then the main window. */
    private void signInThenShow() {
        Runnable login = () -> new LoginView(services, this::showMain).show(stage);
        if (isSetUp(services)) {
            login.run();
        } else {
            new FirstRunWizard(services, login).show(stage);
        }
    }

    private void showMain() {
        new MainWindow(services, new MainWindow.Hooks(this::restore, this::signInThenShow)).show(stage);
        BackgroundTask.run(p -> services.backup().dailyIfDue(), null, made -> { }, failure ->
                LOG.log(Level.WARNING, "daily backup failed", failure));
    }

    /** Closes the database, replaces it with the verified backup, and asks for a login again. */
    private void restore(Path backup) {
        String who = services.session().who();
        Path file = services.databaseFile();
        services.close();
        try {
            services = BackupService.restore(file, backup, who).services();
        } catch (UserFacingException e) {
            Dialogs.error(I18n.t("app.failed"), e.getMessage());
            services = AppServices.open(file);
        }
        services.session().signOut();
        signInThenShow();
    }

    /**
     * Shows the wizard or the main window on {@code stage} for the session {@code services} already has
     * (UI tests: the command-line session, or an account signed in with {@code accounts().login}).
     * The application itself signs out first and goes through the login.
     */
    public static void showFor(Stage stage, AppServices services) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiLook.install();
        UiLook.rememberBeside(services.databaseFile());
        if (isSetUp(services)) {
            new MainWindow(services).show(stage);
        } else {
            new FirstRunWizard(services, () -> new MainWindow(services).show(stage)).show(stage);
        }
    }

    /** A township's database with its township, or a county office's (#16 县级汇总), which has none. */
    private static boolean isSetUp(AppServices services) {
        return services.township().isSetUp() || services.county().isCounty();
    }

    private static Path explicitDatabase() {
        String property = System.getProperty("gridledger.db");
        return property == null || property.isBlank() ? null : Path.of(property);
    }

    @Override
    public void stop() {
        if (services != null) {
            try {
                if (services.session().isSignedIn()) {
                    services.backup().backupOnExit();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "backup on exit failed", e);
            }
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the database failed", e);
            }
        }
    }
}
