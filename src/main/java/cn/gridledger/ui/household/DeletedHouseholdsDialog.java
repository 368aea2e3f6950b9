package cn.gridledger.ui.household;

import java.util.function.BooleanSupplier;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 已删除农户: households marked deleted, with 恢复 for an administrator. Nothing is erased from here:
 * the program has no hard delete.
 */
final class DeletedHouseholdsDialog {

    private final AppServices services;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TableView<HouseholdRow> table = new TableView<>();

    DeletedHouseholdsDialog(AppServices services, BooleanSupplier canRestore) {
        this.services = services;
        dialog.setTitle(I18n.t("hh.deleted"));
        dialog.setHeaderText(I18n.t("hh.deleted.header"));
        table.setId("deleted-table");
        cn.gridledger.ui.common.TableCopy.install(table);
        cn.gridledger.ui.common.CellTips.install(table);
        table.setPrefSize(720, 360);
        table.setPlaceholder(new Label(I18n.t("hh.deleted.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col(I18n.t("hh.col.number"), r -> r.hhNumber() == null ? "" : r.hhNumber()));
        table.getColumns().add(col(I18n.t("hh.col.head"), r -> r.headName() == null ? "" : r.headName()));
        table.getColumns().add(col(I18n.t("hh.col.population"), r -> String.valueOf(r.memberCount())));
        table.getColumns().add(col(I18n.t("hh.col.grid"), r -> r.gridName() == null ? "" : r.gridName()));
        Button restore = new Button(I18n.t("hh.restore"));
        restore.setId("household-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            HouseholdRow r = table.getSelectionModel().getSelectedItem();
            if (!canRestore.getAsBoolean()) {
                Dialogs.error(I18n.t("hh.restore"), I18n.t("hh.restore.adminOnly"));
                return;
            }
            try {
                cn.gridledger.ui.common.LateEditReasonDialog.saveAsking(table.getScene().getWindow(), late -> {
                    services.households().restore(r.id(), late);
                    return Boolean.TRUE;
                });
            } catch (RuntimeException ex) {
                Dialogs.failure(ex);
            }
            reload();
        });
        if (!canRestore.getAsBoolean()) {
            restore.setVisible(false);
        }
        cn.gridledger.ui.household.DialogLook.apply(dialog.getDialogPane(), 780);
        dialog.getDialogPane().setContent(new VBox(8, table, restore));
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("grid.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        reload();
    }

    private static TableColumn<HouseholdRow, String> col(String title, java.util.function.Function<HouseholdRow, String> f) {
        TableColumn<HouseholdRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private void reload() {
        table.getItems().setAll(services.households().deleted());
    }

    void showAndWait(Window owner) {
        dialog.initOwner(owner);
        dialog.showAndWait();
    }
}
