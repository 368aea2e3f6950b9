package cn.gridledger.ui.grid;

import java.util.List;
import java.util.Optional;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdCodes;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Village;
import cn.gridledger.ui.I18n;
import javafx.event.ActionEvent;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Shown;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 新建网格: village, name, type and covered groups; the code is the village's next free number. */
final class NewGridDialog {

    private final AppServices services;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Village> village = new ComboBox<>();
    private final TextField name = new TextField();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField covered = new TextField();
    private final Label code = new Label();
    private final Label error = new Label();
    private Grid created;

    NewGridDialog(AppServices services, List<Village> villages, Long preselected) {
        this.services = services;
        dialog.setTitle(I18n.t("grid.add"));
        dialog.setHeaderText(I18n.t("grid.add.header"));
        village.getItems().setAll(villages);
        village.setConverter(Shown.<Village>as(v -> v.name()));
        village.valueProperty().addListener((obs, old, now) -> code.setText(now == null ? "" : services.grids().nextCode(now.id())));
        village.setValue(villages.stream().filter(v -> preselected != null && v.id() == preselected).findFirst()
                .orElse(villages.get(0)));
        type.getItems().setAll(HouseholdCodes.GRID_TYPE.labels());
        type.setValue(type.getItems().get(0));
        name.setId("grid-new-name");
        error.getStyleClass().add("field-error");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("grid.village.label")), village);
        form.addRow(1, new Label(I18n.t("grid.code.label")), code);
        form.addRow(2, new Label(I18n.t("grid.name.label")), name);
        form.addRow(3, new Label(I18n.t("grid.type.label")), type);
        form.addRow(4, new Label(I18n.t("grid.covered.label")), covered);
        form.add(error, 0, 5, 2, 1);
        cn.gridledger.ui.household.DialogLook.apply(dialog.getDialogPane(), 560);
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().getButtonTypes().addAll(Dialogs.OK, Dialogs.CANCEL);
        dialog.getDialogPane().lookupButton(Dialogs.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                created = services.grids().create(village.getValue().id(), name.getText(), type.getValue(), covered.getText());
            } catch (UserFacingException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.setOnShown(e -> name.requestFocus());
    }

    Optional<Long> showAndWait(Window owner) {
        dialog.initOwner(owner);
        dialog.showAndWait();
        return created == null ? Optional.empty() : Optional.of(created.id());
    }
}
