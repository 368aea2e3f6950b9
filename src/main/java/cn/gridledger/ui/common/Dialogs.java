package cn.gridledger.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.ui.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/** The one place that shows messages to the user, so every message looks and reads the same. */
public final class Dialogs {

    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private Dialogs() {
    }

    /** Chinese button texts whatever the machine's language (the built-in OK/Cancel follow the locale). */
    public static final ButtonType OK = new ButtonType(I18n.t("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    public static void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", OK);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        Label body = new Label(message);
        body.setWrapText(true);
        // 460 at 标准, grown with the text size: the message wraps instead of widening the window
        body.setPrefWidth(WindowPlacement.scaledWidth(460));
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        alert.showAndWait();
    }

    public static void info(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, OK);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    public static boolean confirm(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, OK, CANCEL);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        return alert.showAndWait().filter(OK::equals).isPresent();
    }

    /** A question with two answers in words (e.g. 打开所在文件夹 / 关闭); true for the first. */
    public static boolean choose(String header, String message, String yes, String no) {
        ButtonType first = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType second = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, first, second);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        return alert.showAndWait().filter(first::equals).isPresent();
    }

    /** A failure from a background task or handler: user-facing text as it is, anything else as a fault. */
    public static void failure(Throwable e) {
        if (e instanceof UserFacingException) {
            error(I18n.t("app.failed"), e.getMessage());
        } else {
            internalError(e);
        }
    }

    public static void internalError(Throwable e) {
        LOG.log(Level.SEVERE, "internal fault in the window", e);
        error(I18n.t("app.internalError"), I18n.t("app.internalError.detail", AppLog.file()));
    }
}
