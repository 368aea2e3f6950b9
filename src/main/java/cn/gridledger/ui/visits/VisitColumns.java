package cn.gridledger.ui.visits;

import java.util.function.Function;

import cn.gridledger.model.VisitRow;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.UiLook;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** The visit list's columns and its delete, the same on the 走访 page and in the household editor. */
final class VisitColumns {

    private VisitColumns() {
    }

    /** A text column {@code widthEm} wide at the chosen text size (then fitted to its values). */
    static TableColumn<VisitRow, String> text(String key, Function<VisitRow, String> value, double widthEm) {
        TableColumn<VisitRow, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(widthEm * UiLook.size().pixels());
        return c;
    }

    static TableColumn<VisitRow, String> date() {
        return text("visits.col.date", r -> String.valueOf(r.date()), 6.4);
    }

    static TableColumn<VisitRow, String> type() {
        return text("visits.col.type", VisitRow::type, 6.4);
    }

    static TableColumn<VisitRow, String> visitors() {
        return text("visits.col.visitors", VisitRow::visitors, 6.4);
    }

    static TableColumn<VisitRow, String> finding() {
        return text("visits.col.finding", VisitRow::finding, 14.3);
    }

    static TableColumn<VisitRow, String> followUp() {
        return text("visits.col.followUp", VisitRow::followUp, 10.7);
    }

    static TableColumn<VisitRow, String> due() {
        return text("visits.col.due", r -> r.dueDate() == null ? "" : r.dueDate().toString(), 6.4);
    }

    static TableColumn<VisitRow, String> state() {
        return text("visits.col.state", VisitColumns::state, 5.7);
    }

    static TableColumn<VisitRow, String> result() {
        return text("visits.col.result", VisitRow::result, 10.0);
    }

    /**
     * Deletes the visit after the user said yes (the 走访 page and the household editor ask alike);
     * true when it was deleted, a refusal shown as a message.
     */
    static boolean deleteAfterAsking(cn.gridledger.logic.service.AppServices services, VisitRow row) {
        if (row == null || !cn.gridledger.ui.common.Dialogs.confirm(I18n.t("visits.delete"),
                I18n.t("visits.deleteConfirm", row.date(), row.type(), row.households()))) {
            return false;
        }
        try {
            // a visit a submitted quarter counted: ask the reason; going back deletes nothing
            boolean done = cn.gridledger.ui.common.LateEditReasonDialog.saveAsking(null, reason -> {
                services.visits().delete(row.id(), reason);
                return Boolean.TRUE;
            }).isPresent();
            if (!done) {
                cn.gridledger.ui.common.Dialogs.info(I18n.t("visits.delete"), I18n.t("hh.lateEdit.notSaved"));
            }
            return done;
        } catch (RuntimeException ex) {
            cn.gridledger.ui.common.Dialogs.failure(ex);
            return false;
        }
    }

    /** 无需办理 / 未办结 / 逾期未办结 / 已办结. */
    static String state(VisitRow r) {
        if (!r.followUpNeeded()) {
            return I18n.t("visits.state.none");
        }
        if (r.overdue()) {
            return I18n.t("visits.state.overdue");
        }
        return I18n.t(r.open() ? "visits.state.open" : "visits.state.closed");
    }
}
