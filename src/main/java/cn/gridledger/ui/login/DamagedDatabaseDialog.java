package cn.gridledger.ui.login;

import java.util.List;
import java.util.Optional;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.io.DamagedDatabaseException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.BackupService;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** At start, when the database failed its integrity check: the backups, newest first, and 恢复. */
public final class DamagedDatabaseDialog {

    private DamagedDatabaseDialog() {
    }

    /** The services of the restored database, or empty when the user gives up (the program then exits). */
    public static Optional<AppServices> offerRestore(DamagedDatabaseException damaged) {
        List<BackupFile> backups = BackupService.backupsOf(damaged.file());
        if (backups.isEmpty()) {
            Dialogs.error(I18n.t("damaged.title"), damaged.getMessage() + "\n\n" + I18n.t("damaged.none"));
            return Optional.empty();
        }
        ListView<String> list = new ListView<>();
        list.setId("damagedBackups");
        list.getItems().setAll(backups.stream().map(b -> b.createdAt().toString().replace('T', ' ') + "  "
                + b.kind().label() + "  " + b.path()).toList());
        list.getSelectionModel().selectFirst();
        list.setPrefSize(640, 240);
        Label text = new Label(I18n.t("damaged.text", damaged.getMessage()));
        text.setWrapText(true);
        text.setMaxWidth(640);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("damaged.title"));
        dialog.getDialogPane().setContent(new VBox(12, text, list));
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        ButtonType restore = new ButtonType(I18n.t("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, Dialogs.CANCEL);
        while (dialog.showAndWait().filter(restore::equals).isPresent()) {
            BackupFile chosen = backups.get(Math.max(0, list.getSelectionModel().getSelectedIndex()));
            try {
                return Optional.of(
                        BackupService.restore(damaged.file(), chosen.path(), BackupService.AT_STARTUP).services());
            } catch (UserFacingException e) {
                Dialogs.error(I18n.t("app.failed"), e.getMessage());
            }
        }
        return Optional.empty();
    }
}
