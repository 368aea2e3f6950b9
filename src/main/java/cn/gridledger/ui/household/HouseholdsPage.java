package cn.gridledger.ui.household;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.search.HouseholdFilter.Chip;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFields;
import cn.gridledger.logic.service.ReportService.LedgerScope;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Folders;
import cn.gridledger.ui.grid.GridTree;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * 网格与农户: the village → grid tree, one search box (name, pinyin initials, ID number or its last
 * digits, phone, 户编号 — while typing), filter chips and a virtualised, sortable household table.
 */
public final class HouseholdsPage implements Page {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final AppServices services;
    private final GridTree tree;
    private javafx.beans.value.ChangeListener<cn.gridledger.ui.common.FontSize> refitOnSize;
    private final TextField search = new TextField();
    private final Map<Chip, ToggleButton> chips = new EnumMap<>(Chip.class);
    private final ObservableList<HouseholdRow> rows = FXCollections.observableArrayList();
    private final TableView<HouseholdRow> table = new TableView<>();
    private final Label footer = new Label();
    /** 已保存农户 … after the household form saved, until the next search. */
    private final Label saved = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final BorderPane root = new BorderPane();
    private final ObjectProperty<Quarter> asOf;
    private final Button ledger = new Button();
    private Path lastLedgerFolder;
    private Long villageId;
    private Long gridId;
    private String notUpdatedBefore;

    public HouseholdsPage(AppServices services, ObjectProperty<Quarter> asOf) {
        this.services = services;
        this.asOf = asOf;
        this.tree = new GridTree(services, this::select, this::refresh);
        Label title = new Label(I18n.t("nav.households"));
        title.getStyleClass().add("page-title");

        search.setId("household-search");
        search.setPromptText(I18n.t("hh.search.prompt"));
        search.setTooltip(new javafx.scene.control.Tooltip(I18n.t("hh.search.tip")));
        search.setPrefColumnCount(26);
        search.textProperty().addListener((obs, old, now) -> {
            saved.setText("");
            refresh();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        // the filter chips wrap to a second line at a large text size instead of being shortened
        Label searchLabel = new Label(I18n.t("hh.search"));
        // the search box shrinks with a narrow window (特大 on a laptop) instead of widening the page
        javafx.scene.layout.FlowPane searchRow = new javafx.scene.layout.FlowPane(8, 6, searchLabel, search) {
            @Override
            protected double computeMinWidth(double height) {
                // as narrow as its widest child can be, not as its widest child would like (the search box)
                double widest = getManagedChildren().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
                return snappedLeftInset() + widest + snappedRightInset();
            }
        };
        searchRow.setAlignment(Pos.CENTER_LEFT);
        searchRow.widthProperty().addListener((o, was, now) -> fitSearch(searchRow, searchLabel));
        // weakly: the text size outlives every page, and a page built for an earlier login (with its
        // 50,000 rows) must not stay in memory because of it; the field keeps the listener as long as the page
        refitOnSize = (o, was, now) -> javafx.application.Platform.runLater(() -> fitSearch(searchRow, searchLabel));
        cn.gridledger.ui.common.UiLook.sizeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(refitOnSize));
        for (Chip chip : Chip.values()) {
            ToggleButton b = new ToggleButton(chip.label());
            b.setId("chip-" + chip.name());
            b.getStyleClass().add("chip");
            b.selectedProperty().addListener((obs, old, now) -> refresh());
            chips.put(chip, b);
            searchRow.getChildren().add(b);
        }
        chips.forEach((chip, b) -> {
            b.setVisible(!chip.onDemand());
            b.managedProperty().bind(b.visibleProperty());
            b.visibleProperty().addListener((o, was, now) -> fitSearch(searchRow, searchLabel));
        });

        buildTable();
        Button add = new Button(I18n.t("hh.new"));
        add.setId("household-new");
        add.setOnAction(e -> newHousehold());
        Button edit = new Button(I18n.t("hh.edit"));
        edit.setId("household-edit");
        edit.setOnAction(e -> editSelected());
        Button delete = new Button(I18n.t("hh.delete"));
        delete.setId("household-delete");
        delete.setOnAction(e -> deleteSelected());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(edit.disableProperty());
        Button deleted = new Button(I18n.t("hh.deleted"));
        deleted.setId("household-deleted");
        deleted.setOnAction(e -> new DeletedHouseholdsDialog(services, services.households()::canRestore).showAndWait(root.getScene().getWindow()));
        footer.setId("household-footer");
        footer.getStyleClass().add("list-footer");
        ledger.setId("household-ledger");
        ledger.setOnAction(e -> chooseFileAndExportLedger());
        updateLedgerButton();
        // the buttons wrap to a second line at a large text size instead of widening the page
        javafx.scene.layout.FlowPane bottom = new javafx.scene.layout.FlowPane(8, 6, add, edit, delete, ledger, deleted);
        bottom.setId("household-buttons");
        bottom.setAlignment(Pos.CENTER_LEFT);

        loading.setMaxSize(60, 60);
        loading.setVisible(false);
        StackPane tableHost = new StackPane(table, loading);
        saved.setId("household-saved");
        saved.getStyleClass().add("saved-message");
        // the counts on the right; the saved message before them, on a line of its own when both do not fit
        javafx.scene.layout.FlowPane footerRow = new javafx.scene.layout.FlowPane(8, 4, saved, footer);
        footerRow.setAlignment(Pos.CENTER_LEFT);
        VBox center = new VBox(8, searchRow, tableHost, footerRow, bottom);
        VBox.setVgrow(tableHost, Priority.ALWAYS);
        VBox left = new VBox(8, new Label(I18n.t("hh.tree")), tree.pane());
        left.getStyleClass().add("households-tree");
        VBox.setVgrow(tree.pane(), Priority.ALWAYS);
        // a third of the page at most (21em at 标准 and below), so that 特大 leaves the list its room
        left.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(21 * em(), Math.max(11 * em(), root.getWidth() * 0.34)),
                root.widthProperty(), cn.gridledger.ui.common.UiLook.sizeProperty()));
        left.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setTop(title);
        root.setLeft(left);
        root.setCenter(center);
        BorderPane.setMargin(left, new Insets(8, 12, 0, 0));
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.getStylesheets().add(HouseholdsPage.class.getResource("household.css").toExternalForm());
    }

    private static double em() {
        return cn.gridledger.ui.common.UiLook.size().pixels();
    }

    /**
     * The search box as wide as its prompt, on one line with the chips when they leave it room enough,
     * otherwise as wide as the row has room for beside its label (the chips wrap below it).
     */
    private void fitSearch(javafx.scene.layout.FlowPane row, Label label) {
        if (row.getWidth() <= 0) {
            return;
        }
        double gap = row.getHgap();
        double beside = row.getWidth() - row.snappedLeftInset() - row.snappedRightInset() - label.prefWidth(-1) - gap - 2;
        double chipsWidth = chips.values().stream().filter(javafx.scene.Node::isVisible)
                .mapToDouble(b -> b.prefWidth(-1) + gap).sum();
        double natural = 26 * 1.1 * em();
        double oneLine = beside - chipsWidth;
        search.setMinWidth(8 * em());
        search.setPrefWidth(oneLine >= 18 * em() ? Math.min(natural, oneLine) : Math.max(8 * em(), Math.min(natural, beside)));
    }

    private void buildTable() {
        table.setId("household-table");
        cn.gridledger.ui.common.TableCopy.install(table);
        cn.gridledger.ui.common.CellTips.install(table);
        SortedList<HouseholdRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(I18n.t("hh.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<HouseholdRow, String> number = text(I18n.t("hh.col.number"),
                r -> r.hhNumber() == null ? "" : r.hhNumber());
        MonoColumn.apply(number);
        table.getColumns().add(number);
        table.getColumns().add(text(I18n.t("hh.col.head"), r -> r.headName() == null ? "" : r.headName()));
        table.getColumns().add(number(I18n.t("hh.col.population"), HouseholdRow::memberCount));
        table.getColumns().add(text(I18n.t("hh.col.grid"), r -> r.gridName() == null ? "" : r.gridName()));
        String dibao = I18n.t("hh.col.type.dibao");
        String tekun = I18n.t("hh.col.type.tekun");
        table.getColumns().add(text(I18n.t("hh.col.type"),
                r -> r.hhType() + (r.dibao() ? dibao : "") + (r.tekun() ? tekun : "")));
        table.getColumns().add(text(I18n.t("hh.col.monitoring"), r -> r.monitoring().label()));
        table.getColumns().add(number(I18n.t("hh.col.points"), HouseholdRow::points));
        TableColumn<HouseholdRow, String> phone = text(I18n.t("hh.col.phone"), r -> HouseholdFields.maskedPhone(r.phone()));
        MonoColumn.apply(phone);
        table.getColumns().add(phone);
        table.setRowFactory(t -> {
            TableRow<HouseholdRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                editSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                deleteSelected();
            }
        });
    }

    private static TableColumn<HouseholdRow, String> text(String title, Function<HouseholdRow, String> f) {
        TableColumn<HouseholdRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private static <N extends Number & Comparable<N>> TableColumn<HouseholdRow, N> number(String title,
            Function<HouseholdRow, N> f) {
        TableColumn<HouseholdRow, N> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> (ObservableValue<N>) new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setStyle("-fx-alignment: center-right;");
        c.setPrefWidth(70);
        return c;
    }

    @Override
    public Node view() {
        return root;
    }

    /** Ctrl+N and Ctrl+F work wherever the focus is in the window, while this page is shown. */
    private void installAccelerators() {
        var accelerators = root.getScene().getAccelerators();
        accelerators.put(NEW, () -> {
            if (root.getScene() != null) {
                newHousehold();
            }
        });
        accelerators.put(FIND, () -> {
            if (root.getScene() != null) {
                search.requestFocus();
            }
        });
    }

    @Override
    public void onShow() {
        if (root.getScene() != null) {
            installAccelerators();
        }
        services.search().invalidateIfChangedElsewhere();
        if (services.search().isLoaded()) {
            tree.refresh();
            refresh();
            return;
        }
        loading.setVisible(true);
        BackgroundTask.run(p -> {
            services.search().load(p);
            return null;
        }, null, ok -> {
            loading.setVisible(false);
            tree.refresh();
            refresh();
        }, e -> {
            loading.setVisible(false);
            Dialogs.failure(e);
        });
    }

    private void select(Long village, Long grid) {
        this.villageId = village;
        this.gridId = grid;
        updateLedgerButton();
        refresh();
    }

    // ------------------------------------------------------------------ 导出本网格台账

    /** 导出本网格台账 / 本村 / 全镇, after the tree's selection; a grid worker must pick one of their grids. */
    private void updateLedgerButton() {
        ledger.setText(I18n.t(gridId != null ? "hh.ledger.grid" : villageId != null ? "hh.ledger.village" : "hh.ledger.township"));
        ledger.setDisable(services.session().isSignedIn() && !services.session().canExportLedger(gridId));
    }

    private LedgerScope ledgerScope() {
        return new LedgerScope(asOf.get(), gridId == null ? villageId : null, gridId);
    }

    private void chooseFileAndExportLedger() {
        try {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("hh.ledger.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("hh.ledger.filter"), "*.xlsx"));
            chooser.setInitialFileName(services.reports().ledgerFileName(ledgerScope()));
            if (lastLedgerFolder != null && Files.isDirectory(lastLedgerFolder)) {
                chooser.setInitialDirectory(lastLedgerFolder.toFile());
            }
            File file = cn.gridledger.ui.common.LastFolders.showSaveDialog(chooser, root.getScene().getWindow(), "export");
            if (file != null) {
                Path chosen = file.toPath();
                if (!chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    chosen = chosen.resolveSibling(chosen.getFileName() + ".xlsx");
                }
                exportLedgerTo(chosen);
            }
        } catch (RuntimeException e) {
            Dialogs.failure(e);
        }
    }

    /** Exports the selected grid's (village's, township's) household ledger to {@code file}; also the tests' entry. */
    void exportLedgerTo(Path file) {
        LedgerScope scope = ledgerScope();
        String label = ledger.getText();
        ledger.setDisable(true);
        ledger.setText(I18n.t("hh.ledger.running"));
        BackgroundTask.run(p -> services.reports().exportHouseholdLedger(scope, file, false, p), null, done -> {
            ledger.setText(label);
            updateLedgerButton();
            lastLedgerFolder = file.toAbsolutePath().getParent();
            Folders.offerOpen(I18n.t("hh.ledger.done"), I18n.t("hh.ledger.doneText", done.rows(), file.toString()), file);
        }, e -> {
            ledger.setText(label);
            updateLedgerButton();
            Dialogs.failure(e);
        });
    }

    /** Shows the list behind a home-page tile: the whole township with these chips on. */
    public void apply(Set<Chip> on, String notUpdatedBeforeIso) {
        this.notUpdatedBefore = notUpdatedBeforeIso;
        search.clear();
        chips.forEach((chip, b) -> {
            b.setSelected(on.contains(chip));
            if (chip.onDemand()) {
                b.setVisible(on.contains(chip));
            }
        });
        tree.selectTownship();
        refresh();
    }

    /** Re-runs the search with the current text, tree selection and chips. */
    void refresh() {
        if (!services.search().isLoaded()) {
            return;
        }
        Set<Chip> on = EnumSet.noneOf(Chip.class);
        chips.forEach((chip, b) -> {
            if (b.isSelected()) {
                on.add(chip);
            }
        });
        List<HouseholdRow> found = services.search().search(search.getText(),
                new HouseholdFilter(villageId, gridId, on, notUpdatedBefore));
        HouseholdRow selected = table.getSelectionModel().getSelectedItem();
        rows.setAll(found);
        long people = found.stream().mapToLong(HouseholdRow::memberCount).sum();
        footer.setText(I18n.t("hh.footer", found.size(), people));
        if (selected != null) {
            found.stream().filter(r -> r.id().equals(selected.id())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    private void newHousehold() {
        HouseholdEditor editor = new HouseholdEditor(services, null, gridId);
        editor.showAndWait(root.getScene().getWindow()).ifPresent(this::afterSave);
    }

    private void editSelected() {
        HouseholdRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            edit(r);
        }
    }

    private void edit(HouseholdRow r) {
        try {
            new HouseholdEditor(services, r.id(), null).showAndWait(root.getScene().getWindow()).ifPresent(this::afterSave);
        } catch (RuntimeException e) {
            Dialogs.failure(e);
        }
    }

    /** Selects the saved household and says so; a search, chip or grid that would hide it is cleared first. */
    private void afterSave(String id) {
        tree.refresh();
        refresh();
        if (rowOf(id).isEmpty()) {
            search.clear();
            chips.values().forEach(b -> b.setSelected(false));
            notUpdatedBefore = null;
            tree.selectTownship();
            refresh();
        }
        rowOf(id).ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
            saved.setText(I18n.t("hh.saved", r.headName() == null ? "" : r.headName(),
                    r.hhNumber() == null || r.hhNumber().isBlank() ? "" : I18n.t("hh.savedNumber", r.hhNumber())));
        });
        table.requestFocus();
    }

    private java.util.Optional<HouseholdRow> rowOf(String id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void deleteSelected() {
        HouseholdRow r = table.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        if (Dialogs.confirm(I18n.t("hh.delete.header"), I18n.t("hh.delete.text", r.headName() == null ? "" : r.headName(),
                r.memberCount()))) {
            try {
                cn.gridledger.ui.common.LateEditReasonDialog.saveAsking(table.getScene().getWindow(), late -> {
                    services.households().delete(r.id(), late);
                    return Boolean.TRUE;
                });
            } catch (RuntimeException e) {
                Dialogs.failure(e);
            }
            tree.refresh();
            refresh();
        }
    }

    TableView<HouseholdRow> table() {
        return table;
    }
}
