package cn.gridledger.ui.home;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.OverviewService.Overview;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.shell.Page;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** 首页: the township at a glance. */
public final class HomePage implements Page {

    private final AppServices services;
    private final ObjectProperty<Quarter> asOf;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final VBox box;

    public HomePage(AppServices services, ObjectProperty<Quarter> asOf) {
        this.services = services;
        this.asOf = asOf;
        Label title = new Label(I18n.t("home.title"));
        title.getStyleClass().add("page-title");
        box = new VBox(16, title, tiles);
        box.setPadding(new Insets(20));
        asOf.addListener((obs, old, now) -> onShow());
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public void onShow() {
        Overview o = services.overview().overview();
        tiles.getChildren().setAll(
                tile("home.villages", o.villages()),
                tile("home.grids", o.grids()),
                tile("home.households", o.households()),
                tile("home.members", o.members()),
                tile("home.monitored", o.monitoredOpen()),
                tile("home.cadres", o.twoCommitteeMembers()));
    }

    private static Node tile(String labelKey, long value) {
        Label number = new Label(String.format("%,d", value));
        number.getStyleClass().add("tile-value");
        Label label = new Label(I18n.t(labelKey));
        label.getStyleClass().add("tile-label");
        VBox tile = new VBox(4, number, label);
        tile.getStyleClass().add("tile");
        tile.setPrefWidth(180);
        tile.setId("tile-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return tile;
    }
}
