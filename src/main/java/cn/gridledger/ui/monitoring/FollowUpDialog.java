package cn.gridledger.ui.monitoring;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.MonitoringService;
import cn.gridledger.logic.service.MonitoringService.MonitoringRow;
import cn.gridledger.model.code.YesNo;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** 帮扶情况: measures, responsible contact and whether the risk is eliminated (how, which month). */
final class FollowUpDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField measures = new TextField();
    private final TextField contact = new TextField();
    private final TextField phone = new TextField();
    private final RadioButton yes = new RadioButton(YesNo.是.label());
    private final RadioButton no = new RadioButton(YesNo.否.label());
    private final ComboBox<String> method = new ComboBox<>();
    private final TextField month = new TextField();
    private final Label problem = new Label();
    private final cn.gridledger.ui.common.CadrePicker responsible;
    private boolean saved;

    FollowUpDialog(AppServices services, MonitoringRow row, Window owner) {
        boolean editable = services.monitoring().canEdit(row);
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("monitoring.followUp"));
        dialog.setHeaderText(I18n.t("monitoring.followUpHeader", nullToEmpty(row.village()), nullToEmpty(row.headName()),
                row.category(), row.identifiedMonth() == null ? "" : row.identifiedMonth().toDisplay()));
        ButtonType save = new ButtonType(I18n.t("monitoring.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("followUpDialog");

        measures.setText(row.measures() == null ? "" : row.measures().replace(",", I18n.t("ui.sep.list")));
        measures.setPrefColumnCount(26);
        measures.setId("followUpMeasures");
        contact.setText(row.contactName());
        responsible = new cn.gridledger.ui.common.CadrePicker(services.visits().cadres(), row.responsibleId(),
                row.responsibleName());
        responsible.control().setId("followUpResponsible");
        phone.setText(row.contactPhone());
        ToggleGroup group = new ToggleGroup();
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setId("followUpYes");
        no.setId("followUpNo");
        method.getItems().setAll(MonitoringService.ELIMINATION_METHODS);
        method.setId("followUpMethod");
        month.setId("followUpMonth");
        month.setPromptText(I18n.t("monitoring.followUp.monthPrompt"));
        if (row.eliminated()) {
            yes.setSelected(true);
            method.setValue(row.eliminationMethod());
            month.setText(row.eliminatedMonth() == null ? "" : row.eliminatedMonth().toDisplay());
        } else {
            no.setSelected(true);
            method.setValue(MonitoringService.ELIMINATION_METHODS.get(0));
            month.setText(YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM")));
        }
        method.disableProperty().bind(no.selectedProperty());
        month.disableProperty().bind(no.selectedProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.setPadding(new Insets(8));
        form.addRow(0, label("monitoring.col.measures"), measures);
        form.addRow(1, label("monitoring.col.contact"), contact);
        form.addRow(2, new Label(I18n.t("monitoring.contactPhone")), phone);
        form.addRow(3, label("monitoring.col.responsible"), responsible.control());
        form.addRow(4, label("monitoring.col.eliminated"), new HBox(16, yes, no));
        form.addRow(5, label("monitoring.col.method"), method);
        form.addRow(6, label("monitoring.col.eliminatedMonth"), month);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setId("followUpProblem");
        form.add(problem, 0, 7, 2, 1);
        form.setDisable(!editable);
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);

        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("followUpSave");
        ok.setDisable(!editable);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                Long cadre = responsible.chosen();
                boolean done = cn.gridledger.ui.common.LateEditReasonDialog.saveAsking(dialog.getDialogPane().getScene()
                        .getWindow(), reason -> {
                            services.monitoring().update(row.id(), measures.getText(), contact.getText(), phone.getText(),
                                    yes.isSelected(), method.getValue(), month.getText(), reason);
                            return Boolean.TRUE;
                        }).isPresent();
                if (!done) {
                    problem.setText(cn.gridledger.ui.I18n.t("hh.lateEdit.notSaved"));
                    e.consume();
                    return;
                }
                if (!java.util.Objects.equals(cadre, row.responsibleId())) {
                    services.visits().setResponsibleCadre(row.id(), cadre);
                }
                saved = true;
            } catch (UserFacingException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            } catch (RuntimeException ex) {
                Dialogs.failure(ex);
                e.consume();
            }
        });
        Platform.runLater(measures::requestFocus);
    }

    boolean showAndWait() {
        dialog.showAndWait();
        return saved;
    }

    /** Column titles break over two lines; a form label does not. */
    private static Label label(String key) {
        return new Label(I18n.t(key).replace("\n", ""));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
