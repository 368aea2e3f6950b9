package cn.gridledger.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import cn.gridledger.logic.io.BackupCheck;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.BackupService;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Backup now, the backup folder (USB stick), the list of backups with 恢复. */
final class BackupPane {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(I18n.t("settings.backup.when"));

    private final AppServices services;
    private final Consumer<Path> restore;
    private final Runnable backupMade;
    private final TableView<BackupFile> table = new TableView<>();
    private final Label folder = new Label();
    private final Label status = new Label();
    private final VBox box;

    BackupPane(AppServices services, Consumer<Path> restore, Runnable backupMade) {
        this.services = services;
        this.restore = restore;
        this.backupMade = backupMade;
        boolean admin = services.session().isAdmin();
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        Button now = new Button(I18n.t("settings.backupNow"));
        now.setId("backupNow");
        now.setOnAction(e -> {
            now.setDisable(true);
            bar.setVisible(true);
            BackgroundTask.run(p -> services.backup().backupNow(), bar, made -> {
                now.setDisable(false);
                bar.setVisible(false);
                status.setText(I18n.t("settings.backupDone", made.path()));
                refresh();
                backupMade.run();
            }, failure -> {
                now.setDisable(false);
                bar.setVisible(false);
                Dialogs.failure(failure);
            });
        });
        Button choose = new Button(I18n.t("settings.chooseFolder"));
        choose.setId("chooseFolder");
        choose.setDisable(!admin);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File picked = chooser.showDialog(choose.getScene().getWindow());
            if (picked != null) {
                run(() -> services.backup().chooseFolder(picked.toPath()));
            }
        });
        Button reset = new Button(I18n.t("settings.defaultFolder"));
        reset.setDisable(!admin);
        reset.setOnAction(e -> run(() -> services.backup().chooseFolder(null)));
        Button restoreButton = new Button(I18n.t("settings.restore"));
        restoreButton.setId("restoreSelected");
        restoreButton.setDisable(!admin);
        restoreButton.setOnAction(e -> restoreSelected());
        Button deleteButton = new Button(I18n.t("settings.deleteBackup"));
        deleteButton.setId("deleteBackup");
        deleteButton.setDisable(!admin);
        deleteButton.setOnAction(e -> deleteSelected());
        Label rotation = new Label(I18n.t("settings.rotation"));
        rotation.setId("backupRotation");
        rotation.setWrapText(true);

        table.setId("backupList");
        cn.gridledger.ui.common.TableCopy.install(table);
        table.getColumns().add(column("settings.backupKind", b -> b.kind().label(), 100));
        table.getColumns().add(column("settings.backupTime", b -> WHEN.format(b.createdAt()), 190));
        table.getColumns().add(column("settings.backupSize", b -> size(b.sizeBytes()), 110));
        table.getColumns().add(column("settings.backupPath", b -> b.path().toString(), 520));
        VBox.setVgrow(table, Priority.ALWAYS);
        folder.setWrapText(true);
        status.setWrapText(true);
        box = new VBox(10, new HBox(10, now, choose, reset, bar), folder, status, rotation, table,
                new HBox(10, restoreButton, deleteButton));
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
    }

    static <T> TableColumn<T, String> column(String key, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Sizes as a user reads them: 856 KB, 12.3 MB. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return I18n.t("settings.sizeKb", Math.max(1, (bytes + 1023) / 1024));
        }
        return I18n.t("settings.sizeMb", String.format("%.1f", bytes / (1024.0 * 1024.0)));
    }

    private void deleteSelected() {
        BackupFile selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            status.setText(I18n.t("settings.selectBackup"));
            return;
        }
        if (Dialogs.confirm(I18n.t("settings.deleteBackup"), I18n.t("settings.deleteConfirm",
                selected.kind().label(), WHEN.format(selected.createdAt()), selected.path().getFileName()))) {
            run(() -> {
                services.backup().delete(selected);
                status.setText(I18n.t("settings.backupDeleted", selected.path().getFileName()));
            });
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private void restoreSelected() {
        BackupFile selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            status.setText(I18n.t("settings.selectBackup"));
            return;
        }
        try {
            services.backup().requireRestoreAllowed();
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
            return;
        }
        BackupCheck check = BackupService.verify(selected.path());
        if (!check.ok()) {
            Dialogs.error(I18n.t("settings.restore"), I18n.t("settings.restoreRefused", check.problem()));
            return;
        }
        if (Dialogs.confirm(I18n.t("settings.restore"), I18n.t("settings.restoreConfirm",
                selected.path().getFileName(), WHEN.format(selected.createdAt()), check.households()))) {
            restore.accept(selected.path());
        }
    }

    void refresh() {
        folder.setText(I18n.t("settings.folder", services.backup().folder()));
        table.getItems().setAll(services.backup().backups());
    }

    Node view() {
        return box;
    }
}
