package cn.gridledger.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.importer.rows.RowNote;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.logic.service.ImportService.SheetPreview;
import cn.gridledger.logic.service.SubmittedQuarterException;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Shown;
import cn.gridledger.ui.importer.ImportWizardModel.Filter;
import cn.gridledger.ui.importer.ImportWizardModel.RowLine;
import cn.gridledger.ui.importer.ImportWizardModel.Step;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * 数据导入: a five-step wizard in one page (选择文件 → 选择工作表 → 核对表头 → 预览结果 → 导入). The state
 * lives in {@link ImportWizardModel}; reading, checking and importing run off the FX thread.
 */
public final class ImportPage implements Page {

    /** Facts of submitted quarters listed in the page; the rest are counted. */
    private static final int LATE_LISTED = 10;

    private static final String[] STEP_KEYS = {"import.step.file", "import.step.sheets", "import.step.header",
        "import.step.preview", "import.step.import"};

    private final AppServices services;
    private final ImportWizardModel model;
    private final BorderPane root = new BorderPane();
    private final HBox steps = new HBox(6);
    private final StackPane body = new StackPane();
    private final Label message = new Label();
    private final Button back = new Button(I18n.t("import.back"));
    private final Button next = new Button(I18n.t("import.next"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button cancel = new Button(I18n.t("import.cancel"));
    private Task<?> running;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private int generation;
    private boolean busy;
    private int headerSheet = -1;
    private Path lastFolder;
    private Button runButton;
    private Button undoButton;
    private Label undoNote;
    /** The import shown in the summary has been undone. */
    private boolean undone;
    /** Why the last file chosen was refused, shown under the drop zone until another file is read. */
    private String refusal;

    public ImportPage(AppServices services) {
        this.services = services;
        this.model = new ImportWizardModel(services.importer());
        root.setId("import-page");
        root.getProperties().put(ImportPage.class, this);
        root.getStyleClass().add("import-page");
        root.getStylesheets().add(ImportPage.class.getResource("import.css").toExternalForm());
        Label title = new Label(I18n.t("nav.import"));
        title.getStyleClass().add("page-title");
        steps.setAlignment(Pos.CENTER_LEFT);
        steps.setId("import-steps");
        root.setTop(new VBox(10, title, steps));
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 12, 0));
        root.setCenter(body);
        root.setBottom(bottomBar());
        root.setPadding(new Insets(16, 20, 12, 20));
        installDragAndDrop();
        show(Step.FILE);
    }

    @Override
    public Node view() {
        return root;
    }

    /** The model, for tests. */
    ImportWizardModel model() {
        return model;
    }

    private Node bottomBar() {
        message.setId("import-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        back.setId("import-back");
        next.setId("import-next");
        next.getStyleClass().add("accent");
        back.setOnAction(e -> goBack());
        next.setOnAction(e -> goNext());
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> cancelRunning());
        progress.setPrefWidth(220);
        progress.setId("import-progress");
        HBox bar = new HBox(10, message, progressText, progress, cancel, back, next);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        bar.getStyleClass().add("import-bottom");
        setBusy(false, "");
        return bar;
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !busy && model.step() == Step.FILE) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                chooseFile(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    // --- navigation ---

    private void show(Step step) {
        model.goTo(step);
        steps.getChildren().clear();
        for (Step s : Step.values()) {
            if (s.ordinal() > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("muted");
                steps.getChildren().add(arrow);
            }
            Label l = new Label((s.ordinal() + 1) + " " + I18n.t(STEP_KEYS[s.ordinal()]));
            l.getStyleClass().add(s == step ? "step-current" : s.ordinal() < step.ordinal() ? "step-done" : "step-todo");
            l.setId("step-" + s.name().toLowerCase());
            steps.getChildren().add(l);
        }
        clearMessage();
        body.getChildren().setAll(switch (step) {
            case FILE -> fileStep();
            case SHEETS -> sheetsStep();
            case HEADER -> headerStep();
            case PREVIEW -> previewStep();
            case IMPORT -> importStep();
        });
        updateButtons();
    }

    private void updateButtons() {
        Step s = model.step();
        back.setVisible(s != Step.FILE && !(s == Step.IMPORT && model.result() != null));
        back.setManaged(back.isVisible());
        back.setDisable(busy);
        next.setVisible(s != Step.IMPORT);
        next.setManaged(next.isVisible());
        next.setDisable(busy);
    }

    private void goNext() {
        String blocker = model.blocker();
        if (blocker != null) {
            showError(blocker);
            return;
        }
        show(Step.values()[model.step().ordinal() + 1]);
        if (model.step() == Step.PREVIEW) {
            analyse();
        }
    }

    private void goBack() {
        if (busy) {
            return;
        }
        show(Step.values()[model.step().ordinal() - 1]);
    }

    private void showError(String text) {
        message.setText(text);
        message.getStyleClass().setAll("label", "import-error");
    }

    private void showInfo(String text) {
        message.setText(text);
        message.getStyleClass().setAll("label", "import-info");
    }

    private void clearMessage() {
        message.setText("");
    }

    private void setBusy(boolean on, String what) {
        setBusy(on, what, on);
    }

    private void setBusy(boolean on, String what, boolean cancellable) {
        busy = on;
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(cancellable);
        cancel.setManaged(cancellable);
        progressText.setText(what);
        progressText.setVisible(on);
        progressText.setManaged(on);
        if (runButton != null) {
            runButton.setDisable(on || runBlocked());
        }
        if (!on) {
            progress.progressProperty().unbind();
            progress.setProgress(0);
        }
        updateButtons();
    }

    private void cancelRunning() {
        cancelRequested.set(true);
        progressText.setText(I18n.t("import.cancelling"));
    }

    /** Runs slow work with the bar and 取消; the cancel flag is passed to the work, which rolls back itself. */
    private <T> void runInBackground(String what, boolean cancellable, java.util.function.Function<Progress, T> work,
            java.util.function.Consumer<T> done, java.util.function.Consumer<Throwable> failed) {
        int mine = ++generation;
        cancelRequested.set(false);
        setBusy(true, what, cancellable);
        running = BackgroundTask.run(p -> work.apply(new Progress() {
            @Override
            public void update(long n, long total, String text) {
                p.update(n, total, text);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || p.isCancelled();
            }
        }), progress, result -> {
            if (mine == generation) {
                setBusy(false, "");
                done.accept(result);
            }
        }, e -> {
            if (mine == generation) {
                setBusy(false, "");
                failed.accept(e);
            }
        });
    }

    /** A failure of background work: the Chinese refusal in the page, anything else as a fault. */
    private void showFailure(Throwable e) {
        if (e instanceof UserFacingException) {
            showError(e.getMessage());
        } else {
            Dialogs.internalError(e);
        }
    }

    // --- 1 选择文件 ---

    private Node fileStep() {
        Label supported = new Label(I18n.t("import.supported"));
        supported.setWrapText(true);
        Button browse = new Button(I18n.t("import.browse"));
        browse.setId("import-browse");
        browse.getStyleClass().add("accent");
        browse.setOnAction(e -> browse());
        Label drop = new Label(I18n.t("import.dropHere"));
        drop.getStyleClass().add("drop-title");
        VBox zone = new VBox(12, drop, browse, supported);
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("drop-zone");
        zone.setMaxWidth(720);
        zone.setMinHeight(180);
        VBox box = new VBox(16, zone);
        if (refusal != null) {
            Label why = new Label(refusal);
            why.setId("import-refusal");
            why.setWrapText(true);
            why.setMaxWidth(720);
            why.getStyleClass().addAll("import-error", "refusal-box");
            box.getChildren().add(why);
        }
        if (model.hasFile()) {
            box.getChildren().add(fileSummary());
        }
        return scroll(box);
    }

    private Node fileSummary() {
        Label file = new Label(I18n.t("import.fileRead", model.file().getFileName().toString(),
                model.preview().format().name().toLowerCase(), model.sheets().size()));
        file.setId("import-file");
        file.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        RadioButton cadre = new RadioButton(I18n.t("import.kind.cadre"));
        RadioButton household = new RadioButton(I18n.t("import.kind.household"));
        cadre.setId("kind-cadre");
        household.setId("kind-household");
        cadre.setToggleGroup(group);
        household.setToggleGroup(group);
        (model.kind() == RosterKind.CADRE ? cadre : household).setSelected(true);
        cadre.setOnAction(e -> model.setKind(RosterKind.CADRE));
        household.setOnAction(e -> model.setKind(RosterKind.HOUSEHOLD));
        boolean detected = model.sheets().stream().anyMatch(s -> s.header() != null);
        Label hint = new Label(detected ? I18n.t("import.kindDetected", model.kind().displayName())
                : I18n.t("import.kindUnknown"));
        hint.getStyleClass().add("muted");
        HBox kinds = new HBox(20, new Label(I18n.t("import.kind")), cadre, household);
        kinds.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, file, kinds, hint);
        box.getStyleClass().add("file-summary");
        box.setMaxWidth(720);
        return box;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("import.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.t("import.filter.all"), "*.xlsx", "*.xls", "*.csv"),
                new FileChooser.ExtensionFilter(I18n.t("import.filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(I18n.t("import.filter.xls"), "*.xls"),
                new FileChooser.ExtensionFilter(I18n.t("import.filter.csv"), "*.csv"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File f = cn.gridledger.ui.common.LastFolders.showOpenDialog(chooser, root.getScene().getWindow(), "import");
        if (f != null) {
            chooseFile(f.toPath());
        }
    }

    /** Reads a file chosen by the button, dropped on the page, or given by a test. */
    void chooseFile(Path file) {
        if (busy) {
            return;
        }
        if (model.step() != Step.FILE) {
            show(Step.FILE);
        }
        lastFolder = file.toAbsolutePath().getParent();
        runInBackground(I18n.t("import.reading"), false, p -> ImportWizardModel.read(services.importer(), file), preview -> {
            refusal = null;
            model.accept(preview);
            headerSheet = -1;
            show(Step.FILE);
            String saved = model.chosenWithHeader().stream().map(s -> model.savedMappingName(s.sheet().index()))
                    .flatMap(java.util.Optional::stream).findFirst().orElse(null);
            if (saved != null) {
                showInfo(I18n.t("import.savedApplied", saved));
            }
        }, e -> {
            model.reset();
            refusal = e instanceof UserFacingException
                    ? I18n.t("import.refused", file.getFileName().toString(), e.getMessage()) : null;
            show(Step.FILE);
            if (refusal == null) {
                showFailure(e);
            }
        });
    }

    // --- 2 选择工作表 ---

    private Node sheetsStep() {
        VBox list = new VBox(10);
        list.getChildren().add(new Label(I18n.t("import.sheetsHint")));
        for (SheetPreview s : model.sheets()) {
            String rows = s.sheet().approxRowCount() < 0 ? I18n.t("import.rowsUnknown")
                    : I18n.t("import.rows", s.sheet().approxRowCount());
            CheckBox box = new CheckBox(s.sheet().hidden()
                    ? I18n.t("import.sheetLine.hidden", s.sheet().name(), rows, I18n.t("import.hidden"))
                    : I18n.t("import.sheetLine", s.sheet().name(), rows));
            box.setId("sheet-" + s.sheet().index());
            box.setSelected(model.isChosen(s.sheet().index()));
            box.setOnAction(e -> model.choose(s.sheet().index(), box.isSelected()));
            Label note = new Label(s.header() != null ? I18n.t("import.headerFound", rowsOf(s), s.header().kind().displayName())
                    : s.problem() == null ? "" : s.problem());
            note.getStyleClass().add(s.header() != null ? "muted" : "import-warning");
            note.setWrapText(true);
            VBox one = new VBox(2, box, note);
            one.setPadding(new Insets(0, 0, 0, 4));
            list.getChildren().add(one);
        }
        return scroll(list);
    }

    private static String rowsOf(SheetPreview s) {
        int a = s.header().firstExcelRow();
        int b = s.header().lastExcelRow();
        return a == b ? Integer.toString(a) : a + "–" + b;
    }

    // --- 3 核对表头 ---

    private Node headerStep() {
        List<SheetPreview> sheets = model.chosenWithHeader();
        if (sheets.isEmpty()) {
            Label none = new Label(I18n.t("import.noHeaderChosen"));
            none.getStyleClass().add("import-warning");
            return none;
        }
        if (sheets.stream().noneMatch(s -> s.sheet().index() == headerSheet)) {
            headerSheet = sheets.get(0).sheet().index();
        }
        SheetPreview sheet = model.sheet(headerSheet);
        HBox top = new HBox(12);
        top.setAlignment(Pos.CENTER_LEFT);
        if (sheets.size() > 1) {
            ComboBox<SheetPreview> which = new ComboBox<>();
            which.getItems().setAll(sheets);
            which.setConverter(Shown.as(s -> s.sheet().name()));
            which.setValue(sheet);
            which.setOnAction(e -> {
                headerSheet = which.getValue().sheet().index();
                show(Step.HEADER);
            });
            top.getChildren().addAll(new Label(I18n.t("import.sheet")), which);
        }
        top.getChildren().add(HeaderView.legend(sheet));

        ScrollPane grid = new ScrollPane(HeaderView.topRows(sheet));
        grid.setId("import-top-rows");
        grid.setPrefViewportHeight(250);
        grid.setMinViewportHeight(230);

        Label mappingTitle = new Label(I18n.t("import.mappingTitle"));
        mappingTitle.getStyleClass().add("section-title");
        Button save = new Button(I18n.t("import.saveMapping"));
        save.setId("import-save-mapping");
        save.setOnAction(e -> saveMapping(sheet));
        Label saved = new Label(model.savedMappingName(headerSheet).map(n -> I18n.t("import.savedInUse", n)).orElse(""));
        saved.setId("import-saved-mapping");
        saved.getStyleClass().add("muted");
        HBox mappingBar = new HBox(12, mappingTitle, save, saved);
        mappingBar.setAlignment(Pos.CENTER_LEFT);
        top.getChildren().addAll(new Label(I18n.t("import.village")), villageChoice());

        ScrollPane mapping = new ScrollPane();
        mapping.setId("import-mapping");
        mapping.setFitToWidth(true);
        int sheetIndex = headerSheet;
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> mapping.setContent(HeaderView.mapping(model, sheetIndex, () -> {
            javafx.application.Platform.runLater(redraw[0]);
            String blocker = model.blocker();
            if (blocker != null) {
                showError(blocker);
            } else {
                clearMessage();
            }
        }));
        redraw[0].run();
        VBox box = new VBox(8, top, grid, mappingBar, mapping);
        mapping.setMinViewportHeight(120);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        return box;
    }

    /** 本表所属村: for files that name no village (no 村 column, no village in the title). */
    private ComboBox<cn.gridledger.model.Village> villageChoice() {
        ComboBox<cn.gridledger.model.Village> box = new ComboBox<>();
        box.setId("import-village");
        // a stand-in entry rather than null: combo boxes draw a null item as an empty line
        cn.gridledger.model.Village fromFile = new cn.gridledger.model.Village(0, null, I18n.t("import.villageFromFile"), null);
        box.getItems().add(fromFile);
        box.getItems().addAll(model.villages());
        box.setConverter(Shown.as(cn.gridledger.model.Village::name));
        box.setValue(model.villages().stream().filter(v -> v.code().equals(model.villageCode())).findFirst().orElse(fromFile));
        box.setOnAction(e -> model.chooseVillage(box.getValue() == null ? null : box.getValue().code()));
        return box;
    }

    private void saveMapping(SheetPreview sheet) {
        TextInputDialog dialog = new TextInputDialog(model.savedMappingName(sheet.sheet().index())
                .orElse(model.file().getFileName().toString().replaceFirst("\\.[^.]*$", "")));
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("import.saveMappingHeader"));
        dialog.setContentText(I18n.t("import.mappingName"));
        // our own button texts: JavaFX would take OK/Cancel from the machine's locale
        dialog.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(I18n.t("import.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(I18n.t("import.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> saveMapping(sheet, name));
    }

    /** Saves the mapping of the sheet under a name (also the entry point of the UI test). */
    void saveMapping(SheetPreview sheet, String name) {
        try {
            model.saveMapping(sheet.sheet().index(), name);
            show(Step.HEADER);
            showInfo(I18n.t("import.mappingSaved", name));
        } catch (UserFacingException e) {
            showError(e.getMessage());
        }
    }

    // --- 4 预览结果 ---

    private Node previewStep() {
        VBox box = new VBox(10);
        ImportReport r = model.analysis();
        if (r == null) {
            Label wait = new Label(I18n.t("import.analysing"));
            wait.getStyleClass().add("muted");
            box.getChildren().add(wait);
            return box;
        }
        Label counts = new Label(r.countsLine());
        counts.setId("import-counts");
        counts.getStyleClass().add("import-counts");
        Label where = new Label(I18n.t("import.analysedWhere", r.sheetNames(), r.headerRow(), r.rows().size()));
        where.getStyleClass().add("muted");

        ComboBox<Filter> filter = new ComboBox<>();
        filter.setId("import-filter");
        filter.getItems().setAll(Filter.values());
        filter.setConverter(Shown.as(Filter::label));
        filter.setValue(r.errorRows() > 0 ? Filter.ERROR : Filter.ALL);
        TableView<RowLine> table = rowTable(r.sheets().size() > 1);
        table.getItems().setAll(model.lines(filter.getValue()));
        filter.setOnAction(e -> table.getItems().setAll(model.lines(filter.getValue())));

        Button errors = new Button(I18n.t("import.errorWorkbook"));
        errors.setId("import-error-workbook");
        errors.setDisable(r.issues().isEmpty());
        errors.setOnAction(e -> saveErrorWorkbook());
        HBox bar = new HBox(10, new Label(I18n.t("import.show")), filter, errors);
        bar.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(new HBox(16, counts, where), bar);
        if (!r.lateEdits().isEmpty()) {
            Label late = new Label(I18n.t("import.late.preview", r.lateEdits().size(), listed(r.lateEdits())));
            late.setId("import-late-edits");
            late.setWrapText(true);
            late.getStyleClass().add("import-warning");
            box.getChildren().add(late);
        }
        if (!r.missingMembers().isEmpty()) {
            box.getChildren().add(MissingMembersPane.build(model, this::clearMessage));
        }
        box.getChildren().add(table);
        ((HBox) box.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
        if (!r.unknownVillages().isEmpty()) {
            Label unknown = new Label(I18n.t("import.unknownVillages",
                    String.join(I18n.t("ui.sep.list"), r.unknownVillages().keySet())));
            unknown.setId("import-unknown-villages");
            unknown.getStyleClass().add("import-warning");
            unknown.setWrapText(true);
            Button add = new Button(I18n.t("import.addVillages"));
            add.setId("import-add-villages");
            add.setOnAction(e -> addUnknownVillages());
            HBox villages = new HBox(10, unknown, add);
            villages.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(villages);
        }
        List<String> notes = r.notes().stream().filter(RowNote::warning).map(n -> I18n.t("import.note",
                n.excelRowNumber(), n.message())).limit(3).toList();
        if (!notes.isEmpty()) {
            Label l = new Label(String.join("\n", notes));
            l.getStyleClass().add("import-warning");
            box.getChildren().add(l);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableView<RowLine> rowTable(boolean withSheet) {
        TableView<RowLine> table = new TableView<>();
        table.setId("import-rows");
        table.setPlaceholder(new Label(I18n.t("import.noRows")));
        if (withSheet) {
            table.getColumns().add(column(I18n.t("import.col.sheet"), 120, RowLine::sheet));
        }
        table.getColumns().add(column(I18n.t("import.col.row"), 70, l -> Integer.toString(l.excelRow())));
        table.getColumns().add(column(I18n.t("import.col.name"), 100, RowLine::name));
        table.getColumns().add(column(I18n.t("import.col.result"), 110, RowLine::result));
        TableColumn<RowLine, String> detail = column(I18n.t("import.col.detail"), 600, RowLine::detail);
        table.getColumns().add(detail);
        // a long 说明 shows whole on hover
        cn.gridledger.ui.common.CellTips.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RowLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("row-error", "row-warning");
                if (!empty && line != null) {
                    if (line.result().startsWith(RowClass.ERROR.label())) {
                        getStyleClass().add("row-error");
                    } else if (line.result().endsWith(I18n.t("import.row.withWarnings"))) {
                        getStyleClass().add("row-warning");
                    }
                }
            }
        });
        return table;
    }

    private static TableColumn<RowLine, String> column(String title, double width,
            java.util.function.Function<RowLine, String> value) {
        TableColumn<RowLine, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    /** 一键添加 the villages the file names, then check the file again (also the entry point of the UI test). */
    void addUnknownVillages() {
        try {
            var added = model.addUnknownVillages();
            showInfo(I18n.t("import.villagesAdded", String.join(I18n.t("ui.sep.list"),
                    added.stream().map(v -> I18n.t("ui.paren", v.name(), v.code())).toList())));
            analyse();
        } catch (UserFacingException e) {
            showError(e.getMessage());
        }
    }

    private void analyse() {
        runInBackground(I18n.t("import.analysing"), true, model::analyse, report -> {
            model.analysed(report);
            show(Step.PREVIEW);
        }, e -> {
            show(Step.PREVIEW);
            if (e instanceof Progress.CancelledException) {
                showInfo(I18n.t("import.analysisCancelled"));
            } else {
                showFailure(e);
            }
        });
    }

    private void saveErrorWorkbook() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("import.errorWorkbook"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("import.filter.xlsx"), "*.xlsx"));
        String base = model.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(I18n.t("import.errorWorkbook.fileName", base));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File f = cn.gridledger.ui.common.LastFolders.showSaveDialog(chooser, root.getScene().getWindow(), "importErrors");
        if (f != null) {
            writeErrorWorkbook(f.toPath());
        }
    }

    /** Writes the error workbook (also the entry point of the UI test). */
    void writeErrorWorkbook(Path out) {
        try {
            Path written = model.writeErrorWorkbook(out);
            showInfo(I18n.t("import.errorWorkbookSaved", written.toString()));
        } catch (UserFacingException e) {
            showError(e.getMessage());
        }
    }

    // --- 5 导入 ---

    private Node importStep() {
        VBox box = new VBox(14);
        ImportReport result = model.result();
        if (result != null) {
            Label done = new Label(result.committed()
                    ? I18n.t("import.committed", result.newRows(), result.changedRows(), result.unchangedRows(),
                            result.errorRows())
                    : I18n.t("import.notCommitted"));
            done.setId("import-result");
            done.setWrapText(true);
            done.getStyleClass().add("import-done");
            Label counts = new Label(result.countsLine());
            counts.getStyleClass().add("import-counts");
            Button again = new Button(I18n.t("import.again"));
            again.setId("import-again");
            again.getStyleClass().add("accent");
            again.setOnAction(e -> {
                model.reset();
                headerSheet = -1;
                undoButton = null;
                undoNote = null;
                undone = false;
                show(Step.FILE);
            });
            Button errors = new Button(I18n.t("import.errorWorkbook"));
            errors.setDisable(result.issues().isEmpty());
            errors.setOnAction(e -> saveErrorWorkbook());
            HBox buttons = new HBox(10, again, errors);
            box.getChildren().addAll(done, counts);
            if (result.committed() && !result.lateEdits().isEmpty()) {
                Label late = new Label(I18n.t("import.late.done", result.lateEdits().size(), model.lateEditReason()));
                late.setId("import-late-done");
                late.setWrapText(true);
                box.getChildren().add(late);
            }
            if (result.committed() && !model.departures().isEmpty()) {
                Label left = new Label(I18n.t("import.missing.done", model.departures().size(), byReason()));
                left.setId("import-missing-done");
                box.getChildren().add(left);
            }
            box.getChildren().addAll(new Label(I18n.t("import.backupNote")), buttons);
            if (result.committed()) {
                undoButton = new Button(I18n.t("import.undo"));
                undoButton.setId("import-undo");
                undoButton.setOnAction(e -> undoImport());
                undoNote = new Label();
                undoNote.setId("import-undo-note");
                undoNote.setWrapText(true);
                undoNote.getStyleClass().add("import-undo-note");
                buttons.getChildren().add(undoButton);
                box.getChildren().add(undoNote);
                refreshUndo();
            }
            return box;
        }
        ImportReport a = model.analysis();
        Label plan = new Label(I18n.t("import.plan", model.file().getFileName().toString(), a.newRows(), a.changedRows(),
                a.unchangedRows(), a.errorRows()));
        plan.setWrapText(true);
        plan.setId("import-plan");
        Button run = new Button(I18n.t("import.run"));
        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> runImport());
        runButton = run;
        box.getChildren().add(plan);
        if (!a.missingMembers().isEmpty()) {
            Label leaving = new Label(departurePlan(a));
            leaving.setId("import-missing-plan");
            leaving.setWrapText(true);
            box.getChildren().add(leaving);
        }
        box.getChildren().add(new Label(I18n.t("import.oneTransaction")));
        List<String> late = model.lateEdits();
        if (!late.isEmpty()) {
            box.getChildren().add(lateReasonBox(late, run));
        }
        box.getChildren().add(run);
        run.setDisable(busy || runBlocked());
        String denied = importDenied();
        if (denied != null) {
            Label why = new Label(denied);
            why.setId("import-denied");
            why.getStyleClass().add("import-error");
            box.getChildren().add(why);
        }
        return box;
    }

    /**
     * The facts of submitted quarters the import changes and the reason asked for them (报送, #15): 导入 stays
     * off until one is typed, since the service would refuse the import without it.
     */
    private Node lateReasonBox(List<String> late, Button run) {
        Label what = new Label(I18n.t("import.late.header", late.size(), listed(late)));
        what.setId("import-late-list");
        what.setWrapText(true);
        what.getStyleClass().add("import-warning");
        TextField reason = new TextField(model.lateEditReason() == null ? "" : model.lateEditReason());
        reason.setId("import-late-reason");
        reason.setPromptText(I18n.t("hh.lateEdit.prompt"));
        reason.setMaxWidth(520);
        reason.textProperty().addListener((o, was, now) -> {
            model.lateEditReason(now);
            run.setDisable(busy || runBlocked());
        });
        HBox line = new HBox(10, new Label(I18n.t("hh.lateEdit.reason")), reason);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(reason, Priority.ALWAYS);
        return new VBox(6, what, line);
    }

    /** At most {@link #LATE_LISTED} facts, one a line, then how many more. */
    private static String listed(List<String> facts) {
        String shown = String.join("\n", facts.subList(0, Math.min(LATE_LISTED, facts.size())));
        return facts.size() <= LATE_LISTED ? shown : shown + "\n" + I18n.t("import.late.more", facts.size() - LATE_LISTED);
    }

    /** Why 导入 may not start: this session may not import, or a reason for a submitted quarter is missing. */
    private boolean runBlocked() {
        return importDenied() != null || model.lateReasonMissing();
    }

    /** e.g. 其中 2 人将移出（迁出 1、死亡 1），其余 1 人保留在原户。 */
    private String departurePlan(ImportReport a) {
        int chosen = model.departures().size();
        int kept = a.missingMembers().size() - chosen;
        return chosen == 0 ? I18n.t("import.missing.planKeep", kept)
                : I18n.t("import.missing.plan", chosen, byReason(), model.departureDay().toString(), kept);
    }

    private String byReason() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        model.departures().forEach(d -> counts.merge(d.reason().label(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> I18n.t("import.missing.count", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(I18n.t("ui.sep.list")));
    }

    /**
     * 撤销本次导入 is offered until anything else changes the data; the state is read again each time the
     * page is shown, so a change made on another page disables the button and says why.
     */
    private void refreshUndo() {
        if (undoButton == null) {
            return;
        }
        if (undone) {
            undoButton.setDisable(true);
            undoNote.setText(I18n.t("import.undone"));
            return;
        }
        ImportService.UndoState state = services.importer().undoState();
        undoButton.setDisable(!state.possible() || busy);
        undoNote.setText(state.possible() ? I18n.t("import.undoHint") : state.reason());
    }

    @Override
    public void onShow() {
        refreshUndo();
    }

    /** 撤销本次导入 after a Chinese confirmation dialog. */
    private void undoImport() {
        ImportReport result = model.result();
        if (result == null || busy) {
            return;
        }
        if (Dialogs.confirm(I18n.t("import.undo"), I18n.t("import.undoConfirm", result.file().getFileName().toString()))) {
            undoConfirmed();
        }
    }

    /** Undoes the import without asking (the UI test calls this after checking the button). */
    void undoConfirmed() {
        runInBackground(I18n.t("import.undoing"), false, p -> {
            services.importer().undoLastImport();
            return Boolean.TRUE;
        }, ok -> {
            undone = true;
            refreshUndo();
            showInfo(I18n.t("import.undoneMessage"));
        }, e -> {
            showFailure(e);
            refreshUndo();
        });
    }

    /** Why this session may not import, or null when it may. */
    private String importDenied() {
        try {
            services.session().requireImport();
            return null;
        } catch (AccessDeniedException e) {
            return e.getMessage();
        }
    }

    /** Starts the import (the 开始导入 button; also the entry point of the UI test). */
    void runImport() {
        if (busy || model.result() != null) {
            return;
        }
        String denied = importDenied();
        if (denied != null) {
            showError(denied);
            return;
        }
        if (model.lateReasonMissing()) {
            showError(I18n.t("hh.lateEdit.needed"));
            return;
        }
        runInBackground(I18n.t("import.importing"), true, model::importNow, report -> {
            model.imported(report);
            show(Step.IMPORT);
        }, e -> {
            if (e instanceof SubmittedQuarterException late) {
                // the data changed since the preview: the step now lists these facts and asks the reason
                model.refusedLate(late.facts());
                show(Step.IMPORT);
                showError(I18n.t("import.late.refused"));
                return;
            }
            show(Step.IMPORT);
            if (e instanceof Progress.CancelledException) {
                showInfo(I18n.t("import.cancelled"));
            } else {
                showFailure(e);
            }
        });
    }

    // --- helpers ---

    private static ScrollPane scroll(Region content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("edge-to-edge");
        return s;
    }
}
