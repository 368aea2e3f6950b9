package cn.gridledger.ui.cadre;

import java.time.LocalDate;
import java.util.List;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService.CadreFilter;
import cn.gridledger.logic.service.CadreService.CadreRow;
import cn.gridledger.logic.service.CadreService.ReserveCheck;
import cn.gridledger.logic.service.CadreService.ReserveRow;
import cn.gridledger.logic.service.CadreService.Status;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.code.CadreCategory;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.LateEditReasonDialog;
import cn.gridledger.ui.common.Shown;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * 干部: the people holding posts (filters by village, category, 在任/已离任 and a search box) and the
 * 后备力量 register with the county check per village. Opening a person shows the editor.
 */
public final class CadrePage implements Page {

    /** "Any village" / "any category" in the filters. */
    static final VillageRef ALL_VILLAGES = new VillageRef(-1, I18n.t("filter.allVillages"));

    private final AppServices services;
    private final ObjectProperty<Quarter> asOf;
    private final VBox box;
    private final ComboBox<VillageRef> village = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<Status> status = new ComboBox<>();
    private final TextField search = new TextField();
    private final TableView<CadreRow> table = new TableView<>();
    private final Label total = new Label();
    private final ComboBox<VillageRef> reserveVillage = new ComboBox<>();
    private final CheckBox onlyFailing = new CheckBox(I18n.t("cadre.onlyFailing"));
    private final TableView<ReserveCheck> checks = new TableView<>();
    private final TableView<ReserveRow> reserves = new TableView<>();
    private final Label reserveSummary = new Label();
    private boolean loading;

    public CadrePage(AppServices services, ObjectProperty<Quarter> asOf) {
        this.services = services;
        this.asOf = asOf;
        Label title = new Label(I18n.t("nav.cadres"));
        title.getStyleClass().add("page-title");
        TabPane tabs = new TabPane(tab("tab-cadres", "cadre.tab.roster", rosterView()),
                tab("tab-reserves", "cadre.tab.reserves", reserveView()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box = new VBox(10, title, tabs);
        box.setPadding(new Insets(16, 20, 12, 20));
        asOf.addListener((o, a, b) -> refreshReserves());
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }

    // ------------------------------------------------------------------ 干部名册

    private Node rosterView() {
        village.setId("cadreVillage");
        village.setConverter(villageNames());
        category.setId("cadreCategory");
        category.getItems().add(I18n.t("cadre.allCategories"));
        CadreCategory.all().forEach(c -> category.getItems().add(c.label()));
        category.getSelectionModel().selectFirst();
        status.setId("cadreStatus");
        status.getItems().setAll(Status.values());
        status.setValue(Status.在任);
        search.setId("cadreSearch");
        search.setPromptText(I18n.t("cadre.searchPrompt"));
        search.setPrefColumnCount(16);
        village.valueProperty().addListener((o, a, b) -> refreshRoster());
        category.valueProperty().addListener((o, a, b) -> refreshRoster());
        status.valueProperty().addListener((o, a, b) -> refreshRoster());
        search.textProperty().addListener((o, a, b) -> refreshRoster());
        // wraps onto a second line at the larger text sizes instead of scrolling sideways
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(12, 6,
                cn.gridledger.ui.common.FieldPair.of("cadre.village", village),
                cn.gridledger.ui.common.FieldPair.of("cadre.category", category),
                cn.gridledger.ui.common.FieldPair.of("cadre.status", status),
                cn.gridledger.ui.common.FieldPair.of("cadre.search", search));
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("cadreTable");
        cn.gridledger.ui.common.TableCopy.install(table);
        cn.gridledger.ui.common.CellTips.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("cadre.empty")));
        table.getColumns().setAll(List.of(
                Columns.text(I18n.t("cadre.col.name"), CadreRow::name, 70),
                Columns.text(I18n.t("cadre.col.gender"), CadreRow::gender, 40),
                Columns.number(I18n.t("cadre.col.age"), CadreRow::age, 45),
                Columns.text(I18n.t("cadre.col.education"), CadreRow::education, 75),
                Columns.text(I18n.t("cadre.col.political"), CadreRow::politicalStatus, 80),
                Columns.code(I18n.t("cadre.col.idNumber"), CadreRow::idNumber, 178),
                Columns.text(I18n.t("cadre.col.posts"), CadreRow::posts, 170),
                Columns.text(I18n.t("cadre.col.unit"), CadreRow::units, 126),
                Columns.month(I18n.t("cadre.col.since"), CadreRow::since, 72),
                Columns.yesNo(I18n.t("cadre.col.oneShoulder"), CadreRow::oneShoulder, 62),
                Columns.yesNo(I18n.t("cadre.col.crossPost"), CadreRow::crossPost, 78),
                Columns.code(I18n.t("cadre.col.phone"), CadreRow::phone, 124)));
        table.setRowFactory(tv -> {
            TableRow<CadreRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().personId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().personId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(I18n.t("cadre.add"));
        add.setId("cadreAdd");
        add.setOnAction(e -> open(null));
        add.setDisable(!services.session().canEdit(null));
        Button edit = new Button(I18n.t("cadre.edit"));
        edit.setId("cadreEdit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> open(table.getSelectionModel().getSelectedItem().personId()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        total.setId("cadreTotal");
        HBox actions = new HBox(8, add, edit, spacer, total);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox roster = new VBox(8, filters, table, actions);
        roster.setPadding(new Insets(10, 0, 0, 0));
        roster.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            if (roster.isVisible() && box.getScene() == scene && !add.isDisabled()) {
                                open(null);
                            }
                        });
            }
        });
        return roster;
    }

    private void open(Long personId) {
        Long next = personId;
        while (true) {
            CadreEditor.Outcome outcome = new CadreEditor(services, next, box.getScene().getWindow()).showAndWait();
            if (outcome.openInstead() == null) {
                if (outcome.saved()) {
                    refreshRoster();
                    refreshReserves();
                }
                return;
            }
            next = outcome.openInstead();
        }
    }

    private void refreshRoster() {
        if (loading) {
            return;
        }
        try {
            VillageRef v = village.getValue();
            String cat = category.getValue();
            CadreCategory chosen = cat == null ? null : CadreCategory.match(cat).orElse(null);
            List<CadreRow> rows = services.cadres().cadres(new CadreFilter(v == null || v.id() < 0 ? null : v.id(),
                    chosen, status.getValue(), search.getText()), LocalDate.now());
            table.getItems().setAll(rows);
            total.setText(I18n.t("cadre.total", rows.size()));
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    // ------------------------------------------------------------------ 后备力量

    private Node reserveView() {
        reserveVillage.setId("reserveVillage");
        reserveVillage.setConverter(villageNames());
        reserveVillage.valueProperty().addListener((o, a, b) -> refreshReserves());
        onlyFailing.setId("reserveOnlyFailing");
        onlyFailing.selectedProperty().addListener((o, a, b) -> refreshReserves());
        Label rule = new Label(I18n.t("cadre.reserveRule", CadreServiceBands.MIN, CadreServiceBands.MAX));
        rule.getStyleClass().add("muted");
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(12, 6,
                cn.gridledger.ui.common.FieldPair.of("cadre.village", reserveVillage), onlyFailing, rule);
        filters.setAlignment(Pos.CENTER_LEFT);

        checks.setId("reserveChecks");
        cn.gridledger.ui.common.TableCopy.install(checks);
        cn.gridledger.ui.common.CellTips.install(checks);
        checks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checks.setPlaceholder(new Label(I18n.t("cadre.noVillages")));
        TableColumn<ReserveCheck, String> verdict = Columns.text(I18n.t("cadre.col.verdict"), ReserveCheck::verdict, 90);
        verdict.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle(!empty && ReserveCheck.NOT_MET.equals(item)
                        ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            }
        });
        checks.getColumns().setAll(List.of(
                Columns.text(I18n.t("cadre.col.village"), ReserveCheck::village, 140),
                Columns.number(I18n.t("cadre.col.reserveCount"), ReserveCheck::count, 90),
                Columns.number(I18n.t("cadre.col.highSchool"), ReserveCheck::highSchoolOrAbove, 130),
                Columns.number(I18n.t("cadre.col.aged", CadreServiceBands.MIN, CadreServiceBands.MAX),
                        ReserveCheck::aged36to45, 130),
                verdict));
        checks.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(ReserveCheck item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && !item.met() ? "-fx-background-color: -color-danger-subtle;" : "");
            }
        });
        checks.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showReservesOf(b));

        reserves.setId("reserveTable");
        cn.gridledger.ui.common.TableCopy.install(reserves);
        cn.gridledger.ui.common.CellTips.install(reserves);
        reserves.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reserves.setPlaceholder(new Label(I18n.t("cadre.noReserves")));
        reserves.getColumns().setAll(List.of(
                Columns.text(I18n.t("cadre.col.village"), ReserveRow::village, 90),
                Columns.text(I18n.t("cadre.col.name"), ReserveRow::name, 70),
                Columns.text(I18n.t("cadre.col.gender"), ReserveRow::gender, 40),
                Columns.number(I18n.t("cadre.col.age"), ReserveRow::age, 45),
                Columns.text(I18n.t("cadre.col.education"), ReserveRow::education, 75),
                Columns.text(I18n.t("cadre.col.political"), ReserveRow::politicalStatus, 90),
                Columns.text(I18n.t("cadre.col.occupation"), ReserveRow::occupation, 110),
                Columns.month(I18n.t("cadre.col.entry"), r -> r.entryDate() == null ? null
                        : r.entryDate().truncatedTo(cn.gridledger.model.FuzzyDate.Precision.MONTH), 72),
                Columns.text(I18n.t("cadre.col.direction"), ReserveRow::direction, 120),
                Columns.text(I18n.t("cadre.col.training"), ReserveRow::training, 170),
                Columns.code(I18n.t("cadre.col.phone"), ReserveRow::phone, 124)));
        reserves.setRowFactory(tv -> {
            TableRow<ReserveRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().personId());
                }
            });
            return row;
        });
        SplitPane split = new SplitPane(checks, reserves);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        reserveSummary.setId("reserveSummary");
        boolean editable = services.session().canEdit(null);
        Button addReserve = new Button(I18n.t("cadre.addReserve"));
        addReserve.setId("reserveAdd");
        addReserve.setDisable(!editable);
        addReserve.setOnAction(e -> {
            VillageRef v = reserveVillage.getValue();
            ReserveCheck selected = checks.getSelectionModel().getSelectedItem();
            if (selected != null) {
                v = new VillageRef(selected.villageId(), selected.village());
            }
            if (new ReserveDialog(services, services.cadres().villages(), v == null || v.id() < 0 ? null : v,
                    box.getScene().getWindow()).showAndWait()) {
                refreshReserves();
            }
        });
        Button endReserve = new Button(I18n.t("cadre.endReserve"));
        endReserve.setId("reserveEnd");
        if (editable) {
            endReserve.disableProperty().bind(reserves.getSelectionModel().selectedItemProperty().isNull());
        } else {
            endReserve.setDisable(true);
        }
        endReserve.setOnAction(e -> endReserve(reserves.getSelectionModel().getSelectedItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, addReserve, endReserve, gap, reserveSummary);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(8, filters, split, bottom);
        v.setPadding(new Insets(10, 0, 0, 0));
        return v;
    }

    private void refreshReserves() {
        if (loading) {
            return;
        }
        try {
            LocalDate day = asOf.get().lastDay();
            VillageRef v = reserveVillage.getValue();
            Long villageId = v == null || v.id() < 0 ? null : v.id();
            List<ReserveCheck> all = services.cadres().reserveChecks(day);
            long failing = all.stream().filter(c -> !c.met()).count();
            checks.getItems().setAll(all.stream()
                    .filter(c -> villageId == null || c.villageId() == villageId)
                    .filter(c -> !onlyFailing.isSelected() || !c.met()).toList());
            java.util.Set<Long> shown = checks.getItems().stream().map(ReserveCheck::villageId)
                    .collect(java.util.stream.Collectors.toSet());
            reserves.getItems().setAll(services.cadres().reserves(villageId, day).stream()
                    .filter(r -> shown.contains(r.villageId())).toList());
            reserveSummary.setText(I18n.t("cadre.reserveSummary", asOf.get().label(), all.size(), failing,
                    reserves.getItems().size()));
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private void endReserve(ReserveRow row) {
        if (row == null) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                java.time.YearMonth.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy.MM")));
        ask.getDialogPane().getButtonTypes().setAll(new javafx.scene.control.ButtonType(I18n.t("cadre.endPostOk"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE), CadreEditor.CANCEL);
        ask.initOwner(box.getScene().getWindow());
        ask.setTitle(I18n.t("cadre.endReserve"));
        ask.setHeaderText(I18n.t("cadre.endReserveHeader", row.name(), row.village()));
        ask.setContentText(I18n.t("cadre.exitMonth"));
        ask.showAndWait().ifPresent(month -> {
            try {
                // an exit month inside a submitted quarter: ask the reason; going back saves nothing
                boolean done = LateEditReasonDialog.saveAsking(box.getScene().getWindow(), reason -> {
                    services.cadres().endReserve(row.id(), month, reason);
                    return Boolean.TRUE;
                }).isPresent();
                if (!done) {
                    Dialogs.info(I18n.t("cadre.endReserve"), I18n.t("hh.lateEdit.notSaved"));
                    return;
                }
                refreshReserves();
            } catch (RuntimeException ex) {
                Dialogs.failure(ex);
            }
        });
    }

    private void showReservesOf(ReserveCheck check) {
        if (check == null) {
            return;
        }
        try {
            reserves.getItems().setAll(services.cadres().reserves(check.villageId(), asOf.get().lastDay()));
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private static StringConverter<VillageRef> villageNames() {
        return Shown.<VillageRef>as(v -> v.name());
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public void onShow() {
        loading = true;
        try {
            List<VillageRef> villages = services.cadres().villages();
            for (ComboBox<VillageRef> combo : List.of(village, reserveVillage)) {
                VillageRef chosen = combo.getValue();
                combo.getItems().setAll(ALL_VILLAGES);
                combo.getItems().addAll(villages);
                combo.setValue(chosen != null && combo.getItems().contains(chosen) ? chosen : ALL_VILLAGES);
            }
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        } finally {
            loading = false;
        }
        refreshRoster();
        refreshReserves();
    }

    /** The age band of the county check, from the service (kept here so labels and rule agree). */
    private static final class CadreServiceBands {
        static final int MIN = cn.gridledger.logic.service.CadreService.RESERVE_AGE_MIN;
        static final int MAX = cn.gridledger.logic.service.CadreService.RESERVE_AGE_MAX;
    }
}
