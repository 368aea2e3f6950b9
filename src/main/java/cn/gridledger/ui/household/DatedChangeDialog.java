package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.validate.VisitRules;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.DialogFit;
import cn.gridledger.ui.common.LateEditReasonDialog;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The frame of 分户, 合户 and 迁往其他网格: what the change is about (the subclass's part), the day it took
 * effect (the quarters' reports count the old state up to it), a note, and the service's Chinese refusal
 * shown in the dialog, which stays open until the change is saved or the user cancels.
 */
abstract class DatedChangeDialog {

    final Dialog<ButtonType> dialog = new Dialog<>();
    final TextField date = new TextField(LocalDate.now().toString());
    final TextField note = new TextField();
    final Label problem = new Label();
    private boolean done;

    DatedChangeDialog(String id, String title, String header, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        DialogLook.apply(dialog.getDialogPane(), 720);
        ButtonType ok = new ButtonType(I18n.t("hh.change.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(id + "-ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!submit()) {
                e.consume();
            }
        });
        date.setId(id + "-date");
        date.setPromptText(I18n.t("visits.datePrompt"));
        date.setPrefColumnCount(10);
        note.setId(id + "-note");
        note.setPromptText(I18n.t("hh.change.notePrompt"));
        note.setPrefColumnCount(26);
        problem.setId(id + "-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
    }

    /** Puts the subclass's part above the day, the note, a hint and the problem line. */
    final void layout(Node body, String dateLabel, String hint) {
        GridPane dated = new GridPane();
        dated.setHgap(8);
        dated.setVgap(8);
        dated.addRow(0, new Label(dateLabel), date);
        dated.addRow(1, new Label(I18n.t("hh.change.note")), note);
        Label tip = new Label(hint);
        tip.setWrapText(true);
        tip.getStyleClass().add("muted");
        VBox content = new VBox(10, body, dated, tip, problem);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        DialogFit.fit(dialog, 0);
    }

    /**
     * Saves the change through the service; {@code lateEditReason} is null at first and, when the day is inside
     * a submitted quarter, the reason the user then gave. @throws UserFacingException when it is refused
     */
    abstract void apply(LocalDate day, String note, String lateEditReason);

    /** The 确定 button: reads the day, saves; a refusal stays in the dialog. @return whether it was saved */
    final boolean submit() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = VisitRules.day(date.getText(), I18n.t("hh.change.dateWord"), true, errors);
        if (day == null) {
            problem.setText(String.join(" ", errors.values()));
            return false;
        }
        String said = note.getText() == null || note.getText().isBlank() ? null : note.getText().trim();
        try {
            done = LateEditReasonDialog.saveAsking(dialog.getDialogPane().getScene().getWindow(), reason -> {
                apply(day, said, reason);
                return Boolean.TRUE;
            }).isPresent();
            if (!done) {
                problem.setText(I18n.t("hh.lateEdit.notSaved"));
            }
            return done;
        } catch (UserFacingException e) {
            problem.setText(e.getMessage());
            return false;
        }
    }

    /** A heading inside the subclass's part (选择成员, 并入哪一户 …). */
    static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-section");
        return l;
    }

    /** Shows the dialog. @return whether the change was saved */
    final boolean showAndWait() {
        dialog.showAndWait();
        return done;
    }
}
