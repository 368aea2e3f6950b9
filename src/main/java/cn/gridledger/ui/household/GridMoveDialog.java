package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdChangeService.GridMove;
import cn.gridledger.model.Grid;
import cn.gridledger.ui.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 迁往其他网格: the household belongs to the chosen grid from the day on; earlier quarters keep it in the old one. */
final class GridMoveDialog extends DatedChangeDialog {

    private final AppServices services;
    private final String householdId;
    private final Map<String, Grid> grids;
    private final ComboBox<String> grid = new ComboBox<>();

    /** @param grids the township's grids by the label the household form shows them with */
    GridMoveDialog(AppServices services, String householdId, String head, String currentGrid, Map<String, Grid> grids,
            Window owner) {
        super("gridMove", I18n.t("hh.gridMove.title"), I18n.t("hh.gridMove.header", head, currentGrid), owner);
        this.services = services;
        this.householdId = householdId;
        this.grids = grids;
        grid.setId("gridMove-grid");
        grids.keySet().stream().filter(l -> !l.equals(currentGrid)).forEach(grid.getItems()::add);
        grid.setPromptText(I18n.t("hh.gridMove.prompt"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.addRow(0, new Label(I18n.t("hh.gridMove.to")), grid);
        layout(form, I18n.t("hh.gridMove.date"), I18n.t("hh.gridMove.hint"));
    }

    @Override
    void apply(LocalDate day, String note, String lateEditReason) {
        Grid to = grids.get(grid.getValue());
        if (to == null) {
            throw new UserFacingException(I18n.t("hh.gridMove.choose"));
        }
        services.householdChanges().moveToGrid(new GridMove(householdId, to.id(), day, note), lateEditReason);
    }

    ComboBox<String> grid() {
        return grid;
    }
}
