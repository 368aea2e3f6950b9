package cn.gridledger.ui;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import atlantafx.base.theme.PrimerLight;
import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.DataLocation;
import cn.gridledger.ui.common.Dialogs;
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

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> Dialogs.internalError(e));
        Path file = DataLocation.resolve(explicitDatabase());
        AppLog.init(file.toAbsolutePath().getParent());
        try {
            services = AppServices.open(file);
        } catch (UserFacingException e) {
            Dialogs.error(I18n.t("app.cannotOpen"), e.getMessage());
            Platform.exit();
            return;
        }
        LOG.info("opened database, schema " + services.maintenance().check().schemaVersion());
        showFor(stage, services);
    }

    /** Shows the wizard or the main window on {@code stage}; public for UI tests. */
    public static void showFor(Stage stage, AppServices services) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (services.township().isSetUp()) {
            new MainWindow(services).show(stage);
        } else {
            new FirstRunWizard(services, () -> new MainWindow(services).show(stage)).show(stage);
        }
    }

    private static Path explicitDatabase() {
        String property = System.getProperty("gridledger.db");
        return property == null || property.isBlank() ? null : Path.of(property);
    }

    @Override
    public void stop() {
        if (services != null) {
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the database failed", e);
            }
        }
    }
}
