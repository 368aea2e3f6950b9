package cn.gridledger.ui.county;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CountyService;
import cn.gridledger.logic.service.CountyService.CountyExport;
import cn.gridledger.logic.service.CountyService.HeldCopy;
import cn.gridledger.logic.service.CountyService.ImportOutcome;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.ActionStatus;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.LastFolders;
import cn.gridledger.ui.common.TableCopy;
import cn.gridledger.ui.export.ReportPreview;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 县级汇总 (#16), the page a county office's installation opens on: the townships whose 县级汇总包 it holds, importing
 * newer ones, and R1–R5 across them — previewed here as they will print, exported one workbook each.
 */
public final class CountyPage implements Page {

    private final AppServices services;
    private final ObjectProperty<Quarter> quarter;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final TableView<HeldCopy> townships = new TableView<>();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final ComboBox<ReportKind> report = new ComboBox<>();
    private final ScrollPane preview = new ScrollPane();
    private final ActionStatus work = new ActionStatus(status, bar, m -> m);
    private int previewGeneration;

    public CountyPage(AppServices services, ObjectProperty<Quarter> quarter) {
        this.services = services;
        this.quarter = quarter;
        heading.getStyleClass().add("page-title");
        Label intro = new Label(I18n.t("county.intro"));
        intro.setWrapText(true);

        Button importButton = button("countyImport", "county.import", this::chooseImport);
        Button remove = button("countyRemove", "county.remove", this::removeSelected);
        Button export = button("countyExport", "county.export", this::chooseExport);
        work.add(importButton);
        work.add(remove);
        work.add(export);
        HBox actionRow = new HBox(10, importButton, remove, bar);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        status.setId("countyStatus");

        townships.setId("countyTownships");
        TableCopy.install(townships);
        townships.getColumns().add(column("county.code", HeldCopy::code, 110));
        townships.getColumns().add(column("county.township", HeldCopy::name, 120));
        townships.getColumns().add(column("county.snapshotNo", t -> I18n.t("county.number", t.snapshotNo()), 90));
        townships.getColumns().add(column("county.exportedAt", t -> t.exportedAt().replace('T', ' '), 170));
        townships.getColumns().add(column("county.exportedBy", t -> t.exportedBy() == null ? "" : t.exportedBy(), 110));
        townships.getColumns().add(column("county.households", t -> String.valueOf(t.households()), 90));
        townships.getColumns().add(column("county.members", t -> String.valueOf(t.members()), 90));
        townships.getColumns().add(column("county.importedAt", t -> t.importedAt().replace('T', ' '), 170));
        townships.setPlaceholder(new Label(I18n.t("county.none")));
        townships.setPrefHeight(190);
        townships.setMinHeight(120);
        summary.setId("countySummary");

        report.setId("countyReport");
        report.getItems().setAll(CountyService.REPORTS);
        report.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportKind k) {
                return k == null ? "" : k.title();
            }

            @Override
            public ReportKind fromString(String s) {
                return null;
            }
        });
        report.setValue(ReportKind.GRID_SUMMARY);
        report.valueProperty().addListener((o, was, now) -> redrawPreview());
        quarter.addListener((o, was, now) -> redrawPreview());
        Label reportLabel = new Label(I18n.t("county.report"));
        HBox reportRow = new HBox(10, reportLabel, report, export);
        reportRow.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(10, heading, intro, actionRow, status, townships, summary, reportRow);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        preview.setId("countyPreview");
        preview.setFitToWidth(false);
        preview.setPrefViewportHeight(320);
        root.setCenter(preview);
        root.setPadding(new Insets(20));
        root.getStylesheets().add(ReportPreview.class.getResource("export.css").toExternalForm());
        root.setUserData(this);
        root.setId("countyPage");
    }

    private static Button button(String id, String key, Runnable run) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static TableColumn<HeldCopy, String> column(String key, java.util.function.Function<HeldCopy, String> value,
            double width) {
        TableColumn<HeldCopy, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        refresh();
    }

    private void refresh() {
        try {
            CountyService.Status s = services.county().status();
            heading.setText(I18n.t("county.title", s.county()));
            townships.getItems().setAll(s.townships());
            summary.setText(I18n.t("county.summary", s.townships().size(), s.households(), s.members()));
        } catch (RuntimeException e) {
            failed(e);
        }
        redrawPreview();
    }

    /** The selected report across the townships, its first rows read off the FX thread; the newest request wins. */
    private void redrawPreview() {
        if (townships.getItems().isEmpty()) {
            preview.setContent(new Label(I18n.t("county.previewEmpty")));
            return;
        }
        int generation = ++previewGeneration;
        ReportKind kind = report.getValue();
        Quarter q = quarter.get();
        preview.setContent(new Label(I18n.t("county.previewLoading")));
        BackgroundTask.run(p -> {
            ReportTable t = services.county().table(kind, q);
            return new Object[] {t, ReportPreview.rowsOf(t)};
        }, null, r -> {
            if (generation == previewGeneration) {
                @SuppressWarnings("unchecked")
                List<ReportRow> rows = (List<ReportRow>) r[1];
                preview.setContent(ReportPreview.build((ReportTable) r[0], rows,
                        rows.stream().filter(ReportRow::isRecord).count() >= ReportPreview.ROWS));
            }
        }, e -> {
            if (generation == previewGeneration) {
                preview.setContent(new Label(e instanceof UserFacingException ? e.getMessage() : I18n.t("county.previewFailed")));
            }
            if (!(e instanceof UserFacingException)) {
                Dialogs.internalError(e);
            }
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("county.openTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("county.fileType"), "*.glx"));
        List<File> chosen = LastFolders.showOpenMultipleDialog(chooser, window(), "county");
        if (!chosen.isEmpty()) {
            importFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Imports the packages in the background (the UI test calls it without the file chooser). */
    void importFiles(List<Path> files) {
        background(p -> services.county().importSnapshots(files, p), (List<ImportOutcome> outcomes) -> {
            refresh();
            StringBuilder text = new StringBuilder();
            long imported = outcomes.stream().filter(ImportOutcome::imported).count();
            text.append(I18n.t("county.imported", imported, outcomes.size() - imported));
            for (ImportOutcome o : outcomes) {
                text.append('\n').append(o.imported()
                        ? I18n.t("county.importedOne", o.township(), o.snapshotNo(), o.households(), o.members())
                        : I18n.t("county.refusedOne", o.file().getFileName(), o.refusal()));
            }
            done(text.toString());
        });
    }

    private void removeSelected() {
        HeldCopy t = townships.getSelectionModel().getSelectedItem();
        if (t == null) {
            failed(new UserFacingException(I18n.t("county.selectFirst")));
            return;
        }
        if (!Dialogs.confirm(I18n.t("county.remove"), I18n.t("county.removeConfirm", t.name(), t.code()))) {
            return;
        }
        try {
            services.county().remove(t.code());
            refresh();
            done(I18n.t("county.removed", t.name()));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void chooseExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("county.exportTitle"));
        File folder = LastFolders.showDialog(chooser, window(), "county-export");
        if (folder != null) {
            export(folder.toPath());
        }
    }

    /** Writes R1–R5 across the townships to {@code folder} (the UI test calls it without the chooser). */
    void export(Path folder) {
        Quarter q = quarter.get();
        background(p -> services.county().export(CountyService.REPORTS, q, folder, p), (CountyExport r) ->
                done(I18n.t("county.exported", r.files().size(), q.label(), folder)));
    }

    private <T> void background(java.util.function.Function<Progress, T> task, java.util.function.Consumer<T> then) {
        work.background(task, then, () -> { });
    }

    private void done(String text) {
        work.done(text);
    }

    private void failed(Throwable e) {
        work.failed(e);
    }
}
