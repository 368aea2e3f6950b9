package cn.gridledger.ui.home;

import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gridledger.logic.search.HouseholdFilter.Chip;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.DashboardService.Charts;
import cn.gridledger.logic.service.DashboardService.Tiles;
import cn.gridledger.logic.service.OverviewService.Overview;
import cn.gridledger.model.GridSummary;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 首页: the township at a glance — tiles a cadre reads without a table (each opens the list behind it)
 * and three charts: open monitoring by risk, households per village, points distribution.
 */
public final class HomePage implements Page {

    private static final Logger LOG = Logger.getLogger(HomePage.class.getName());

    /** Opens the household list with chips on (and the 本季度未更新 cut-off day, ISO). */
    @FunctionalInterface
    public interface Navigator {
        void households(Set<Chip> chips, String notUpdatedBeforeIso);
    }

    private final AppServices services;
    private final ObjectProperty<Quarter> asOf;
    private final Navigator navigator;
    private final FlowPane tiles = new FlowPane(10, 10);
    private final PieChart risks = new PieChart();
    private final BarChart<String, Number> villages = bar();
    private final BarChart<String, Number> points = bar();
    private final VBox box;
    private final Runnable overdueVisits;

    public HomePage(AppServices services, ObjectProperty<Quarter> asOf, Navigator navigator) {
        this(services, asOf, navigator, null);
    }

    /** {@code overdueVisits}: opens the 走访 page on overdue follow-ups (null: the tile only counts). */
    public HomePage(AppServices services, ObjectProperty<Quarter> asOf, Navigator navigator, Runnable overdueVisits) {
        this.overdueVisits = overdueVisits;
        this.services = services;
        this.asOf = asOf;
        this.navigator = navigator;
        Label title = new Label(I18n.t("home.title"));
        title.getStyleClass().add("page-title");
        risks.setId("chart-risks");
        risks.setTitle(I18n.t("home.chart.risks"));
        risks.setLegendVisible(true);
        risks.setLabelsVisible(false);
        villages.setId("chart-villages");
        villages.setTitle(I18n.t("home.chart.villages"));
        points.setId("chart-points");
        points.setTitle(I18n.t("home.chart.points"));
        HBox charts = new HBox(10, risks, villages, points);
        for (Node c : charts.getChildren()) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.getStyleClass().add("home-chart");
        }
        box = new VBox(14, title, tiles, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        box.setPadding(new Insets(20));
        box.getStylesheets().add(HomePage.class.getResource("/cn/gridledger/ui/household/household.css").toExternalForm());
        asOf.addListener((obs, old, now) -> onShow());
    }

    private static BarChart<String, Number> bar() {
        NumberAxis y = new NumberAxis();
        y.setLabel(I18n.t("home.chart.count"));
        y.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public void onShow() {
        String quarterStart = asOf.get().firstDay().toString();
        Overview o = services.overview().overview();
        Tiles t = services.dashboard().tiles(asOf.get().firstDay());
        tiles.getChildren().setAll(
                tile("households", I18n.t("home.households"), t.households(), () -> navigator.households(Set.of(), null)),
                tile("members", I18n.t("home.members"), t.members(), () -> navigator.households(Set.of(), null)),
                tile("monitored", I18n.t("home.monitoredOpen"), t.monitoredOpen(),
                        () -> navigator.households(Set.of(Chip.RISK_OPEN), null)),
                tile("monitoredClosed", I18n.t("home.monitoredClosed"), t.monitoredClosed(),
                        () -> navigator.households(Set.of(Chip.RISK_CLOSED), null)),
                tile("gridsWithoutWorkers", I18n.t("home.gridsWithoutWorkers"), t.gridsWithoutWorkers(),
                        this::showGridsWithoutWorkers),
                tile("notUpdated", I18n.t("home.notUpdated"), t.notUpdatedThisQuarter(),
                        () -> navigator.households(Set.of(Chip.NOT_UPDATED), quarterStart)),
                tile("cadres", I18n.t("home.cadres"), o.twoCommitteeMembers(), null),
                tile("villages", I18n.t("home.villages"), o.villages(), null),
                tile("visitsOverdue", I18n.t("home.tile.visitsOverdue"), services.visits().overdueCount(), overdueVisits),
                tile("notVisited", I18n.t("home.tile.notVisited"),
                        services.visits().monitoredNotVisited(asOf.get()).size(), this::showNotVisited));
        BackgroundTask.run(p -> services.dashboard().charts(), null, this::showCharts, Dialogs::failure);
        // read the household list now, so 网格与农户 opens at once when the user gets there
        BackgroundTask.run(p -> {
            services.search().load(p);
            return null;
        }, null, ok -> { }, e -> LOG.log(Level.WARNING, "reading the household list ahead failed", e));
    }

    private void showCharts(Charts c) {
        ObservableList<PieChart.Data> slices = FXCollections.observableArrayList();
        c.openRisks().forEach((risk, n) -> slices.add(new PieChart.Data(risk + " " + n, n)));
        risks.setData(slices);
        risks.setTitle(slices.isEmpty() ? I18n.t("ui.paren", I18n.t("home.chart.risks"), I18n.t("home.chart.empty"))
                : I18n.t("home.chart.risks"));
        villages.setData(series(c.householdsPerVillage()));
        points.setData(series(c.pointsDistribution()));
    }

    private static ObservableList<XYChart.Series<String, Number>> series(Map<String, Long> data) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        data.forEach((k, v) -> s.getData().add(new XYChart.Data<>(k, v)));
        return FXCollections.observableArrayList(java.util.List.of(s));
    }

    private void showGridsWithoutWorkers() {
        ListView<String> list = new ListView<>();
        for (GridSummary g : services.grids().summaries()) {
            if (!g.hasWorkers()) {
                list.getItems().add(I18n.t("home.gridWithoutWorkers", g.grid().code(), g.grid().name(),
                        String.valueOf(g.households())));
            }
        }
        list.setPrefSize(520, 320);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(I18n.t("home.gridsWithoutWorkers"));
        d.setHeaderText(I18n.t("home.gridsWithoutWorkers.header"));
        d.getDialogPane().setContent(list);
        cn.gridledger.ui.household.DialogLook.apply(d.getDialogPane(), 600);
        cn.gridledger.ui.common.DialogFit.fit(d, 0);
        d.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("grid.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.initOwner(box.getScene().getWindow());
        d.showAndWait();
    }

    private void showNotVisited() {
        ListView<String> list = new ListView<>();
        list.setId("notVisitedList");
        for (var m : services.visits().monitoredNotVisited(asOf.get())) {
            list.getItems().add(I18n.t("home.notVisited.line", m.headName(), m.hhNumber(), m.grid() == null ? "" : m.grid(),
                    m.cadreName() == null ? I18n.t("home.notVisited.noCadre") : m.cadreName()));
        }
        list.setPrefSize(560, 320);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(I18n.t("home.tile.notVisited"));
        d.setHeaderText(I18n.t("home.notVisited.header", asOf.get().label()));
        d.getDialogPane().setContent(list);
        cn.gridledger.ui.household.DialogLook.apply(d.getDialogPane(), 640);
        cn.gridledger.ui.common.DialogFit.fit(d, 0);
        d.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("grid.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.initOwner(box.getScene().getWindow());
        d.showAndWait();
    }

    private static Node tile(String id, String labelText, long value, Runnable onClick) {
        Label number = new Label(String.format("%,d", value));
        number.getStyleClass().add("tile-value");
        Label label = new Label(labelText);
        label.getStyleClass().add("tile-label");
        // one or two whole lines (the text says where to break), never broken in the middle of a word
        label.setWrapText(false);
        VBox tile = new VBox(2, number, label);
        tile.getStyleClass().add("tile");
        tile.setId("tile-" + id);
        if (onClick != null) {
            tile.setOnMouseClicked(e -> onClick.run());
            tile.setFocusTraversable(true);
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                    onClick.run();
                }
            });
        } else {
            tile.getStyleClass().add("tile-static");
        }
        return tile;
    }
}
