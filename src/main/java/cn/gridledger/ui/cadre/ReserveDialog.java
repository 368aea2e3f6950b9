package cn.gridledger.ui.cadre;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Fonts;
import cn.gridledger.ui.common.LateEditReasonDialog;
import cn.gridledger.ui.common.Shown;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 加入后备力量: a person (found by ID number) into a village's register, with direction and training. */
final class ReserveDialog {

    // package-private: the UI test drives the dialog without waiting on it
    final Dialog<ButtonType> dialog = new Dialog<>();
    final TextField idNumber = new TextField();
    private final ComboBox<VillageRef> village = new ComboBox<>();
    final TextField entry = new TextField(YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM")));
    private final ComboBox<String> direction = new ComboBox<>();
    private final TextField training = new TextField();
    final Label problem = new Label();
    private boolean saved;

    ReserveDialog(AppServices services, List<VillageRef> villages, VillageRef preselected, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("cadre.addReserve"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(I18n.t("cadre.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, CadreEditor.CANCEL);
        idNumber.setStyle("-fx-font-family: \"" + Fonts.monoFamily() + "\";");
        idNumber.setPrefColumnCount(18);
        idNumber.setId("reserveIdNumber");
        village.getItems().setAll(villages);
        village.setConverter(Shown.<VillageRef>as(v -> v.name()));
        village.setValue(preselected);
        direction.getItems().setAll(CadreService.RESERVE_DIRECTIONS);
        direction.setEditable(true);
        training.setPromptText(I18n.t("cadre.trainingPrompt"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(I18n.t("cadre.col.idNumber")), idNumber);
        form.addRow(1, new Label(I18n.t("cadre.col.village")), village);
        form.addRow(2, new Label(I18n.t("cadre.col.entry")), entry);
        form.addRow(3, new Label(I18n.t("cadre.col.direction")), direction);
        form.addRow(4, new Label(I18n.t("cadre.col.training")), training);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        form.add(problem, 0, 5, 2, 1);
        for (var n : List.of(village, entry, direction, training)) {
            n.setPrefWidth(260);
        }
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("reserveSave");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                if (village.getValue() == null) {
                    throw new UserFacingException(I18n.t("cadre.chooseVillage"));
                }
                long villageId = village.getValue().id();
                // an entry month inside a submitted quarter: ask the reason, save once more
                saved = LateEditReasonDialog.saveAsking(dialog.getDialogPane().getScene().getWindow(),
                        reason -> services.cadres().addReserve(idNumber.getText(), villageId, entry.getText(),
                                direction.getEditor().getText(), training.getText(), reason)).isPresent();
                if (!saved) {
                    problem.setText(I18n.t("hh.lateEdit.notSaved"));
                    e.consume();
                }
            } catch (UserFacingException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            } catch (RuntimeException ex) {
                Dialogs.failure(ex);
                e.consume();
            }
        });
        Platform.runLater(idNumber::requestFocus);
    }

    boolean showAndWait() {
        dialog.showAndWait();
        return saved;
    }
}
