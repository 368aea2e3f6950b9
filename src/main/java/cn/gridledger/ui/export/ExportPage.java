package cn.gridledger.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.ExportScope;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Folders;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/**
 * 报表导出: quarter and scope on top; the reports with checkboxes, the selected one previewed as it will
 * print; 填表人/审核人/联系电话 remembered; export to a folder with progress and cancel; open the folder.
 */
public final class ExportPage implements Page {


    private final AppServices services;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Quarter> quarter = new ComboBox<>();
    private final ComboBox<ExportScope> scope = new ComboBox<>();
    private final ListView<ReportKind> reports = new ListView<>();
    private final Map<ReportKind, BooleanProperty> chosen = new EnumMap<>(ReportKind.class);
    private final TextField preparer = new TextField();
    private final TextField reviewer = new TextField();
    private final TextField phone = new TextField();
    private final CheckBox oneWorkbook = new CheckBox(I18n.t("export.oneWorkbook"));
    private final CheckBox masked = new CheckBox(I18n.t("export.masked"));
    private final Button exportButton = new Button(I18n.t("export.toFolder"));
    private final Button cancelButton = new Button(I18n.t("export.cancel"));
    private final Button openFolder = new Button(I18n.t("export.openFolder"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ScrollPane preview = new ScrollPane();
    private final SubmitBar submitBar;
    private Task<?> running;
    private Path lastFolder;
    private int previewGeneration;

    public ExportPage(AppServices services, ObjectProperty<Quarter> asOf, List<Quarter> quarters) {
        this.services = services;
        this.submitBar = new SubmitBar(services, quarter::getValue, scope::getValue, this::refreshPreview);
        Label title = new Label(I18n.t("nav.export"));
        title.getStyleClass().add("page-title");
        root.setTop(new VBox(12, title, selectors(asOf, quarters)));
        root.setLeft(controls());
        preview.setId("export-preview");
        preview.getProperties().put(ExportPage.class, this);
        preview.setFitToWidth(false);
        root.setCenter(preview);
        root.setPadding(new Insets(20));
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 12, 0));
        root.getStylesheets().add(ExportPage.class.getResource("export.css").toExternalForm());
        Footer footer = services.reportSettings().footer();
        preparer.setText(footer.preparer());
        reviewer.setText(footer.reviewer());
        phone.setText(footer.phone());
        reports.getSelectionModel().selectFirst();
        submitBar.refresh();
    }

    private Node selectors(ObjectProperty<Quarter> asOf, List<Quarter> quarters) {
        quarter.getItems().setAll(quarters);
        quarter.setValue(asOf.get());
        quarter.setConverter(converter(Quarter::label));
        quarter.setId("export-quarter");
        asOf.addListener((obs, old, now) -> quarter.setValue(now));
        quarter.valueProperty().addListener((obs, old, now) -> {
            refreshPreview();
            submitBar.refresh();
        });
        // what the user may export: the township and its villages, or a grid worker's own grids
        scope.getItems().addAll(services.reports().exportScopes());
        scope.setValue(scope.getItems().isEmpty() ? null : scope.getItems().get(0));
        scope.setConverter(converter(v -> v == null ? "" : v.villageCode() == null ? I18n.t("export.wholeTownship") : v.label()));
        scope.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ExportScope v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? "" : scope.getConverter().toString(v));
            }
        });
        scope.setId("export-scope");
        scope.valueProperty().addListener((obs, old, now) -> {
            refreshPreview();
            submitBar.refresh();
        });
        HBox box = new HBox(10, new Label(I18n.t("export.quarter")), quarter, new Label(I18n.t("export.scope")), scope);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node controls() {
        List<ReportKind> allowed = services.reports().exportableReports(); // a grid worker: those cut to a grid
        for (ReportKind k : allowed) {
            chosen.put(k, new SimpleBooleanProperty(true));
        }
        reports.getItems().setAll(allowed);
        reports.setId("export-reports");
        reports.setCellFactory(CheckBoxListCell.forListView(chosen::get, converter(ReportKind::title)));
        // every report shows without scrolling, at any text size: the cell height is in em (export.css)
        // and the list is as tall as its cells
        reports.getStyleClass().add("export-report-list");
        javafx.beans.binding.DoubleBinding listHeight = reports.fixedCellSizeProperty()
                .multiply(javafx.beans.binding.Bindings.size(reports.getItems())).add(6);
        reports.prefHeightProperty().bind(listHeight);
        reports.minHeightProperty().bind(listHeight);
        reports.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> refreshPreview());
        CheckBox all = new CheckBox(I18n.t("export.all"));
        all.setSelected(true);
        all.setOnAction(e -> chosen.values().forEach(p -> p.set(all.isSelected())));

        GridPane footer = new GridPane();
        footer.setHgap(8);
        footer.setVgap(6);
        preparer.setId("export-preparer");
        reviewer.setId("export-reviewer");
        phone.setId("export-phone");
        footer.addRow(0, new Label(I18n.t("export.preparer")), preparer);
        footer.addRow(1, new Label(I18n.t("export.reviewer")), reviewer);
        footer.addRow(2, new Label(I18n.t("export.phone")), phone);
        preparer.focusedProperty().addListener((o, was, is) -> refreshPreviewOnBlur(is));
        reviewer.focusedProperty().addListener((o, was, is) -> refreshPreviewOnBlur(is));
        phone.focusedProperty().addListener((o, was, is) -> refreshPreviewOnBlur(is));

        exportButton.setId("export-run");
        exportButton.getStyleClass().add("accent");
        exportButton.setOnAction(e -> chooseFolderAndExport());
        cancelButton.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        cancelButton.setVisible(false);
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        openFolder.setId("export-open-folder");
        masked.setId("export-masked");
        masked.setTooltip(new javafx.scene.control.Tooltip(I18n.t("export.masked.tip")));
        if (services.session().mustMaskPersonalData()) {
            masked.setSelected(true);
            masked.setDisable(true);
        }
        openFolder.setDisable(true);
        openFolder.setOnAction(e -> Folders.open(lastFolder));
        Folders.addOpenFile(openFolder);
        status.setId("export-status");
        status.setWrapText(true);
        HBox running = new HBox(8, progress, cancelButton);
        HBox.setHgrow(progress, Priority.ALWAYS);
        running.setAlignment(Pos.CENTER_LEFT);
        // 导出, 打开文件 and 打开所在文件夹 wrap under each other in the narrow column instead of running into the preview
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, exportButton, openFolder);
        VBox box = new VBox(10, new Label(I18n.t("export.reports")), all, reports, footer, oneWorkbook, masked,
                buttons, running, status, submitBar.view());
        box.getStyleClass().add("export-controls");
        return box;
    }

    private void refreshPreviewOnBlur(boolean focused) {
        if (!focused) {
            refreshPreview();
        }
    }

    private Request request() {
        ExportScope v = scope.getValue();
        return new Request(quarter.getValue(), v == null ? null : v.villageCode(), footer(), v == null ? null : v.gridId());
    }

    private Footer footer() {
        return new Footer(preparer.getText(), reviewer.getText(), phone.getText(), java.time.LocalDate.now());
    }

    /** Redraws the preview of the selected report; reading runs off the FX thread, the newest request wins. */
    private void refreshPreview() {
        ReportKind kind = reports.getSelectionModel().getSelectedItem();
        if (kind == null || quarter.getValue() == null) {
            return;
        }
        int generation = ++previewGeneration;
        Request request = request();
        preview.setContent(new Label(I18n.t("export.previewLoading")));
        BackgroundTask.run(p -> {
            ReportTable t = services.reports().table(kind, request);
            return new Object[] {t, ReportPreview.rowsOf(t)};
        }, null, result -> {
            if (generation != previewGeneration) {
                return;
            }
            ReportTable t = (ReportTable) result[0];
            @SuppressWarnings("unchecked")
            List<ReportRow> rows = (List<ReportRow>) result[1];
            boolean more = !t.kind().quarterly() && rows.stream().filter(ReportRow::isRecord).count() >= ReportPreview.ROWS;
            preview.setContent(ReportPreview.build(t, rows, more));
        }, Dialogs::failure);
    }

    private void chooseFolderAndExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("export.chooseFolder"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File folder = cn.gridledger.ui.common.LastFolders.showDialog(chooser, root.getScene().getWindow(), "export");
        if (folder != null) {
            exportTo(folder.toPath());
        }
    }

    /** Exports the checked reports into {@code folder} (also the entry point of the UI test). */
    void exportTo(Path folder) {
        List<ReportKind> kinds = new ArrayList<>();
        chosen.forEach((k, p) -> {
            if (p.get()) {
                kinds.add(k);
            }
        });
        if (kinds.isEmpty()) {
            Dialogs.error(I18n.t("export.failed"), I18n.t("export.noneChosen"));
            return;
        }
        services.reportSettings().saveFooter(footer());
        Request request = request();
        ExportScope exportedScope = scope.getValue();
        boolean single = oneWorkbook.isSelected();
        boolean hide = masked.isSelected();
        setRunning(true);
        status.setText(I18n.t("export.running"));
        running = BackgroundTask.run(p -> services.reports().export(kinds, request, folder, single, hide, p), progress,
                (ExportSummary s) -> {
                    setRunning(false);
                    lastFolder = folder;
                    openFolder.setDisable(false);
                    Folders.exported(openFolder, s.files().stream().map(f -> f.file()).toList());
                    status.setText(I18n.t("export.done", s.files().size(), s.rows(), String.format("%.1f", s.seconds()),
                            folder.toString()));
                    submitBar.exported(request.quarter(), exportedScope, s);
                }, e -> {
                    setRunning(false);
                    status.setText(I18n.t("export.stopped"));
                    if (!(e instanceof java.util.concurrent.CancellationException)) {
                        Dialogs.failure(e);
                    }
                });
        running.setOnCancelled(e -> {
            setRunning(false);
            status.setText(I18n.t("export.stopped"));
        });
    }

    private void setRunning(boolean on) {
        exportButton.setDisable(on);
        cancelButton.setVisible(on);
        progress.setVisible(on);
    }

    /** The 报送 part, for tests (its confirmed step runs without the dialog). */
    SubmitBar submitBar() {
        return submitBar;
    }

    /** Last export's folder, for tests. */
    Path lastFolder() {
        return lastFolder;
    }

    @Override
    public Node view() {
        return root;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
