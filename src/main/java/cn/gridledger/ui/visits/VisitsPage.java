package cn.gridledger.ui.visits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.logic.service.VisitService.VisitPage;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitResponsibility.GridMonitor;
import cn.gridledger.model.VisitRow;
import cn.gridledger.model.code.VisitType;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.FieldPair;
import cn.gridledger.ui.common.Shown;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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

    // the entry form
    private final TextField date = new TextField();
    private final TextField household = new TextField();
    private final ComboBox<HouseholdRow> householdMatch = new ComboBox<>();
    private final ComboBox<String> formType = new ComboBox<>();
    private final TextField visitors = new TextField();
    private final TextField finding = new TextField();
    private final CheckBox followUpNeeded = new CheckBox(I18n.t("visits.form.followUpNeeded"));
    private final TextField followUp = new TextField();
    private final TextField due = new TextField();
    private final TextField result = new TextField();
    private final TextField closedDate = new TextField();
    private final Button close = new Button(I18n.t("visits.close"));
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
        for (ComboBox<?> c : List.of(grid, type, formType)) {
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
        table.getColumns().setAll(List.of(
                column("visits.col.date", r -> String.valueOf(r.date()), 6.4),
                column("visits.col.type", VisitRow::type, 6.4),
                column("visits.col.grid", VisitRow::grid, 8.6),
                column("visits.col.households", VisitRow::households, 8.6),
                column("visits.col.visitors", VisitRow::visitors, 6.4),
                column("visits.col.finding", VisitRow::finding, 14.3),
                column("visits.col.followUp", VisitRow::followUp, 10.7),
                column("visits.col.due", r -> r.dueDate() == null ? "" : r.dueDate().toString(), 6.4),
                column("visits.col.state", VisitsPage::state, 5.7),
                column("visits.col.result", VisitRow::result, 10.0)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> close.setDisable(
                b == null || !b.open() || !services.visits().canEdit(b)));
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
        HBox foot = new HBox(8, status, spacer, total);
        foot.setAlignment(Pos.CENTER_LEFT);

        box = new VBox(10, title, filters, table, form(), foot);
        box.setPadding(new Insets(16, 20, 12, 20));
    }

    private Node form() {
        date.setId("visitDate");
        date.setPrefColumnCount(7);
        household.setId("visitHousehold");
        household.setPromptText(I18n.t("visits.form.householdPrompt"));
        household.setPrefColumnCount(10);
        householdMatch.setId("visitHouseholdMatch");
        householdMatch.setConverter(Shown.<HouseholdRow>as(h -> I18n.t("visits.form.householdChoice", h.headName(),
                h.hhNumber(), h.gridName() == null ? "" : h.gridName()).strip()));
        householdMatch.setStyle("-fx-pref-width: 20em;");
        household.textProperty().addListener((o, a, b) -> matchHouseholds(b));
        formType.setId("visitType");
        VisitType.all().forEach(t -> formType.getItems().add(t.label()));
        formType.getSelectionModel().selectFirst();
        visitors.setId("visitVisitors");
        visitors.setPromptText(I18n.t("visits.form.visitorsPrompt"));
        finding.setId("visitFinding");
        followUpNeeded.setId("visitFollowUpNeeded");
        followUp.setId("visitFollowUp");
        due.setId("visitDue");
        due.setPromptText(I18n.t("visits.datePrompt"));
        due.setPrefColumnCount(7);
        followUp.disableProperty().bind(followUpNeeded.selectedProperty().not());
        due.disableProperty().bind(followUpNeeded.selectedProperty().not());
        result.setId("visitResult");
        closedDate.setId("visitClosedDate");
        closedDate.setPrefColumnCount(7);
        close.setId("visitClose");
        close.setDisable(true);
        close.setOnAction(e -> closeSelected());
        result.setOnAction(e -> closeSelected());
        closedDate.setOnAction(e -> closeSelected());
        Button save = new Button(I18n.t("visits.save"));
        save.setId("visitSave");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        for (Node n : List.of(date, household, householdMatch, formType, visitors, finding, followUpNeeded, followUp, due)) {
            n.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    save();
                }
            });
        }
        // rows that wrap at the larger text sizes instead of running off the window; a label stays with its field
        javafx.scene.layout.FlowPane who = new javafx.scene.layout.FlowPane(12, 6, FieldPair.of("visits.form.date", date),
                FieldPair.of("visits.form.household", new HBox(6, household, householdMatch)), FieldPair.of("visits.form.type", formType),
                FieldPair.of("visits.form.visitors", visitors));
        who.setAlignment(Pos.CENTER_LEFT);
        HBox found = FieldPair.of("visits.form.finding", finding);
        HBox.setHgrow(finding, Priority.ALWAYS);
        HBox fu = new HBox(8, followUpNeeded, followUp, new Label(I18n.t("visits.form.due")), due, save);
        fu.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(followUp, Priority.ALWAYS);
        HBox cl = new HBox(8, new Label(I18n.t("visits.form.result")), result,
                new Label(I18n.t("visits.form.closedDate")), closedDate, close);
        cl.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        VBox g = new VBox(6, who, found, fu, cl);
        Label head = new Label(I18n.t("visits.form.title"));
        head.setStyle("-fx-font-weight: bold;");
        VBox v = new VBox(6, head, g);
        v.setId("visitForm");
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

    /** Starts a new visit for this household (the household editor's 新增走访). */
    public void newFor(String householdNumber) {
        resetForm();
        household.setText(householdNumber);
        visitors.requestFocus();
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
        date.setText(LocalDate.now().toString());
        household.clear();
        visitors.clear();
        finding.clear();
        followUpNeeded.setSelected(false);
        followUp.clear();
        due.clear();
        result.clear();
        closedDate.setText(LocalDate.now().toString());
    }

    private void save() {
        HouseholdRow h = householdMatch.getValue();
        if (h == null) {
            Dialogs.error(I18n.t("visits.saveFailed"), I18n.t("visits.noHousehold"));
            household.requestFocus();
            return;
        }
        List<String> names = cn.gridledger.logic.validate.VisitRules.visitorNames(visitors.getText());
        VisitInput in = new VisitInput(date.getText(), formType.getValue(), List.of(h.id()), names, finding.getText(),
                followUpNeeded.isSelected(), followUp.getText(), due.getText());
        try {
            String id = services.visits().record(in);
            resetForm();
            refresh(id);
            status.setText(I18n.t("visits.saved", h.headName()));
            date.requestFocus();
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private void closeSelected() {
        VisitRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || !row.open()) {
            return;
        }
        try {
            services.visits().close(row.id(), result.getText(), closedDate.getText());
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

    private static String state(VisitRow r) {
        if (!r.followUpNeeded()) {
            return I18n.t("visits.state.none");
        }
        if (r.overdue()) {
            return I18n.t("visits.state.overdue");
        }
        return I18n.t(r.open() ? "visits.state.open" : "visits.state.closed");
    }

    private static TableColumn<VisitRow, String> column(String key, java.util.function.Function<VisitRow, String> value,
            double widthEm) {
        TableColumn<VisitRow, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(widthEm * em());
        return c;
    }

    /** One em at the chosen text size, in pixels. */
    private static double em() {
        return cn.gridledger.ui.common.UiLook.size().pixels();
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
