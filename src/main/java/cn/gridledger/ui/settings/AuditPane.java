package cn.gridledger.ui.settings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The administrator's audit log browser: date range, who, action, object, text. Read-only. */
final class AuditPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AppServices services;
    private final TableView<AuditEntry> table = new TableView<>();
    /** Entry id → the record as a person reads it (户主姓名（户编号）, 干部姓名). */
    private Map<Long, String> names = Map.of();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField who = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final TextField text = new TextField();
    private final VBox box;

    AuditPane(AppServices services) {
        this.services = services;
        if (!services.session().isAdmin()) {
            box = new VBox(new Label(I18n.t("settings.adminOnly")));
            return;
        }
        who.setId("auditWho");
        who.setPrefColumnCount(6);
        text.setId("auditText");
        text.setPrefColumnCount(10);
        action.setId("auditAction");
        action.getItems().add(I18n.t("settings.auditAll"));
        for (AuditAction a : AuditAction.values()) {
            action.getItems().add(a.label());
        }
        action.getSelectionModel().selectFirst();
        entity.getItems().add(I18n.t("settings.auditAll"));
        entity.getSelectionModel().selectFirst();
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        Button search = new Button(I18n.t("settings.auditSearch"));
        search.setId("auditSearch");
        search.setDefaultButton(false);
        search.setOnAction(e -> refresh());
        // the filters wrap to a second line on a narrow window or at a large text size
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 6, new Label(I18n.t("settings.auditFrom")), from, new Label(I18n.t("settings.auditTo")),
                to, new Label(I18n.t("settings.auditWho")), who, new Label(I18n.t("settings.auditAction")), action,
                new Label(I18n.t("settings.auditEntity")), entity, new Label(I18n.t("settings.auditText")), text, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        table.setId("auditTable");
        cn.gridledger.ui.common.TableCopy.install(table);
        table.getColumns().add(BackupPane.column("settings.auditAt", a -> WHEN.format(a.at()), 160));
        table.getColumns().add(BackupPane.column("settings.auditWho", AuditEntry::who, 100));
        table.getColumns().add(BackupPane.column("settings.auditAction", a -> a.action().label(), 80));
        table.getColumns().add(BackupPane.column("settings.auditEntity",
                a -> a.entityType() + " " + names.getOrDefault(a.id(), a.entityId() == null ? "" : a.entityId()), 160));
        table.getColumns().add(BackupPane.column("settings.auditSummary", AuditEntry::summary, 260));
        table.getColumns().add(BackupPane.column("settings.auditChanges",
                a -> a.changes().stream().map(FieldChange::describe)
                        .collect(Collectors.joining(I18n.t("ui.sep.clauses"))), 360));
        cn.gridledger.ui.common.CellTips.install(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box = new VBox(10, filters, table);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
    }

    void refresh() {
        if (!services.session().isAdmin()) {
            return;
        }
        try {
            String chosenEntity = entity.getValue();
            entity.getItems().setAll(I18n.t("settings.auditAll"));
            entity.getItems().addAll(services.audit().entityTypes());
            entity.setValue(chosenEntity == null ? I18n.t("settings.auditAll") : chosenEntity);
            String all = I18n.t("settings.auditAll");
            AuditAction chosenAction = all.equals(action.getValue()) ? null : AuditAction.ofLabel(action.getValue());
            List<AuditEntry> found = services.audit().search(new AuditFilter(from.getValue(), to.getValue(),
                    who.getText(), chosenAction, all.equals(entity.getValue()) ? null : entity.getValue(),
                    text.getText(), 1000));
            names = services.audit().recordNames(found);
            table.getItems().setAll(found);
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    Node view() {
        return box;
    }
}
