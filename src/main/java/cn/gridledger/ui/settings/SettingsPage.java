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

/** 备份与设置: backups and restore, accounts and roles, the audit log, the county's report definitions, 交换包. */
public final class SettingsPage implements Page {

    private final VBox box;
    private final BackupPane backups;
    private final AccountsPane accounts;
    private final AuditPane audit;
    private ReportSettingsPane reportSettings;
    private ExchangePane exchange;

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
                exchangeTab(services),
                tab("tab-about", "settings.about", new AboutPane(services).view()));
        if (services.county().isCounty()) { // a county office's database exchanges no packages: it imports 县级汇总包
            tabs.getTabs().removeIf(t -> "tab-exchange".equals(t.getId()));
        }
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

    /**
     * 交换包 (#16), built when first opened. Here rather than a page of its own: it is an administrator's occasional
     * task beside backups (every import makes one, undo restores it), not daily work on the ledger.
     */
    private Tab exchangeTab(AppServices services) {
        Tab t = tab("tab-exchange", "settings.exchange", null);
        t.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                if (exchange == null) {
                    exchange = new ExchangePane(services);
                    t.setContent(exchange.view());
                }
                exchange.refresh();
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
        if (exchange != null) {
            exchange.refresh();
        }
    }
}
