package cn.gridledger.ui.grid;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.GridService;
import cn.gridledger.logic.service.HouseholdCodes;
import cn.gridledger.logic.service.HouseholdFields;
import cn.gridledger.model.Grid;
import cn.gridledger.model.GridStaff;
import cn.gridledger.model.GridSummary;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.LateEditReasonDialog;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A grid's settings: name and type, renumbering (old code kept), and its 网格长 / 网格员. */
final class GridDialog {

    private final AppServices services;
    private final long gridId;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField covered = new TextField();
    private final Label code = new Label();
    private final TextField newCode = new TextField();
    private final Label history = new Label();
    private final Label counts = new Label();
    private final Label error = new Label();
    private final TableView<GridStaff> staff = new TableView<>();
    private final ComboBox<String> postType = new ComboBox<>();
    private final TextField staffName = new TextField();
    private final TextField staffId = new TextField();
    private final TextField staffPhone = new TextField();
    private final CheckBox fullTime = new CheckBox(I18n.t("grid.staff.fullTime"));
    private Grid grid;

    GridDialog(AppServices services, long gridId) {
        this.services = services;
        this.gridId = gridId;
        dialog.setTitle(I18n.t("grid.settings"));
        type.getItems().setAll(HouseholdCodes.GRID_TYPE.labels());
        postType.getItems().setAll(GridService.WORKER, GridService.LEADER);
        postType.setValue(GridService.WORKER);
        name.setId("grid-name");
        newCode.setId("grid-new-code");
        staffName.setId("grid-staff-name");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        code.getStyleClass().add("id-mono");

        GridPane basics = new GridPane();
        basics.setHgap(8);
        basics.setVgap(6);
        Button saveBasics = new Button(I18n.t("grid.saveBasics"));
        saveBasics.setId("grid-save-basics");
        saveBasics.setOnAction(e -> act(() -> services.grids().update(new Grid(gridId, grid.code(), name.getText(),
                type.getValue(), grid.villageId(), covered.getText()))));
        basics.addRow(0, new Label(I18n.t("grid.name.label")), name, new Label(I18n.t("grid.type.label")), type);
        basics.addRow(1, new Label(I18n.t("grid.covered.label")), covered, counts);
        basics.add(saveBasics, 3, 1);

        Button renumber = new Button(I18n.t("grid.renumber"));
        renumber.setId("grid-renumber");
        renumber.setOnAction(e -> act(() -> services.grids().renumber(gridId, newCode.getText())));
        newCode.setPromptText(I18n.t("grid.newCode.prompt"));
        newCode.setPrefColumnCount(16);
        Label codeLabel = new Label(I18n.t("grid.code.label"));
        Label newCodeLabel = new Label(I18n.t("grid.newCode"));
        codeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        newCodeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox numbering = new HBox(8, codeLabel, code, newCodeLabel, newCode, renumber);
        numbering.setAlignment(Pos.CENTER_LEFT);
        history.getStyleClass().add("muted");
        history.setWrapText(true);

        staff.setId("grid-staff");
        cn.gridledger.ui.common.TableCopy.install(staff);
        staff.setPrefHeight(120);
        staff.setPlaceholder(new Label(I18n.t("grid.staff.none")));
        staff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        staff.getColumns().add(col(I18n.t("grid.staff.col.post"), GridStaff::postType));
        staff.getColumns().add(col(I18n.t("grid.staff.col.name"), GridStaff::name));
        staff.getColumns().add(col(I18n.t("grid.staff.col.phone"), s -> HouseholdFields.maskedPhone(s.phone())));
        staff.getColumns().add(col(I18n.t("grid.staff.col.fullTime"), s -> s.fullTime() == null ? "" : s.fullTime() ? I18n.t("grid.staff.fullTime") : I18n.t("grid.staff.partTime")));
        Button end = new Button(I18n.t("grid.staff.end"));
        end.disableProperty().bind(staff.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(e -> {
            GridStaff s = staff.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(I18n.t("grid.staff.end"), I18n.t("grid.staff.endConfirm", s.name(), s.postType()))) {
                actAsking(reason -> services.grids().endPost(s.postId(), reason), () -> { });
            }
        });
        Button add = new Button(I18n.t("grid.staff.add"));
        add.setId("grid-staff-add");
        add.setOnAction(e -> actAsking(reason -> services.grids().assign(gridId, postType.getValue(),
                staffName.getText(), staffId.getText(), staffPhone.getText(), fullTime.isSelected(), reason), () -> {
                    staffName.clear();
                    staffId.clear();
                    staffPhone.clear();
                }));
        staffName.setPromptText(I18n.t("grid.staff.prompt.name"));
        staffId.setPromptText(I18n.t("grid.staff.prompt.id"));
        staffPhone.setPromptText(I18n.t("grid.staff.prompt.phone"));
        postType.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        staffId.setPrefColumnCount(14);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {renumber, add, saveBasics, fullTime, end}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox addRow = new HBox(6, postType, staffName, staffId, staffPhone, fullTime, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        // 防止返贫监测员: one cadre per grid who answers for its monitored households (a grid setting)
        var current = services.visits().gridMonitors().stream().filter(g -> g.gridId() == gridId).findFirst();
        cn.gridledger.ui.common.CadrePicker monitor = new cn.gridledger.ui.common.CadrePicker(services.visits().cadres(),
                current.map(g -> g.cadreId()).orElse(null), current.map(g -> g.cadreName()).orElse(null));
        monitor.control().setId("grid-monitor");
        Button saveMonitor = new Button(I18n.t("grid.monitor.save"));
        saveMonitor.setId("grid-monitor-save");
        saveMonitor.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveMonitor.setOnAction(e -> act(() -> services.visits().setGridMonitor(gridId, monitor.chosen())));
        boolean admin = services.session().isAdmin();
        monitor.control().setDisable(!admin);
        saveMonitor.setDisable(!admin);
        Label monitorLabel = new Label(I18n.t("grid.monitor.label"));
        monitorLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox monitorRow = new HBox(8, monitorLabel, monitor.control(), saveMonitor);
        monitorRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, titled(I18n.t("grid.section.basic"), basics),
                titled(I18n.t("grid.section.code"), new VBox(6, numbering, history)),
                titled(I18n.t("grid.section.staff"), new VBox(6, staff, new HBox(8, end), addRow, monitorRow)), error);
        content.setPadding(new Insets(4));

        cn.gridledger.ui.household.DialogLook.apply(dialog.getDialogPane(), 940);
        dialog.getDialogPane().setContent(content);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("grid.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        reload();
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        return t;
    }

    private static TableColumn<GridStaff, String> col(String title, java.util.function.Function<GridStaff, String> f) {
        TableColumn<GridStaff, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private void act(Runnable action) {
        try {
            action.run();
            error.setText("");
            reload();
        } catch (UserFacingException e) {
            error.setText(e.getMessage());
        }
    }

    /**
     * A post that starts or ends today: when today lies in a submitted quarter (报送, #15) the reason is asked
     * first; going back saves nothing and says so.
     */
    private void actAsking(java.util.function.Consumer<String> save, Runnable afterSaved) {
        try {
            boolean saved = LateEditReasonDialog.saveAsking(dialog.getDialogPane().getScene().getWindow(), reason -> {
                save.accept(reason);
                return Boolean.TRUE;
            }).isPresent();
            if (!saved) {
                error.setText(I18n.t("hh.lateEdit.notSaved"));
                return;
            }
            afterSaved.run();
            error.setText("");
            reload();
        } catch (UserFacingException e) {
            error.setText(e.getMessage());
        }
    }

    private void reload() {
        GridSummary s = services.grids().summaries().stream().filter(g -> g.grid().id() == gridId).findFirst().orElseThrow();
        grid = s.grid();
        dialog.setTitle(I18n.t("ui.colon", I18n.t("grid.settings"),
                I18n.t("grid.settings.header", grid.name(), grid.code())));
        name.setText(grid.name());
        type.setValue(grid.gridType());
        covered.setText(grid.coveredGroups() == null ? "" : grid.coveredGroups());
        code.setText(grid.code());
        newCode.setText("");
        var old = services.grids().codeHistory(gridId);
        history.setText(old.isEmpty() ? I18n.t("grid.history.none")
                : I18n.t("grid.history", String.join(I18n.t("ui.sep.list"), old)));
        counts.setText(I18n.t("grid.counts", s.households(), s.members()));
        staff.getItems().setAll(s.staff());
    }

    void showAndWait(Window owner) {
        dialog.initOwner(owner);
        dialog.showAndWait();
    }
}
