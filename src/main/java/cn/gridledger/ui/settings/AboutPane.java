package cn.gridledger.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Folders;
import cn.gridledger.ui.common.Help;
import cn.gridledger.ui.common.LastFolders;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.scene.layout.VBox;

/** 关于: the program's and the database's structure version, where the data and the log are — what support asks first. */
final class AboutPane {

    private final AppServices services;
    private final Label databaseVersion = new Label();
    private final Button diagnostics = new Button(I18n.t("about.diagnostics"));
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
        Button manual = new Button(I18n.t("about.manual"));
        manual.setId("aboutManual");
        manual.setOnAction(e -> Help.open());
        diagnostics.setId("aboutDiagnostics");
        diagnostics.setOnAction(e -> chooseAndExportDiagnostics());
        Label offline = new Label(I18n.t("about.offline"));
        offline.setWrapText(true);
        Label diagnosticsNote = new Label(I18n.t("about.diagnosticsNote"));
        diagnosticsNote.setWrapText(true);
        diagnosticsNote.getStyleClass().add("muted");
        box = new VBox(16, title, facts, offline, new HBox(8, manual, diagnostics), diagnosticsNote);
        box.setPadding(new Insets(16));
        box.setId("aboutPane");
        box.getProperties().put(AboutPane.class, this); // lets the tests reach exportDiagnosticsTo
        refresh();
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private void chooseAndExportDiagnostics() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("about.diagnostics"));
        chooser.setInitialFileName(I18n.t("about.diagnosticsFile",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("about.zipFilter"), "*.zip"));
        File file = LastFolders.showSaveDialog(chooser, box.getScene().getWindow(), "diagnostics");
        if (file != null) {
            exportDiagnosticsTo(file.toPath());
        }
    }

    /** Writes the support package to {@code zip} in the background (also the tests' entry). */
    void exportDiagnosticsTo(Path zip) {
        diagnostics.setDisable(true);
        BackgroundTask.run(p -> services.maintenance().writeDiagnostics(zip), null, written -> {
            diagnostics.setDisable(false);
            Folders.offerOpen(I18n.t("about.diagnosticsDone"), I18n.t("about.diagnosticsDoneText", written), written);
        }, e -> {
            diagnostics.setDisable(false);
            Dialogs.failure(e);
        });
    }

    void refresh() {
        databaseVersion.setText(services.maintenance().schemaVersion());
    }

    Node view() {
        return box;
    }
}
