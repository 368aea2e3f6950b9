package cn.gridledger.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.gridledger.logic.service.SubmittedQuarterException;
import cn.gridledger.ui.I18n;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks why a fact dated inside a submitted quarter (报送, #15) is changed: the service refused the save
 * without a reason and names what it touches; the caller saves again with the reason typed here. Every
 * form that changes dated facts (household, 户变动, 防返贫监测, cadres, 网格员安排) goes through {@link #saveAsking}.
 */
public final class LateEditReasonDialog {

    private LateEditReasonDialog() {
    }

    /**
     * Runs {@code save} without a reason; when the service refuses because the change touches a submitted
     * quarter, asks the reason and runs it once more with it.
     *
     * @return what the save returned, or empty when the user went back without giving a reason
     */
    public static <T> Optional<T> saveAsking(Window owner, Function<String, T> save) {
        try {
            return Optional.ofNullable(save.apply(null));
        } catch (SubmittedQuarterException e) {
            return ask(owner, e.facts()).map(save);
        }
    }

    /** The reason typed, or empty when the user went back to the form. */
    public static Optional<String> ask(Window owner, List<String> facts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("hh.lateEdit.title"));
        dialog.setHeaderText(I18n.t("hh.lateEdit.header"));
        TextField reason = new TextField();
        reason.setId("late-edit-reason");
        reason.setPromptText(I18n.t("hh.lateEdit.prompt"));
        Label what = new Label(String.join("\n", facts));
        what.setId("late-edit-facts");
        what.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, what, new Label(I18n.t("hh.lateEdit.reason")), reason));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        // OK stays off until a reason is typed: the service would refuse a blank one again
        dialog.getDialogPane().lookupButton(Dialogs.OK).disableProperty()
                .bind(reason.textProperty().map(t -> t.isBlank()));
        dialog.setOnShown(e -> reason.requestFocus());
        DialogFit.fit(dialog, 520);
        return dialog.showAndWait().filter(Dialogs.OK::equals).map(b -> reason.getText().trim());
    }
}
