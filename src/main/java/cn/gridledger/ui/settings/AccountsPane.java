package cn.gridledger.ui.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gridledger.logic.service.AccountService.Account;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Grid;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Accounts for administrators (create, role and grids, reset password, idle lock); my own password for all. */
final class AccountsPane {

    private final AppServices services;
    private final TableView<Account> table = new TableView<>();
    private final VBox box;

    AccountsPane(AppServices services) {
        this.services = services;
        Button mine = new Button(I18n.t("settings.myPassword"));
        mine.setId("myPassword");
        mine.setOnAction(e -> changeMine());
        Label roles = new Label(I18n.t("settings.roles"));
        roles.setWrapText(true);
        if (!services.session().isAdmin()) {
            box = new VBox(12, new Label(I18n.t("settings.adminOnly")), roles,
                    services.session().current().isAccount() ? mine : new Label());
            return;
        }
        table.setId("accountTable");
        cn.gridledger.ui.common.TableCopy.install(table);
        table.getColumns().add(BackupPane.column("settings.accountUser", Account::username, 140));
        table.getColumns().add(BackupPane.column("settings.accountName", Account::displayName, 140));
        table.getColumns().add(BackupPane.column("settings.accountRole", a -> a.role().label(), 90));
        table.getColumns().add(BackupPane.column("settings.accountGrids", this::gridNames, 300));
        table.getColumns().add(BackupPane.column("settings.accountState",
                a -> !a.active() ? I18n.t("settings.inactive") : a.locked() ? I18n.t("settings.locked")
                        : I18n.t("settings.active"), 90));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(I18n.t("settings.addAccount"));
        add.setId("addAccount");
        add.setOnAction(e -> edit(null));
        Button editButton = new Button(I18n.t("settings.editAccount"));
        editButton.setOnAction(e -> {
            Account a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                edit(a);
            }
        });
        Button reset = new Button(I18n.t("settings.resetPassword"));
        reset.setId("resetPassword");
        reset.setOnAction(e -> resetSelected());
        Spinner<Integer> idle = new Spinner<>(1, 240, services.accounts().idleLockMinutes());
        idle.setEditable(true);
        idle.setPrefWidth(90);
        Button saveIdle = new Button(I18n.t("settings.save"));
        saveIdle.setOnAction(e -> run(() -> services.accounts().setIdleLockMinutes(idle.getValue())));
        HBox idleRow = new HBox(10, new Label(I18n.t("settings.idleMinutes")), idle, saveIdle);
        idleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = new VBox(10, roles, new HBox(10, add, editButton, reset, mine), table, idleRow);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
    }

    private String gridNames(Account a) {
        if (a.role() != Role.GRID_WORKER) {
            return "";
        }
        return services.township().grids().stream().filter(g -> a.gridIds().contains(g.id()))
                .map(Grid::name).collect(Collectors.joining(I18n.t("ui.sep.list")));
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private void edit(Account existing) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t(existing == null ? "settings.addAccount" : "settings.editAccount").replace("…", ""));
        TextField user = new TextField(existing == null ? "" : existing.username());
        user.setDisable(existing != null);
        TextField name = new TextField(existing == null ? "" : existing.displayName());
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : r.label();
            }

            @Override
            public Role fromString(String s) {
                return Role.ofLabel(s);
            }
        });
        role.setValue(existing == null ? Role.GRID_WORKER : existing.role());
        List<Grid> grids = services.township().grids();
        ListView<String> gridList = new ListView<>();
        gridList.getItems().setAll(grids.stream().map(g -> g.code() + " " + g.name()).toList());
        gridList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        gridList.setPrefHeight(160);
        for (int i = 0; i < grids.size(); i++) {
            if (existing != null && existing.gridIds().contains(grids.get(i).id())) {
                gridList.getSelectionModel().select(i);
            }
        }
        CheckBox active = new CheckBox(I18n.t("settings.active"));
        active.setSelected(existing == null || existing.active());
        PasswordField password = new PasswordField();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("settings.accountUser")), user);
        form.addRow(1, new Label(I18n.t("settings.accountName")), name);
        form.addRow(2, new Label(I18n.t("settings.accountRole")), role);
        form.addRow(3, new Label(I18n.t("settings.accountGrids")), gridList);
        if (existing == null) {
            form.addRow(4, new Label(I18n.t("settings.newPassword")), password);
        } else {
            form.addRow(4, new Label(I18n.t("settings.accountState")), active);
        }
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        if (dialog.showAndWait().filter(Dialogs.OK::equals).isEmpty()) {
            return;
        }
        Set<Long> chosen = new LinkedHashSet<>();
        for (int i : gridList.getSelectionModel().getSelectedIndices()) {
            chosen.add(grids.get(i).id());
        }
        if (existing == null) {
            run(() -> services.accounts().createAccount(user.getText(), name.getText(), role.getValue(), chosen,
                    password.getText()));
        } else {
            run(() -> services.accounts().updateAccount(existing.id(), name.getText(), role.getValue(),
                    active.isSelected(), chosen));
        }
    }

    private void resetSelected() {
        Account a = table.getSelectionModel().getSelectedItem();
        if (a == null) {
            return;
        }
        String password = askPassword(
                I18n.t("ui.colon", I18n.t("settings.resetPassword").replace("…", ""), a.displayName()));
        if (password != null) {
            run(() -> services.accounts().resetPassword(a.id(), password));
        }
    }

    private void changeMine() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("settings.myPassword").replace("…", ""));
        PasswordField old = new PasswordField();
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("settings.oldPassword")), old);
        form.addRow(1, new Label(I18n.t("login.newPassword")), first);
        form.addRow(2, new Label(I18n.t("login.newPassword2")), second);
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        if (dialog.showAndWait().filter(Dialogs.OK::equals).isEmpty()) {
            return;
        }
        if (!first.getText().equals(second.getText())) {
            Dialogs.error(I18n.t("app.failed"), I18n.t("login.mismatch"));
            return;
        }
        run(() -> services.accounts().changeOwnPassword(old.getText(), first.getText()));
    }

    private static String askPassword(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        PasswordField field = new PasswordField();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.addRow(0, new Label(I18n.t("settings.newPassword")), field);
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        return dialog.showAndWait().filter(Dialogs.OK::equals).map(b -> field.getText()).orElse(null);
    }

    void refresh() {
        if (services.session().isAdmin()) {
            table.getItems().setAll(services.accounts().accounts());
        }
    }

    Node view() {
        return box;
    }
}
