package cn.gridledger.ui.monitoring;

import java.util.List;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.logic.service.MonitoringService.Counts;
import cn.gridledger.logic.service.MonitoringService.MonitoringFilter;
import cn.gridledger.logic.service.MonitoringService.MonitoringRow;
import cn.gridledger.logic.service.MonitoringService.Overview;
import cn.gridledger.logic.service.MonitoringService.RiskState;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.code.MonitoringCategory;
import cn.gridledger.model.code.YesNo;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.cadre.Columns;
import cn.gridledger.ui.common.Dialogs;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 防返贫监测: monitored households with the quarter's counts on top (the shell's 统计季度), filters by risk
 * state, category, village and "identified this quarter", and a small dialog for measures, contact and
 * risk elimination.
 */
public final class MonitoringPage implements Page {

    private static final VillageRef ALL_VILLAGES = new VillageRef(-1, I18n.t("filter.allVillages"));

    private final AppServices services;
    private final ObjectProperty<Quarter> asOf;
    private final VBox box;
    private final Label counts = new Label();
    private final ComboBox<RiskState> state = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<VillageRef> village = new ComboBox<>();
    private final CheckBox inQuarter = new CheckBox();
    private final TableView<MonitoringRow> table = new TableView<>();
    private final Label total = new Label();
    private boolean loading;

    public MonitoringPage(AppServices services, ObjectProperty<Quarter> asOf) {
        this.services = services;
        this.asOf = asOf;
        Label title = new Label(I18n.t("nav.monitoring"));
        title.getStyleClass().add("page-title");
        counts.setId("monitoringCounts");
        counts.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        HBox head = new HBox(24, title, counts);
        head.setAlignment(Pos.BASELINE_LEFT);

        state.setId("monitoringState");
        state.getItems().setAll(RiskState.values());
        state.setValue(RiskState.全部);
        category.setId("monitoringCategory");
        category.getItems().add(I18n.t("monitoring.allCategories"));
        MonitoringCategory.all().forEach(c -> category.getItems().add(c.label()));
        category.getSelectionModel().selectFirst();
        village.setId("monitoringVillage");
        village.setConverter(Shown.<VillageRef>as(v -> v.name()));
        inQuarter.setId("monitoringInQuarter");
        inQuarter.setText(I18n.t("monitoring.inQuarter"));
        state.valueProperty().addListener((o, a, b) -> refresh());
        category.valueProperty().addListener((o, a, b) -> refresh());
        village.valueProperty().addListener((o, a, b) -> refresh());
        inQuarter.selectedProperty().addListener((o, a, b) -> refresh());
        asOf.addListener((o, a, b) -> refresh());
        // wraps onto a second line at the larger text sizes instead of scrolling sideways
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(12, 6,
                cn.gridledger.ui.common.FieldPair.of("monitoring.state", state),
                cn.gridledger.ui.common.FieldPair.of("monitoring.category", category),
                cn.gridledger.ui.common.FieldPair.of("monitoring.village", village), inQuarter);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("monitoringTable");
        cn.gridledger.ui.common.TableCopy.install(table);
        cn.gridledger.ui.common.CellTips.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("monitoring.empty")));
        TableColumn<MonitoringRow, String> eliminated = Columns.yesNo(I18n.t("monitoring.col.eliminated"),
                MonitoringRow::eliminated, 74);
        eliminated.setMinWidth(74);
        eliminated.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle(!empty && YesNo.否.label().equals(item)
                        ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            }
        });
        TableColumn<MonitoringRow, String> villageColumn = Columns.text(I18n.t("monitoring.col.village"),
                MonitoringRow::village, 76);
        villageColumn.setMinWidth(64);
        TableColumn<MonitoringRow, String> categoryColumn = Columns.text(I18n.t("monitoring.col.category"),
                MonitoringRow::category, 112);
        categoryColumn.setMinWidth(112);
        table.getColumns().setAll(List.of(
                villageColumn,
                Columns.text(I18n.t("monitoring.col.grid"), MonitoringPage::gridWithoutVillage, 84),
                Columns.text(I18n.t("monitoring.col.head"), MonitoringRow::headName, 62),
                Columns.code(I18n.t("monitoring.col.number"), MonitoringRow::hhNumber, 108),
                Columns.number(I18n.t("monitoring.col.population"), MonitoringRow::population, 48),
                categoryColumn,
                Columns.text(I18n.t("monitoring.col.risks"), MonitoringRow::risks, 150),
                Columns.month(I18n.t("monitoring.col.identified"), MonitoringRow::identifiedMonth, 78),
                Columns.text(I18n.t("monitoring.col.measures"), r -> r.measures() == null ? ""
                        : r.measures().replace(",", I18n.t("ui.sep.list")), 140),
                Columns.text(I18n.t("monitoring.col.contact"), MonitoringRow::contactName, 62),
                Columns.text(I18n.t("monitoring.col.responsible"), MonitoringRow::responsibleName, 62),
                eliminated,
                Columns.text(I18n.t("monitoring.col.method"), MonitoringRow::eliminationMethod, 76),
                Columns.month(I18n.t("monitoring.col.eliminatedMonth"), MonitoringRow::eliminatedMonth, 68)));
        table.setRowFactory(tv -> {
            TableRow<MonitoringRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button followUp = new Button(I18n.t("monitoring.followUp"));
        followUp.setId("monitoringFollowUp");
        followUp.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        followUp.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        total.setId("monitoringTotal");
        HBox actions = new HBox(8, followUp, spacer, total);
        actions.setAlignment(Pos.CENTER_LEFT);

        box = new VBox(10, head, filters, table, actions);
        box.setPadding(new Insets(16, 20, 12, 20));
    }

    private void edit(MonitoringRow row) {
        if (row == null) {
            return;
        }
        if (new FollowUpDialog(services, row, box.getScene().getWindow()).showAndWait()) {
            refresh();
        }
    }

    private void refresh() {
        if (loading) {
            return;
        }
        try {
            Quarter q = asOf.get();
            VillageRef v = village.getValue();
            MonitoringCategory chosen = MonitoringCategory.match(category.getValue()).orElse(null);
            Overview overview = services.monitoring().overview(new MonitoringFilter(state.getValue(), chosen,
                    v == null || v.id() < 0 ? null : v.id(), inQuarter.isSelected()), q);
            Counts c = overview.counts();
            counts.setText(I18n.t("monitoring.counts", c.monitored(), c.open(), c.newInQuarter(),
                    c.eliminatedInQuarter()));
            inQuarter.setText(I18n.t("monitoring.inQuarter", q.label()));
            table.getItems().setAll(overview.rows());
            total.setText(I18n.t("monitoring.total", overview.rows().size(), q.label()));
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    /** Grid names repeat their village (石家沟村第一网格); the 村 column already says it. */
    private static String gridWithoutVillage(MonitoringRow r) {
        String grid = r.grid();
        if (grid != null && r.village() != null && grid.startsWith(r.village()) && grid.length() > r.village().length()) {
            return grid.substring(r.village().length());
        }
        return grid;
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public void onShow() {
        loading = true;
        try {
            VillageRef chosen = village.getValue();
            village.getItems().setAll(ALL_VILLAGES);
            village.getItems().addAll(services.cadres().villages());
            village.setValue(chosen != null && village.getItems().contains(chosen) ? chosen : ALL_VILLAGES);
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        } finally {
            loading = false;
        }
        refresh();
    }
}
