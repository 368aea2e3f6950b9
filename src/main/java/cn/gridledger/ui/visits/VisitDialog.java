package cn.gridledger.ui.visits;

import java.util.List;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.VisitService;
import cn.gridledger.model.Visit;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.DialogFit;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.LateEditReasonDialog;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A visit to one household, new or changed, from the household editor's 走访记录: the 走访 page's
 * fields with the household fixed. Enter saves; a refused save stays open with the fields marked.
 */
final class VisitDialog {

    private final AppServices services;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VisitForm form = new VisitForm(this::saveByEnter);
    private final List<String> households;
    private final String editing;
    private final ButtonType save = new ButtonType(I18n.t("visits.save"), ButtonBar.ButtonData.OK_DONE);
    private boolean saved;

    /** {@code visit} null: a new visit to {@code householdId}. */
    VisitDialog(AppServices services, String householdId, String householdLabel, Visit visit, Window owner) {
        this.services = services;
        this.editing = visit == null ? null : visit.id();
        this.households = visit == null ? List.of(householdId) : visit.households();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(visit == null ? "visits.dialog.new" : "visits.dialog.edit"));
        dialog.setHeaderText(householdLabel + (households.size() > 1
                ? I18n.t("visits.dialog.withOthers", households.size() - 1) : ""));
        dialog.getDialogPane().setId("visitDialog");
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (visit != null) {
            form.fill(visit);
        }
        var content = form.view(null);
        if (content instanceof javafx.scene.layout.Region r) {
            r.setPadding(new Insets(8));
            r.setPrefWidth(46 * cn.gridledger.ui.common.UiLook.size().pixels());
        }
        dialog.getDialogPane().setContent(content);
        DialogFit.fit(dialog, 0);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("visitDialogSave");
        ok.setDefaultButton(false);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!save()) {
                e.consume();
            }
        });
        Platform.runLater(visit == null ? form.visitors::requestFocus : form.finding::requestFocus);
    }

    /** The form's own Enter: saves and closes when the rules hold. */
    private void saveByEnter() {
        if (save()) {
            dialog.setResult(save);
            dialog.close();
        }
    }

    private boolean save() {
        try {
            VisitService.VisitInput in = form.input(households);
            // a visit a submitted quarter counted: ask the reason, save once more
            saved = LateEditReasonDialog.saveAsking(dialog.getDialogPane().getScene().getWindow(), reason -> {
                if (editing == null) {
                    return services.visits().record(in, reason);
                }
                services.visits().edit(editing, in, reason);
                return editing;
            }).isPresent();
            if (!saved) {
                form.showNotSaved();
            }
            return saved;
        } catch (RuntimeException ex) {
            if (!form.showErrors(ex)) {
                Dialogs.failure(ex);
            }
            return false;
        }
    }

    /** True when the visit was saved. */
    boolean showAndWait() {
        dialog.showAndWait();
        return saved;
    }
}
