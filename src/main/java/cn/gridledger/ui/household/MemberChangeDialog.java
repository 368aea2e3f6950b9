package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.gridledger.logic.validate.MemberChangeRules;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.MemberArrival;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.ArrivalReason;
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
 * Why and when a member leaves the household (移出: 迁出, 死亡, 分户, 其他) or joins one already on the
 * ledger (入户: 出生, 迁入, 合户, 其他), with a note. The day decides which quarters count the person; it
 * is saved with the household.
 */
final class MemberChangeDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<String> reason = new ComboBox<>();
    private final TextField date = new TextField();
    private final TextField note = new TextField();
    private final Label problem = new Label();
    private final boolean leaving;
    private MemberDeparture departure;
    private MemberArrival arrival;

    /** Leaving: {@code memberId} the saved member. */
    static MemberChangeDialog departure(long memberId, String name, FuzzyDate birth, Window owner) {
        return new MemberChangeDialog(true, memberId, name, birth, owner);
    }

    /** Joining: {@code index} the member's place in the form's list. */
    static MemberChangeDialog arrival(int index, String name, FuzzyDate birth, Window owner) {
        return new MemberChangeDialog(false, index, name, birth, owner);
    }

    private MemberChangeDialog(boolean leaving, long key, String name, FuzzyDate birth, Window owner) {
        this.leaving = leaving;
        String kind = leaving ? "hh.departure." : "hh.arrival.";
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(kind + "title"));
        dialog.setHeaderText(I18n.t(kind + "header", name));
        dialog.getDialogPane().setId(leaving ? "departureDialog" : "arrivalDialog");
        ButtonType ok = new ButtonType(I18n.t(kind + "ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (leaving) {
            DepartureReason.all().forEach(r -> reason.getItems().add(r.label()));
        } else {
            ArrivalReason.all().forEach(r -> reason.getItems().add(r.label()));
        }
        reason.getSelectionModel().selectFirst();
        reason.setId("changeReason");
        date.setId("changeDate");
        // a birth is usually recorded on the day of birth
        date.setText(!leaving && birth != null && birth.precision() == FuzzyDate.Precision.DAY
                && !birth.firstDay().isBefore(LocalDate.now().minusYears(1)) ? birth.firstDay().toString()
                : LocalDate.now().toString());
        date.setPromptText(I18n.t("visits.datePrompt"));
        note.setId("changeNote");
        note.setPromptText(I18n.t("hh.departure.notePrompt"));
        note.setPrefColumnCount(22);
        problem.setId("changeProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(I18n.t("hh.departure.reason")), reason);
        form.addRow(1, new Label(I18n.t("hh.departure.date")), date);
        form.addRow(2, new Label(I18n.t("hh.departure.note")), note);
        Label hint = new Label(I18n.t(kind + "hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setPrefWidth(30 * cn.gridledger.ui.common.UiLook.size().pixels());
        form.add(hint, 0, 3, 2, 1);
        form.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(form);
        DialogFit.fit(dialog, 0);

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("changeOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Map<String, String> errors = leaving
                    ? MemberChangeRules.checkDeparture(reason.getValue(), date.getText(), null, birth, note.getText(),
                            LocalDate.now())
                    : MemberChangeRules.checkArrival(reason.getValue(), date.getText(), birth, note.getText(),
                            LocalDate.now());
            if (!errors.isEmpty()) {
                problem.setText(String.join(" ", errors.values()));
                e.consume();
                return;
            }
            if (leaving) {
                departure = MemberChangeRules.departure(key, reason.getValue(), date.getText(), note.getText());
            } else {
                arrival = MemberChangeRules.arrival((int) key, reason.getValue(), date.getText(), note.getText());
            }
        });
        Platform.runLater(reason::requestFocus);
    }

    /** The departure, or empty when the user kept the member. */
    Optional<MemberDeparture> askDeparture() {
        dialog.showAndWait();
        return Optional.ofNullable(departure);
    }

    /** The arrival, or empty when the user went back to the form. */
    Optional<MemberArrival> askArrival() {
        dialog.showAndWait();
        return Optional.ofNullable(arrival);
    }
}
