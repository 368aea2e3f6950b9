package cn.gridledger.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.shell.Page;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 备份与设置: backups and restore, accounts and roles, the audit log, the county's report definitions. */
public final class SettingsPage implements Page {

    private final VBox box;
    private final BackupPane backups;
    private final AccountsPane accounts;
    private final AuditPane audit;
    private ReportSettingsPane reportSettings;

    public SettingsPage(AppServices services, Consumer<Path> restore, Runnable backupMade) {
        Label title = new Label(I18n.t("settings.title"));
        title.getStyleClass().add("page-title");
        backups = new BackupPane(services, restore, backupMade);
        accounts = new AccountsPane(services);
        audit = new AuditPane(services);
        TabPane tabs = new TabPane(
                tab("tab-backup", "settings.backup", backups.view()),
                tab("tab-accounts", "settings.accounts", accounts.view()),
                tab("tab-audit", "settings.audit", audit.view()),
                reportSettingsTab(services),
                tab("tab-about", "settings.about", new AboutPane(services).view()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box = new VBox(12, title, tabs);
        box.setPadding(new Insets(20));
    }

    /** Built when first opened: most visits to this page are for backups. */
    private Tab reportSettingsTab(AppServices services) {
        Tab t = tab("tab-report-settings", "settings.reportSettings", null);
        t.selectedProperty().addListener((o, was, is) -> {
            if (is && reportSettings == null) {
                reportSettings = new ReportSettingsPane(services);
                t.setContent(reportSettings.view());
            }
        });
        return t;
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public void onShow() {
        backups.refresh();
        accounts.refresh();
        audit.refresh();
        if (reportSettings != null) {
            reportSettings.refresh();
        }
    }
}
