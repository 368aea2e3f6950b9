package cn.gridledger.ui.settings;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 关于: the program's and the database's structure version, where the data and the log are — what support asks first. */
final class AboutPane {

    private final AppServices services;
    private final Label databaseVersion = new Label();
    private final VBox box;

    AboutPane(AppServices services) {
        this.services = services;
        Label title = new Label(I18n.t("about.program", AppVersion.program()));
        title.setId("aboutProgram");
        title.getStyleClass().add("app-name");
        databaseVersion.setId("aboutDatabaseVersion");
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(8);
        int row = 0;
        facts.addRow(row++, new Label(I18n.t("about.schemaKnown")), value("aboutSchemaKnown", AppVersion.schema()));
        facts.addRow(row++, new Label(I18n.t("about.schemaDatabase")), databaseVersion);
        facts.addRow(row++, new Label(I18n.t("about.databaseFile")),
                value("aboutDatabaseFile", services.databaseFile().toString()));
        facts.addRow(row++, new Label(I18n.t("about.logFile")), value("aboutLogFile", String.valueOf(AppLog.file())));
        facts.addRow(row++, new Label(I18n.t("about.runtime")), value("aboutRuntime", I18n.t("about.runtimeValue",
                System.getProperty("java.version"), String.valueOf(System.getProperty("javafx.runtime.version")),
                System.getProperty("os.name") + " " + System.getProperty("os.version"))));
        box = new VBox(16, title, facts, new Label(I18n.t("about.offline")));
        box.setPadding(new Insets(16));
        refresh();
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    void refresh() {
        databaseVersion.setText(services.maintenance().schemaVersion());
    }

    Node view() {
        return box;
    }
}
