package cn.gridledger.ui.visits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.logic.service.VisitService.VisitPage;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Visit;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitResponsibility.GridMonitor;
import cn.gridledger.model.VisitRow;
import cn.gridledger.model.code.VisitType;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.FieldPair;
import cn.gridledger.ui.common.LateEditReasonDialog;
import cn.gridledger.ui.common.Shown;
import cn.gridledger.ui.shell.Page;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 走访 (issue #17): the visit log with filters (grid, type, open, overdue, date range, search) and a
 * keyboard-fast entry form under it — Enter in any field saves, the new row is selected.
 */
public final class VisitsPage implements Page {

    private static final GridMonitor ALL_GRIDS = new GridMonitor(-1, "", I18n.t("visits.allGrids"), "", null, null);
    private static final int PAGE = 200;

    private final AppServices services;
    private final VBox box;
    private final ComboBox<GridMonitor> grid = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final CheckBox openOnly = new CheckBox(I18n.t("visits.openOnly"));
    private final CheckBox overdueOnly = new CheckBox(I18n.t("visits.overdueOnly"));
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField search = new TextField();
    private final TableView<VisitRow> table = new TableView<>();
    private final Label total = new Label();
    private final Label status = new Label();

    // the entry form: a new visit, or the selected one while 修改 is on
    private final VisitForm form = new VisitForm(this::save);
    private final Label formTitle = new Label();
    private final TextField household = new TextField();
    private final ComboBox<HouseholdRow> householdMatch = new ComboBox<>();
    /** A visit to several households (政策宣传, a dispute between neighbours): those added besides the picker's. */
    private final List<HouseholdRow> together = new java.util.ArrayList<>();
    /** While changing a visit: its households the user cannot see here (another grid), kept as they were. */
    private List<String> keptHidden = List.of();
    private final Label otherHouseholds = new Label();
    private final Button addHousehold = new Button(I18n.t("visits.form.addHousehold"));
    private final Button clearHouseholds = new Button(I18n.t("visits.form.clearHouseholds"));
    private final Button cancelEdit = new Button(I18n.t("visits.cancelEdit"));
    private final Button save = new Button();
    private final Button edit = new Button(I18n.t("visits.edit"));
    private final Button delete = new Button(I18n.t("visits.delete"));
    private final TextField result = new TextField();
    private final TextField closedDate = new TextField();
    private final Button close = new Button(I18n.t("visits.close"));
    /** The visit being changed (null: the form records a new one). */
    private String editing;
    private boolean loading;

    public VisitsPage(AppServices services) {
        this.services = services;
        Label title = new Label(I18n.t("nav.visits"));
        title.getStyleClass().add("page-title");

        grid.setId("visitsGrid");
        grid.setConverter(Shown.<GridMonitor>as(GridMonitor::grid));
        type.setId("visitsType");
        type.getItems().add(I18n.t("visits.allTypes"));
        VisitType.all().forEach(t -> type.getItems().add(t.label()));
        type.getSelectionModel().selectFirst();
        openOnly.setId("visitsOpenOnly");
        overdueOnly.setId("visitsOverdueOnly");
        from.setId("visitsFrom");
        to.setId("visitsTo");
        from.setPromptText(I18n.t("visits.datePrompt"));
        to.setPromptText(I18n.t("visits.datePrompt"));
        from.setPrefColumnCount(7);
        to.setPrefColumnCount(7);
        search.setId("visitsSearch");
        search.setPromptText(I18n.t("visits.searchPrompt"));
        search.setPrefColumnCount(14);
        grid.valueProperty().addListener((o, a, b) -> refresh(null));
        type.valueProperty().addListener((o, a, b) -> refresh(null));
        openOnly.selectedProperty().addListener((o, a, b) -> refresh(null));
        overdueOnly.selectedProperty().addListener((o, a, b) -> refresh(null));
        from.setOnAction(e -> refresh(null));
        to.setOnAction(e -> refresh(null));
        from.focusedProperty().addListener((o, a, b) -> { if (!b) refresh(null); });
        to.focusedProperty().addListener((o, a, b) -> { if (!b) refresh(null); });
        search.textProperty().addListener((o, a, b) -> refresh(null));
        // the short choices (全部类型, 入户走访) stay whole: the rows wrap instead of squeezing them to “全部…”
        for (ComboBox<?> c : List.of(grid, type)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the filters wrap onto a second line at the larger text sizes; a label stays with its field
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(12, 6,
                FieldPair.of("visits.grid", grid), FieldPair.of("visits.type", type), openOnly, overdueOnly,
                FieldPair.of("visits.from", from), FieldPair.of("visits.to", to), search);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("visitsTable");
        cn.gridledger.ui.common.TableCopy.install(table);
        cn.gridledger.ui.common.CellTips.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("visits.empty")));
        table.getColumns().setAll(List.of(VisitColumns.date(), VisitColumns.type(),
                VisitColumns.text("visits.col.grid", VisitRow::grid, 8.6),
                VisitColumns.text("visits.col.households", VisitRow::households, 8.6), VisitColumns.visitors(),
                VisitColumns.finding(), VisitColumns.followUp(), VisitColumns.due(), VisitColumns.state(),
                VisitColumns.result()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected(b));
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                e.consume();
                deleteSelected();
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<VisitRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !edit.isDisabled()) {
                    editSelected();
                }
            });
            return row;
        });
        // then as wide as their heading and values at the chosen text size
        cn.gridledger.ui.common.ColumnWidths.fitAll(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // at the larger text sizes the form below takes most of the height: the table keeps room for
        // a few rows and the page scrolls instead
        // (in em of the table's own font, so it follows a text size chosen after the page was built)
        table.setStyle("-fx-min-height: 15em;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        total.setId("visitsTotal");
        status.setId("visitsStatus");
        status.getStyleClass().add("status-message");
        edit.setId("visitEdit");
        delete.setId("visitDelete");
        edit.setDisable(true);
        delete.setDisable(true);
        edit.setOnAction(e -> editSelected());
        delete.setOnAction(e -> deleteSelected());
        HBox foot = new HBox(8, edit, delete, status, spacer, total);
        foot.setAlignment(Pos.CENTER_LEFT);

        box = new VBox(10, title, filters, table, foot, form());
        box.setPadding(new Insets(16, 20, 12, 20));
    }

    private Node form() {
        household.setId("visitHousehold");
        household.setPromptText(I18n.t("visits.form.householdPrompt"));
        household.setPrefColumnCount(8);
        householdMatch.setId("visitHouseholdMatch");
        householdMatch.setConverter(Shown.<HouseholdRow>as(h -> I18n.t("visits.form.householdChoice", h.headName(),
                h.hhNumber(), h.gridName() == null ? "" : h.gridName()).strip()));
        // wide enough for 户主, 户编号 and the grid’s name whole
        householdMatch.setStyle("-fx-pref-width: 22em;");
        household.textProperty().addListener((o, a, b) -> matchHouseholds(b));
        otherHouseholds.setId("visitOtherHouseholds");
        otherHouseholds.setWrapText(true);
        addHousehold.setId("visitAddHousehold");
        addHousehold.setOnAction(e -> addTogether());
        addHousehold.setTooltip(new javafx.scene.control.Tooltip(I18n.t("visits.form.addHouseholdTip")));
        clearHouseholds.setId("visitClearHouseholds");
        clearHouseholds.setOnAction(e -> {
            together.clear();
            showTogether();
        });
        clearHouseholds.managedProperty().bind(clearHouseholds.visibleProperty());
        // Ctrl+Enter in the household box: this one too, then type the next
        household.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                addTogether();
            }
        });
        form.householdField(household);
        form.saveOnEnter(household);
        form.saveOnEnter(householdMatch);
        result.setId("visitResult");
        closedDate.setId("visitClosedDate");
        closedDate.setPrefColumnCount(7);
        close.setId("visitClose");
        close.setDisable(true);
        close.setOnAction(e -> closeSelected());
        result.setOnAction(e -> closeSelected());
        closedDate.setOnAction(e -> closeSelected());
        save.setText(I18n.t("visits.save"));
        save.setId("visitSave");
        save.setOnAction(e -> save());
        cancelEdit.setId("visitCancelEdit");
        cancelEdit.setOnAction(e -> stopEditing());
        cancelEdit.managedProperty().bind(cancelEdit.visibleProperty());
        cancelEdit.setVisible(false);
        for (Button b : List.of(save, cancelEdit, close, edit, delete, addHousehold, clearHouseholds)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox picker = new HBox(6, household, householdMatch, addHousehold);
        picker.setAlignment(Pos.CENTER_LEFT);
        HBox cl = new HBox(8, new Label(I18n.t("visits.form.result")), result,
                new Label(I18n.t("visits.form.closedDate")), closedDate, close);
        cl.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        formTitle.setId("visitFormTitle");
        formTitle.setStyle("-fx-font-weight: bold;");
        HBox others = new HBox(8, otherHouseholds, clearHouseholds);
        others.setAlignment(Pos.CENTER_LEFT);
        others.visibleProperty().bind(otherHouseholds.textProperty().isNotEmpty());
        others.managedProperty().bind(others.visibleProperty());
        VBox v = new VBox(6, formTitle, form.view(picker, save, cancelEdit), others, cl);
        v.setId("visitForm");
        v.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editing != null) {
                e.consume();
                stopEditing();
            }
        });
        resetForm();
        return v;
    }

    private void matchHouseholds(String typed) {
        if (typed == null || typed.isBlank()) {
            householdMatch.getItems().clear();
            return;
        }
        try {
            List<HouseholdRow> rows = services.search().search(typed.strip(), HouseholdFilter.all());
            householdMatch.getItems().setAll(rows.subList(0, Math.min(30, rows.size())));
            householdMatch.getSelectionModel().selectFirst();
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    /** Starts a new visit for this household. */
    public void newFor(String householdNumber) {
        stopEditing();
        household.setText(householdNumber);
        form.visitors.requestFocus();
    }

    /** Shows overdue follow-ups only (the home tile). */
    public void showOverdue() {
        loading = true;
        try {
            clearFilters();
            overdueOnly.setSelected(true);
        } finally {
            loading = false;
        }
        refresh(null);
    }

    private void clearFilters() {
        grid.setValue(ALL_GRIDS);
        type.getSelectionModel().selectFirst();
        openOnly.setSelected(false);
        overdueOnly.setSelected(false);
        from.clear();
        to.clear();
        search.clear();
    }

    private void resetForm() {
        editing = null;
        together.clear();
        keptHidden = List.of();
        showTogether();
        formTitle.setText(I18n.t("visits.form.title"));
        cancelEdit.setVisible(false);
        save.setText(I18n.t("visits.save"));
        form.reset();
        household.clear();
        result.clear();
        closedDate.setText(LocalDate.now().toString());
    }

    /** Adds the picker's household to the visit's households and empties the box for the next. */
    private void addTogether() {
        HouseholdRow h = householdMatch.getValue();
        if (h != null && together.stream().noneMatch(t -> t.id().equals(h.id()))) {
            together.add(h);
        }
        household.clear();
        showTogether();
        household.requestFocus();
    }

    private void showTogether() {
        String text = together.isEmpty() ? "" : I18n.t("visits.form.together", String.join(I18n.t("ui.sep.list"),
                together.stream().map(HouseholdRow::headName).toList()), together.size());
        if (!keptHidden.isEmpty()) {
            text = (text + " " + I18n.t("visits.form.hiddenHouseholds", keptHidden.size())).strip();
        }
        otherHouseholds.setText(text);
        clearHouseholds.setVisible(!together.isEmpty());
    }

    private void stopEditing() {
        resetForm();
        form.date.requestFocus();
    }

    private void selected(VisitRow row) {
        boolean mine = row != null && services.visits().canEdit(row);
        close.setDisable(!mine || !row.open());
        edit.setDisable(!mine);
        delete.setDisable(!mine);
    }

    /** Puts the selected visit into the form; saving then changes it. */
    private void editSelected() {
        VisitRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        try {
            Visit v = services.visits().one(row.id());
            resetForm();
            editing = v.id();
            form.fill(v);
            List<String> hidden = new java.util.ArrayList<>();
            // in the order entered: the ones added first, then the last in the picker (the first decides the grid)
            int last = v.households().size() - 1;
            for (int i = 0; i <= last; i++) {
                var shown = services.search().row(v.households().get(i));
                if (shown.isEmpty()) {
                    hidden.add(v.households().get(i));
                } else if (i == last) {
                    household.setText(shown.get().hhNumber());
                    householdMatch.getItems().setAll(shown.get());
                    householdMatch.setValue(shown.get());
                } else {
                    together.add(shown.get());
                }
            }
            keptHidden = List.copyOf(hidden);
            showTogether();
            formTitle.setText(I18n.t("visits.form.editTitle", row.date(), row.households()));
            cancelEdit.setVisible(true);
            save.setText(I18n.t("visits.saveChange"));
            form.finding.requestFocus();
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private void deleteSelected() {
        VisitRow row = table.getSelectionModel().getSelectedItem();
        if (VisitColumns.deleteAfterAsking(services, row)) {
            if (row.id().equals(editing)) {
                resetForm();
            }
            refresh(null);
            status.setText(I18n.t("visits.deleted", row.households()));
        }
    }

    private void save() {
        HouseholdRow h = householdMatch.getValue();
        // in the order entered: the first decides the visit's grid
        List<String> households = new java.util.ArrayList<>();
        together.stream().map(HouseholdRow::id).forEach(households::add);
        if (h != null && !households.contains(h.id())) {
            households.add(h.id());
        }
        keptHidden.stream().filter(id -> !households.contains(id)).forEach(households::add);
        boolean changing = editing != null;
        try {
            VisitInput in = form.input(households);
            // a visit a submitted quarter counted: ask the reason, save once more; going back keeps the form
            java.util.Optional<String> saved = LateEditReasonDialog.saveAsking(box.getScene().getWindow(), reason -> {
                if (!changing) {
                    return services.visits().record(in, reason);
                }
                services.visits().edit(editing, in, reason);
                return editing;
            });
            if (saved.isEmpty()) {
                form.showNotSaved();
                return;
            }
            String id = saved.get();
            List<String> names = new java.util.ArrayList<>(together.stream().map(HouseholdRow::headName).toList());
            if (h != null && together.stream().noneMatch(t -> t.id().equals(h.id()))) {
                names.add(h.headName());
            }
            String what = String.join(I18n.t("ui.sep.list"), names);
            resetForm();
            refresh(id);
            status.setText(I18n.t(changing ? "visits.changed" : "visits.saved", what));
            form.date.requestFocus();
        } catch (RuntimeException ex) {
            if (!form.showErrors(ex)) {
                Dialogs.failure(ex);
            }
        }
    }

    private void closeSelected() {
        VisitRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || !row.open()) {
            return;
        }
        try {
            boolean done = LateEditReasonDialog.saveAsking(box.getScene().getWindow(), reason -> {
                services.visits().close(row.id(), result.getText(), closedDate.getText(), reason);
                return Boolean.TRUE;
            }).isPresent();
            if (!done) {
                status.setText(I18n.t("hh.lateEdit.notSaved"));
                return;
            }
            refresh(row.id());
            result.clear();
            status.setText(I18n.t("visits.closed", row.households()));
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private VisitFilter filter() {
        GridMonitor g = grid.getValue();
        VisitType t = VisitType.match(type.getValue()).orElse(null);
        String text = search.getText() == null || search.getText().isBlank() ? null : search.getText().strip();
        return new VisitFilter(g == null || g.gridId() < 0 ? null : g.gridId(), null, t, openOnly.isSelected(),
                overdueOnly.isSelected(), day(from.getText()), day(to.getText()), text, null);
    }

    static LocalDate day(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip().replace('.', '-').replace('/', '-'));
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    private void refresh(String select) {
        if (loading) {
            return;
        }
        try {
            VisitPage page = services.visits().list(filter(), 0, PAGE);
            table.getItems().setAll(page.rows());
            total.setText(I18n.t("visits.total", page.total()));
            if (select != null) {
                page.rows().stream().filter(r -> r.id().equals(select)).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public void onShow() {
        loading = true;
        try {
            GridMonitor chosen = grid.getValue();
            grid.getItems().setAll(ALL_GRIDS);
            grid.getItems().addAll(services.visits().gridMonitors());
            grid.setValue(chosen != null && grid.getItems().contains(chosen) ? chosen : ALL_GRIDS);
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        } finally {
            loading = false;
        }
        refresh(null);
    }
}
