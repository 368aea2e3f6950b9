package cn.gridledger.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One record's audit history (who changed what, old → new), newest first, for its editor. */
public final class HistoryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryView() {
    }

    public static TableView<AuditEntry> of(AppServices services, String entityType, String entityId) {
        TableView<AuditEntry> table = new TableView<>();
        table.setId("history-table");
        TableCopy.install(table);
        table.getColumns().add(column("history.at", a -> WHEN.format(a.at()), 130));
        table.getColumns().add(column("history.who", AuditEntry::who, 90));
        table.getColumns().add(column("history.action", a -> a.action().label(), 60));
        table.getColumns().add(column("history.summary", AuditEntry::summary, 220));
        table.getColumns().add(column("history.changes",
                a -> a.changes().stream().map(FieldChange::describe)
                        .collect(Collectors.joining(I18n.t("ui.sep.clauses"))), 420));
        CellTips.install(table);
        table.setPlaceholder(new Label(I18n.t("history.none")));
        try {
            table.getItems().setAll(services.audit().history(entityType, entityId));
        } catch (UserFacingException e) {
            table.setPlaceholder(new Label(e.getMessage()));
        }
        return table;
    }

    private static TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
