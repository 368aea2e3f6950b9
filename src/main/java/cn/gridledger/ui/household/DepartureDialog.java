package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.gridledger.logic.validate.DepartureRules;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.DialogFit;
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

/**
 * 移出成员: why a member leaves the household (迁出, 死亡, 分户, 其他), on which day and a note. The day
 * decides which quarters still count the person; it is saved with the household.
 */
final class DepartureDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<String> reason = new ComboBox<>();
    private final TextField date = new TextField();
    private final TextField note = new TextField();
    private final Label problem = new Label();
    private MemberDeparture result;

    DepartureDialog(long memberId, String name, FuzzyDate birth, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("hh.departure.title"));
        dialog.setHeaderText(I18n.t("hh.departure.header", name));
        dialog.getDialogPane().setId("departureDialog");
        ButtonType ok = new ButtonType(I18n.t("hh.departure.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        DepartureReason.all().forEach(r -> reason.getItems().add(r.label()));
        reason.getSelectionModel().selectFirst();
        reason.setId("departureReason");
        date.setId("departureDate");
        date.setText(LocalDate.now().toString());
        date.setPromptText(I18n.t("visits.datePrompt"));
        note.setId("departureNote");
        note.setPromptText(I18n.t("hh.departure.notePrompt"));
        note.setPrefColumnCount(22);
        problem.setId("departureProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(I18n.t("hh.departure.reason")), reason);
        form.addRow(1, new Label(I18n.t("hh.departure.date")), date);
        form.addRow(2, new Label(I18n.t("hh.departure.note")), note);
        Label hint = new Label(I18n.t("hh.departure.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setPrefWidth(30 * cn.gridledger.ui.common.UiLook.size().pixels());
        form.add(hint, 0, 3, 2, 1);
        form.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(form);
        DialogFit.fit(dialog, 0);

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("departureOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Map<String, String> errors = DepartureRules.check(reason.getValue(), date.getText(), null, birth,
                    note.getText(), LocalDate.now());
            if (!errors.isEmpty()) {
                problem.setText(String.join(" ", errors.values()));
                e.consume();
                return;
            }
            result = DepartureRules.checked(memberId, reason.getValue(), date.getText(), note.getText());
        });
        Platform.runLater(reason::requestFocus);
    }

    /** The departure, or empty when the user kept the member. */
    Optional<MemberDeparture> ask() {
        dialog.showAndWait();
        return Optional.ofNullable(result);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
