package cn.gridledger.ui.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.FieldCheck;
import cn.gridledger.logic.service.HouseholdFields;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.PointsItem;
import cn.gridledger.model.Village;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Shown;
import cn.gridledger.ui.common.UiLook;
import cn.gridledger.ui.shell.Page;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 积分: a village's catalogue of items (加分/减分 with a default value) and bulk entry — one item given
 * to many households at once (select rows with Shift/Ctrl, or Ctrl+A).
 */
public final class PointsPage implements Page {

    private final AppServices services;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Village> village = new ComboBox<>();
    private final TableView<PointsItem> items = new TableView<>();
    private final TextField itemName = new TextField();
    private final ComboBox<String> direction = new ComboBox<>();
    private final TextField itemDefault = new TextField();
    private final CheckBox itemActive = new CheckBox(I18n.t("points.item.active"));
    private final Label itemError = new Label();
    private final ComboBox<PointsItem> bulkItem = new ComboBox<>();
    private final TextField bulkPoints = new TextField();
    private final TextField bulkDate = new TextField(LocalDate.now().toString());
    private final TextField bulkReason = new TextField();
    private final TextField bulkRecorder = new TextField();
    private final TextField filter = new TextField();
    private final TableView<HouseholdRow> households = new TableView<>();
    private final Label bulkMessage = new Label();
    private long editingItemId;
    /** Side by side needs about this many characters of width. */
    private static final double SIDE_BY_SIDE_EM = 60;
    private Node catalogueView;
    private Node bulkView;
    private boolean stacked;

    public PointsPage(AppServices services) {
        this.services = services;
        Label title = new Label(I18n.t("points.title"));
        title.getStyleClass().add("page-title");
        village.setId("points-village");
        village.setConverter(Shown.<Village>as(v -> v.name()));
        village.valueProperty().addListener((obs, old, now) -> reloadVillage());
        HBox top = new HBox(12, title, new Label(I18n.t("points.village")), village);
        top.setAlignment(Pos.CENTER_LEFT);

        root.setTop(top);
        catalogueView = catalogue();
        bulkView = bulk();
        arrange(false);
        // at a large text size the two panes do not fit side by side: the catalogue goes above the bulk
        // entry, so the page scrolls down, never sideways
        root.widthProperty().addListener((o, was, now) -> {
            boolean narrow = now.doubleValue() > 0 && now.doubleValue() < SIDE_BY_SIDE_EM * UiLook.size().pixels();
            if (narrow != stacked) {
                arrange(narrow);
            }
        });
        root.setPadding(new Insets(16));
        root.getStylesheets().add(PointsPage.class.getResource("/cn/gridledger/ui/household/household.css").toExternalForm());
    }

    private void arrange(boolean narrow) {
        stacked = narrow;
        root.setLeft(null);
        root.setCenter(null);
        if (narrow) {
            VBox both = new VBox(12, catalogueView, bulkView);
            VBox.setVgrow(bulkView, Priority.ALWAYS);
            root.setCenter(both);
        } else {
            root.setLeft(catalogueView);
            root.setCenter(bulkView);
            BorderPane.setMargin(catalogueView, new Insets(10, 12, 0, 0));
        }
        BorderPane.setMargin(root.getCenter(), new Insets(10, 0, 0, 0));
    }

    private Node catalogue() {
        items.setId("points-items");
        cn.gridledger.ui.common.TableCopy.install(items);
        items.setPlaceholder(new Label(I18n.t("points.noItems")));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.getColumns().add(col(I18n.t("points.item.name"), PointsItem::name));
        items.getColumns().add(col(I18n.t("points.item.kind"), PointsItem::direction));
        TableColumn<PointsItem, String> def = col(I18n.t("points.item.default"), i -> String.valueOf(i.defaultPoints()));
        def.setStyle("-fx-alignment: center-right;");
        items.getColumns().add(def);
        items.getColumns().add(col(I18n.t("points.item.active"),
                i -> i.active() ? I18n.t("points.item.isActive") : I18n.t("points.item.inactive")));
        items.getSelectionModel().selectedItemProperty().addListener((obs, old, i) -> {
            if (i != null) {
                editingItemId = i.id();
                itemName.setText(i.name());
                direction.setValue(i.direction());
                itemDefault.setText(String.valueOf(i.defaultPoints()));
                itemActive.setSelected(i.active());
            }
        });
        direction.getItems().setAll(PointsItem.PLUS, PointsItem.MINUS);
        direction.setValue(PointsItem.PLUS);
        itemActive.setSelected(true);
        itemName.setId("points-item-name");
        itemDefault.setId("points-item-default");
        itemDefault.setPrefColumnCount(5);
        itemError.getStyleClass().add("field-error");
        itemError.setWrapText(true);
        Button save = new Button(I18n.t("points.item.save"));
        save.setId("points-item-save");
        save.setOnAction(e -> saveItem());
        Button fresh = new Button(I18n.t("points.item.new"));
        fresh.setOnAction(e -> {
            items.getSelectionModel().clearSelection();
            editingItemId = 0;
            itemName.clear();
            itemDefault.clear();
            itemActive.setSelected(true);
            itemName.requestFocus();
        });
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(I18n.t("points.item.name")), itemName);
        form.addRow(1, new Label(I18n.t("points.item.direction")), direction);
        form.addRow(2, new Label(I18n.t("points.item.default")), itemDefault);
        form.add(itemActive, 1, 3);
        form.add(new HBox(6, fresh, save), 1, 4);
        VBox box = new VBox(8, items, form, itemError);
        VBox.setVgrow(items, Priority.ALWAYS);
        TitledPane pane = new TitledPane(I18n.t("points.catalogue"), box);
        pane.setCollapsible(false);
        // 22em wide (308px at 标准): at 特大 the bulk entry beside it still has room, nothing scrolls sideways
        pane.getStyleClass().add("points-catalogue");
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }

    private Node bulk() {
        bulkItem.setId("points-bulk-item");
        bulkItem.setConverter(Shown.<PointsItem>as(
                i -> I18n.t("points.bulk.itemChoice", i.name(), i.direction(), String.valueOf(i.defaultPoints()))));
        bulkItem.valueProperty().addListener((obs, old, i) -> {
            if (i != null) {
                bulkPoints.setText(String.valueOf(i.defaultPoints()));
            }
        });
        bulkPoints.setId("points-bulk-points");
        bulkPoints.setPrefColumnCount(5);
        bulkDate.setPrefColumnCount(9);
        bulkRecorder.setPrefColumnCount(6);
        // item, points and date wrap onto a second line when the text is large
        javafx.scene.layout.FlowPane line1 = new javafx.scene.layout.FlowPane(12, 6,
                pair(new Label(I18n.t("points.bulk.item")), bulkItem), pair(new Label(I18n.t("points.bulk.points")),
                        bulkPoints), pair(new Label(I18n.t("points.bulk.date")), bulkDate));
        line1.setAlignment(Pos.CENTER_LEFT);
        HBox line2 = new HBox(6, new Label(I18n.t("points.bulk.reason")), bulkReason,
                new Label(I18n.t("points.bulk.recorder")), bulkRecorder);
        line2.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bulkReason, Priority.ALWAYS);

        filter.setId("points-filter");
        filter.setPromptText(I18n.t("hh.search.prompt"));
        filter.setTooltip(new javafx.scene.control.Tooltip(I18n.t("hh.search.tip")));
        filter.textProperty().addListener((obs, old, now) -> reloadHouseholds());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button all = new Button(I18n.t("points.bulk.selectAll"));
        all.setOnAction(e -> households.getSelectionModel().selectAll());
        Button none = new Button(I18n.t("points.bulk.selectNone"));
        none.setOnAction(e -> households.getSelectionModel().clearSelection());
        HBox line3 = new HBox(6, new Label(I18n.t("points.bulk.filter")), filter, all, none);
        line3.setAlignment(Pos.CENTER_LEFT);

        households.setId("points-households");
        cn.gridledger.ui.common.TableCopy.install(households);
        households.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        households.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        households.setPlaceholder(new Label(I18n.t("hh.none")));
        households.getColumns().add(hcol(I18n.t("hh.col.number"), r -> r.hhNumber() == null ? "" : r.hhNumber()));
        households.getColumns().add(hcol(I18n.t("hh.col.head"), r -> r.headName() == null ? "" : r.headName()));
        households.getColumns().add(hcol(I18n.t("hh.col.grid"), r -> r.gridName() == null ? "" : r.gridName()));
        TableColumn<HouseholdRow, String> pts = hcol(I18n.t("points.col.balance"), r -> String.valueOf(r.points()));
        pts.setStyle("-fx-alignment: center-right;");
        households.getColumns().add(pts);

        Button submit = new Button();
        submit.setId("points-bulk-submit");
        submit.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("points.bulk.submit", households.getSelectionModel().getSelectedItems().size()),
                households.getSelectionModel().getSelectedItems()));
        submit.setOnAction(e -> submitBulk());
        bulkMessage.setWrapText(true);
        Label hint = new Label(I18n.t("points.bulk.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        // the hint and the message wrap under the button instead of widening the page
        VBox line4 = new VBox(6, submit, hint, bulkMessage);
        VBox box = new VBox(8, line1, line2, line3, households, line4);
        VBox.setVgrow(households, Priority.ALWAYS);
        TitledPane pane = new TitledPane(I18n.t("points.bulk"), box);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }

    private static HBox pair(Label label, Node field) {
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TableColumn<PointsItem, String> col(String t, java.util.function.Function<PointsItem, String> f) {
        TableColumn<PointsItem, String> c = new TableColumn<>(t);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private static TableColumn<HouseholdRow, String> hcol(String t, java.util.function.Function<HouseholdRow, String> f) {
        TableColumn<HouseholdRow, String> c = new TableColumn<>(t);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        if (village.getItems().isEmpty()) {
            List<Village> vs = services.grids().villages();
            village.getItems().setAll(vs);
            if (!vs.isEmpty()) {
                village.setValue(vs.get(0));
            }
        }
        services.search().invalidateIfChangedElsewhere();
        if (!services.search().isLoaded()) {
            BackgroundTask.run(p -> {
                services.search().load(p);
                return null;
            }, null, ok -> reloadHouseholds(), Dialogs::failure);
        } else {
            reloadHouseholds();
        }
    }

    private void reloadVillage() {
        Village v = village.getValue();
        List<PointsItem> list = v == null ? List.of() : services.points().items(v.id());
        items.getItems().setAll(list);
        bulkItem.getItems().setAll(list.stream().filter(PointsItem::active).toList());
        reloadHouseholds();
    }

    private void reloadHouseholds() {
        Village v = village.getValue();
        if (v == null || !services.search().isLoaded()) {
            return;
        }
        households.getItems().setAll(services.search().search(filter.getText(),
                new HouseholdFilter(v.id(), null, Set.of(), null)));
    }

    private void saveItem() {
        Village v = village.getValue();
        FieldCheck<Integer> def = HouseholdFields.points(itemDefault.getText(), false);
        if (v == null) {
            itemError.setText(I18n.t("grid.noVillages"));
            return;
        }
        if (def.hasError()) {
            itemError.setText(def.error());
            return;
        }
        try {
            services.points().saveItem(new PointsItem(editingItemId, v.id(), itemName.getText(), direction.getValue(),
                    def.value(), itemActive.isSelected()));
            itemError.setText("");
            reloadVillage();
        } catch (UserFacingException e) {
            itemError.setText(e.getMessage());
        }
    }

    private void submitBulk() {
        PointsItem item = bulkItem.getValue();
        FieldCheck<Integer> pts = HouseholdFields.points(bulkPoints.getText(), false);
        FieldCheck<LocalDate> date = HouseholdFields.day(bulkDate.getText());
        String problem = item == null ? I18n.t("points.bulk.err.item") : pts.hasError() ? pts.error()
                : date.hasError() ? date.error() : date.value() == null ? I18n.t("points.bulk.err.date") : null;
        if (problem != null) {
            bulkMessage.getStyleClass().add("field-error");
            bulkMessage.setText(problem);
            return;
        }
        List<String> ids = households.getSelectionModel().getSelectedItems().stream().map(HouseholdRow::id).toList();
        try {
            java.util.Optional<Integer> written = cn.gridledger.ui.common.LateEditReasonDialog.saveAsking(
                    bulkMessage.getScene().getWindow(), late -> services.points().bulkEntry(item, ids, date.value(),
                            pts.value(), bulkReason.getText(), bulkRecorder.getText(), null, late));
            if (written.isEmpty()) {
                bulkMessage.getStyleClass().add("field-error");
                bulkMessage.setText(I18n.t("hh.lateEdit.notSaved"));
                return;
            }
            int n = written.get();
            bulkMessage.getStyleClass().remove("field-error");
            bulkMessage.setText(I18n.t("points.bulk.done", n, item.name()));
            reloadHouseholds();
        } catch (UserFacingException e) {
            bulkMessage.getStyleClass().add("field-error");
            bulkMessage.setText(e.getMessage());
        }
    }
}
