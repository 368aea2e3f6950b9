package cn.gridledger.ui.visits;

import java.util.List;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.VisitRow;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.CellTips;
import cn.gridledger.ui.common.ColumnWidths;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.TableCopy;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The household editor's 走访记录: this household's visits, newest first, with 新增走访 (Ctrl+N in the
 * table), 修改 (Enter or double click) and 删除 (Delete). Visits are saved at once, apart from the
 * household form's 保存.
 */
public final class HouseholdVisitsSection {

    private final AppServices services;
    private final String householdId;
    private final String householdLabel;
    private final TableView<VisitRow> table = new TableView<>();
    private final Label status = new Label();
    private final VBox box;

    /** {@code householdLabel}: how the dialogs name the household (户主 and 户编号). */
    public HouseholdVisitsSection(AppServices services, String householdId, String householdLabel) {
        this.services = services;
        this.householdId = householdId;
        this.householdLabel = householdLabel;
        table.setId("householdVisits");
        TableCopy.install(table);
        CellTips.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("visits.household.none")));
        table.getColumns().setAll(List.of(VisitColumns.date(), VisitColumns.type(), VisitColumns.visitors(),
                VisitColumns.finding(), VisitColumns.followUp(), VisitColumns.due(), VisitColumns.state(),
                VisitColumns.result()));
        ColumnWidths.fitAll(table);
        VBox.setVgrow(table, Priority.ALWAYS);

        boolean mayRecord = services.visits().canRecord(householdId);
        Button add = new Button(I18n.t("visits.household.add"));
        add.setId("householdVisitAdd");
        add.setDisable(!mayRecord);
        add.setOnAction(e -> open(null));
        Button edit = new Button(I18n.t("visits.edit"));
        edit.setId("householdVisitEdit");
        Button delete = new Button(I18n.t("visits.delete"));
        delete.setId("householdVisitDelete");
        edit.setDisable(true);
        delete.setDisable(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            boolean mine = b != null && services.visits().canEdit(b);
            edit.setDisable(!mine);
            delete.setDisable(!mine);
        });
        edit.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> delete());
        table.setRowFactory(tv -> {
            TableRow<VisitRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !edit.isDisabled()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !edit.isDisabled()) {
                e.consume();
                open(table.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                e.consume();
                delete();
            } else if (e.getCode() == KeyCode.N && e.isShortcutDown() && !add.isDisabled()) {
                e.consume();
                open(null);
            }
        });
        for (Button b : List.of(add, edit, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setId("householdVisitsStatus");
        status.getStyleClass().add("status-message");
        HBox actions = new HBox(8, add, edit, delete, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(I18n.t("visits.household.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        box = new VBox(8, actions, table, hint);
        refresh(null);
    }

    public Node view() {
        return box;
    }

    private void open(VisitRow row) {
        try {
            var visit = row == null ? null : services.visits().one(row.id());
            VisitDialog d = new VisitDialog(services, householdId, householdLabel, visit, box.getScene().getWindow());
            if (d.showAndWait()) {
                refresh(row == null ? null : row.id());
                status.setText(I18n.t(row == null ? "visits.household.saved" : "visits.household.changed"));
            }
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }

    private void delete() {
        VisitRow row = table.getSelectionModel().getSelectedItem();
        if (VisitColumns.deleteAfterAsking(services, row)) {
            refresh(null);
            status.setText(I18n.t("visits.deleted", row.households()));
        }
    }

    private void refresh(String select) {
        try {
            List<VisitRow> rows = services.visits().ofHousehold(householdId);
            table.getItems().setAll(rows);
            VisitRow chosen = select == null ? (rows.isEmpty() ? null : rows.get(0))
                    : rows.stream().filter(r -> r.id().equals(select)).findFirst().orElse(null);
            if (chosen != null) {
                table.getSelectionModel().select(chosen);
            }
        } catch (RuntimeException ex) {
            Dialogs.failure(ex);
        }
    }
}
