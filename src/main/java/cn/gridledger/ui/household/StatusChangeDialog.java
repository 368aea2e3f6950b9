package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gridledger.logic.validate.StatusChangeRules;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Household;
import cn.gridledger.model.StatusChange;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.DialogFit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * From which day a changed 网格, 户类型, 低保 or 特困供养 of a saved household holds (default today), with a
 * note: asked when the form is saved, so that the quarters before keep the old value (a grid typed wrong
 * from the start is dated back to the household's beginning).
 */
final class StatusChangeDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField date = new TextField();
    private final TextField note = new TextField();
    private final Label problem = new Label();
    private StatusChange change;

    /**
     * The changes as the dialog names them ("低保：否 → 是"); empty when none changed. {@code gridName} names a
     * grid id as the form shows it.
     */
    static List<String> changes(Household before, Household after, java.util.function.LongFunction<String> gridName) {
        List<String> out = new ArrayList<>();
        if (before.gridId() != null && after.gridId() != null && !before.gridId().equals(after.gridId())) {
            out.add(I18n.t("hh.status.change", I18n.t("hh.field.grid"), gridName.apply(before.gridId()),
                    gridName.apply(after.gridId())));
        }
        if (!String.valueOf(before.hhType()).equals(String.valueOf(after.hhType()))) {
            out.add(I18n.t("hh.status.change", I18n.t("hh.field.hhType"), before.hhType(), after.hhType()));
        }
        if (before.dibao() != after.dibao()) {
            out.add(I18n.t("hh.status.change", I18n.t("hh.field.dibao"), yesNo(before.dibao()), yesNo(after.dibao())));
        }
        if (before.tekun() != after.tekun()) {
            out.add(I18n.t("hh.status.change", I18n.t("hh.field.tekun"), yesNo(before.tekun()), yesNo(after.tekun())));
        }
        return out;
    }

    private static String yesNo(boolean b) {
        return I18n.t(b ? "hh.status.yes" : "hh.status.no");
    }

    /** {@code since}: when the household began (the day may not be earlier), null when unknown. */
    StatusChangeDialog(List<String> changes, FuzzyDate since, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("hh.status.title"));
        dialog.setHeaderText(I18n.t("hh.status.header", String.join(I18n.t("hh.status.separator"), changes)));
        dialog.getDialogPane().setId("statusChangeDialog");
        ButtonType ok = new ButtonType(I18n.t("hh.status.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        date.setId("statusDate");
        date.setText(LocalDate.now().toString());
        date.setPromptText(I18n.t("visits.datePrompt"));
        note.setId("statusNote");
        note.setPromptText(I18n.t("hh.status.notePrompt"));
        note.setPrefColumnCount(22);
        problem.setId("statusProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(I18n.t("hh.status.date")), date);
        form.addRow(1, new Label(I18n.t("hh.status.note")), note);
        Label hint = new Label(I18n.t("hh.status.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setPrefWidth(30 * cn.gridledger.ui.common.UiLook.size().pixels());
        form.add(hint, 0, 2, 2, 1);
        form.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(form);
        DialogFit.fit(dialog, 0);

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("statusOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Map<String, String> errors = StatusChangeRules.check(date.getText(), since, note.getText(), LocalDate.now());
            if (!errors.isEmpty()) {
                problem.setText(String.join(" ", errors.values()));
                e.consume();
                return;
            }
            change = StatusChangeRules.change(date.getText(), note.getText());
        });
        // the day is what is asked: focused and selected, so typing replaces today
        Platform.runLater(() -> {
            date.requestFocus();
            date.selectAll();
        });
    }

    /** The day and note, or empty when the user went back to the form. */
    Optional<StatusChange> ask() {
        dialog.showAndWait();
        return Optional.ofNullable(change);
    }
}
