package cn.gridledger.ui.visits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.Styles;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.logic.service.VisitService.VisitRulesException;
import cn.gridledger.logic.validate.VisitRules;
import cn.gridledger.model.Visit;
import cn.gridledger.model.code.VisitType;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.FieldPair;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The fields of one visit (date, type, who went, what was found, follow-up and due date), shared by the
 * 走访 page's entry form and the household editor's visit dialog. Enter in any field saves; a refused
 * save marks each field in error, says why under the form and puts the cursor on the first.
 */
final class VisitForm {

    final TextField date = new TextField();
    final ComboBox<String> type = new ComboBox<>();
    final TextField visitors = new TextField();
    final TextField finding = new TextField();
    final CheckBox followUpNeeded = new CheckBox(I18n.t("visits.form.followUpNeeded"));
    final TextField followUp = new TextField();
    final TextField due = new TextField();
    private final Label message = new Label();
    private final Runnable save;
    /** The field each rule's errors belong to; the host adds its household picker under HOUSEHOLDS. */
    private final Map<String, Control> fieldOf = new LinkedHashMap<>();

    VisitForm(Runnable save) {
        this.save = save;
        date.setId("visitDate");
        date.setPrefColumnCount(7);
        type.setId("visitType");
        VisitType.all().forEach(t -> type.getItems().add(t.label()));
        type.getSelectionModel().selectFirst();
        // the choices are short: the row wraps rather than cutting them to “入户…”
        type.setMinWidth(Region.USE_PREF_SIZE);
        visitors.setId("visitVisitors");
        visitors.setPromptText(I18n.t("visits.form.visitorsPrompt"));
        finding.setId("visitFinding");
        followUpNeeded.setId("visitFollowUpNeeded");
        followUp.setId("visitFollowUp");
        due.setId("visitDue");
        due.setPromptText(I18n.t("visits.datePrompt"));
        due.setPrefColumnCount(7);
        followUp.disableProperty().bind(followUpNeeded.selectedProperty().not());
        due.disableProperty().bind(followUpNeeded.selectedProperty().not());
        message.setId("visitFormMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        fieldOf.put(VisitRules.DATE, date);
        fieldOf.put(VisitRules.TYPE, type);
        fieldOf.put(VisitRules.VISITORS, visitors);
        fieldOf.put(VisitRules.FINDING, finding);
        fieldOf.put(VisitRules.FOLLOW_UP, followUp);
        fieldOf.put(VisitRules.DUE, due);
        for (Node n : List.of(date, type, visitors, finding, followUpNeeded, followUp, due)) {
            saveOnEnter(n);
        }
        // a field's mark goes as soon as it is changed
        for (Control c : fieldOf.values()) {
            if (c instanceof TextField t) {
                t.textProperty().addListener((o, a, b) -> unmark(t));
            }
        }
        type.valueProperty().addListener((o, a, b) -> unmark(type));
        reset();
    }

    /** Enter in this field (of the host's too) saves. */
    void saveOnEnter(Node n) {
        n.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                save.run();
            }
        });
    }

    /** The host's household picker, marked when the visit has no household. */
    void householdField(Control picker) {
        fieldOf.put(VisitRules.HOUSEHOLDS, picker);
    }

    /**
     * The fields in rows that wrap at the larger text sizes, a label kept with its field; {@code household}
     * (null: none) after the date, {@code actions} at the end of the follow-up row.
     */
    Node view(Node household, Node... actions) {
        FlowPane who = new FlowPane(12, 6);
        who.getChildren().add(FieldPair.of("visits.form.date", date));
        if (household != null) {
            who.getChildren().add(FieldPair.of("visits.form.household", household));
        }
        who.getChildren().addAll(FieldPair.of("visits.form.type", type), FieldPair.of("visits.form.visitors", visitors));
        who.setAlignment(Pos.CENTER_LEFT);
        HBox found = FieldPair.of("visits.form.finding", finding);
        HBox.setHgrow(finding, Priority.ALWAYS);
        HBox fu = new HBox(8, followUpNeeded, followUp, new Label(I18n.t("visits.form.due")), due);
        fu.getChildren().addAll(actions);
        fu.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(followUp, Priority.ALWAYS);
        followUpNeeded.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(6, who, found, fu, message);
    }

    /** Empty for a new visit of today. */
    void reset() {
        date.setText(LocalDate.now().toString());
        type.getSelectionModel().selectFirst();
        visitors.clear();
        finding.clear();
        followUpNeeded.setSelected(false);
        followUp.clear();
        due.clear();
        clearErrors();
    }

    /** The visit's values, for changing it. */
    void fill(Visit v) {
        date.setText(v.date().toString());
        type.setValue(v.type());
        visitors.setText(String.join(I18n.t("ui.sep.list"), v.visitors().stream().map(Visit.Visitor::name).toList()));
        finding.setText(v.finding() == null ? "" : v.finding());
        followUpNeeded.setSelected(v.followUpNeeded());
        followUp.setText(v.followUp() == null ? "" : v.followUp());
        due.setText(v.dueDate() == null ? "" : v.dueDate().toString());
        clearErrors();
    }

    VisitInput input(List<String> householdIds) {
        return new VisitInput(date.getText(), type.getValue(), householdIds, VisitRules.visitorNames(visitors.getText()),
                finding.getText(), followUpNeeded.isSelected(), followUp.getText(), due.getText());
    }

    /**
     * Shows a refused save in the form: true when {@code ex} broke the visit rules (each field marked,
     * the first focused); false for anything else, which the host reports.
     */
    boolean showErrors(RuntimeException ex) {
        if (!(ex instanceof VisitRulesException rules)) {
            return false;
        }
        clearErrors();
        Control first = null;
        for (String field : rules.errors().keySet()) {
            Control c = fieldOf.get(field);
            if (c != null) {
                c.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                first = first == null ? c : first;
            }
        }
        message.setText(String.join(" ", rules.errors().values()));
        if (first != null) {
            first.requestFocus();
        }
        return true;
    }

    /** The user went back from the late-edit reason: nothing was saved (报送, #15). */
    void showNotSaved() {
        clearErrors();
        message.setText(I18n.t("hh.lateEdit.notSaved"));
    }

    void clearErrors() {
        fieldOf.values().forEach(this::unmark);
        message.setText("");
    }

    private void unmark(Control c) {
        c.pseudoClassStateChanged(Styles.STATE_DANGER, false);
    }
}
