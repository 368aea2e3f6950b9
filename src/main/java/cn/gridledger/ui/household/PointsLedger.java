package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import cn.gridledger.logic.service.FieldCheck;
import cn.gridledger.logic.service.HouseholdFields;
import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsItem;
import cn.gridledger.model.PointsRedemption;
import cn.gridledger.ui.I18n;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The 积分 section of a household: entries and redemptions in one ledger in date order with the running
 * balance, and two one-line forms to add either.
 */
final class PointsLedger {

    /** One line of the ledger: an entry or a redemption, with the balance after it. */
    record Line(LocalDate date, String kind, String what, int points, long balance, Object source) {
    }

    private final List<PointsEntry> entries = new ArrayList<>();
    private final List<PointsRedemption> redemptions = new ArrayList<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final TableView<Line> table = new TableView<>(lines);
    private final Label totals = new Label();
    private final Label error = new Label();
    private final Runnable onChange;
    private final Supplier<List<PointsItem>> items;
    private final VBox box;

    private final TextField entryDate = new TextField();
    private final ComboBox<String> entryItem = new ComboBox<>();
    private final TextField entryPoints = new TextField();
    private final TextField entryReason = new TextField();
    private final TextField redeemDate = new TextField();
    private final TextField redeemPoints = new TextField();
    private final TextField redeemGoods = new TextField();

    PointsLedger(Runnable onChange, Supplier<List<PointsItem>> items) {
        this.onChange = onChange;
        this.items = items;
        table.setId("points-ledger");
        cn.gridledger.ui.common.TableCopy.install(table);
        table.setPlaceholder(new Label(I18n.t("hh.points.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(I18n.t("hh.points.col.date"), l -> l.date().toString()));
        table.getColumns().add(column(I18n.t("hh.points.col.kind"), Line::kind));
        table.getColumns().add(column(I18n.t("hh.points.col.what"), Line::what));
        TableColumn<Line, Number> pts = new TableColumn<>(I18n.t("hh.points.col.points"));
        pts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().points()));
        pts.setStyle("-fx-alignment: center-right;");
        TableColumn<Line, Number> bal = new TableColumn<>(I18n.t("hh.points.col.balance"));
        bal.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().balance()));
        bal.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(pts);
        table.getColumns().add(bal);

        entryDate.setId("points-entry-date");
        entryItem.setId("points-entry-item");
        entryPoints.setId("points-entry-points");
        entryReason.setId("points-entry-reason");
        redeemDate.setId("points-redeem-date");
        redeemPoints.setId("points-redeem-points");
        redeemGoods.setId("points-redeem-goods");
        entryDate.setText(LocalDate.now().toString());
        redeemDate.setText(LocalDate.now().toString());
        entryDate.setPrefColumnCount(8);
        redeemDate.setPrefColumnCount(8);
        entryPoints.setPrefColumnCount(4);
        redeemPoints.setPrefColumnCount(4);
        entryItem.setEditable(true);
        entryItem.setPrefWidth(180);
        entryItem.setOnShowing(e -> entryItem.getItems().setAll(itemNames()));
        entryItem.valueProperty().addListener((obs, old, now) -> itemByName(now)
                .ifPresent(i -> entryPoints.setText(String.valueOf(i.signedDefault()))));

        Button addEntry = new Button(I18n.t("hh.points.addEntry"));
        addEntry.setId("points-add-entry");
        addEntry.setOnAction(e -> addEntry());
        Button addRedeem = new Button(I18n.t("hh.points.addRedemption"));
        addRedeem.setId("points-add-redemption");
        addRedeem.setOnAction(e -> addRedemption());
        Button remove = new Button(I18n.t("hh.list.remove"));
        remove.setOnAction(e -> removeSelected());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        HBox entryRow = row(new Label(I18n.t("hh.points.entryDate")), entryDate, new Label(I18n.t("hh.points.item")),
                entryItem, new Label(I18n.t("hh.points.points")), entryPoints, new Label(I18n.t("hh.points.reason")),
                entryReason, addEntry);
        HBox.setHgrow(entryReason, Priority.ALWAYS);
        HBox redeemRow = row(new Label(I18n.t("hh.points.redeemDate")), redeemDate, new Label(I18n.t("hh.points.points")),
                redeemPoints, new Label(I18n.t("hh.points.goods")), redeemGoods, addRedeem);
        HBox.setHgrow(redeemGoods, Priority.ALWAYS);
        error.getStyleClass().add("field-error");
        totals.setId("points-totals");
        totals.getStyleClass().add("points-totals");
        box = new VBox(8, totals, table, new HBox(8, remove), entryRow, redeemRow, error);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableColumn<Line, String> column(String title, java.util.function.Function<Line, String> f) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private List<String> itemNames() {
        return items.get().stream().filter(PointsItem::active).map(PointsLedger::shown).toList();
    }

    private java.util.Optional<PointsItem> itemByName(String shown) {
        if (shown == null) {
            return java.util.Optional.empty();
        }
        return items.get().stream().filter(i -> shown.equals(shown(i)) || shown.equals(i.name())).findFirst();
    }

    /** An item as the combo box lists it: name（direction）. */
    private static String shown(PointsItem i) {
        return I18n.t("ui.paren", i.name(), i.direction());
    }

    private void addEntry() {
        FieldCheck<LocalDate> date = HouseholdFields.day(entryDate.getText());
        FieldCheck<Integer> pts = HouseholdFields.points(entryPoints.getText(), true);
        String itemText = entryItem.getEditor().getText();
        var item = itemByName(itemText);
        String reason = entryReason.getText().isBlank() ? item.map(PointsItem::name).orElse(itemText) : entryReason.getText().strip();
        if (showFirst(date.error(), date.value() == null ? I18n.t("hh.points.err.entryDate") : null, pts.error(),
                pts.value() != null && pts.value() == 0 ? I18n.t("hh.points.err.zero") : null,
                reason == null || reason.isBlank() ? I18n.t("hh.points.err.reason") : null)) {
            return;
        }
        entries.add(new PointsEntry(0, null, item.map(PointsItem::id).orElse(null), date.value(), pts.value(), reason,
                null, null));
        entryPoints.clear();
        entryReason.clear();
        entryItem.getEditor().clear();
        changed();
        entryItem.requestFocus();
    }

    private void addRedemption() {
        FieldCheck<LocalDate> date = HouseholdFields.day(redeemDate.getText());
        FieldCheck<Integer> pts = HouseholdFields.points(redeemPoints.getText(), false);
        long balance = balance();
        // numbers passed as text: MessageFormat would group them (1,200)
        if (showFirst(date.error(), date.value() == null ? I18n.t("hh.points.err.redeemDate") : null, pts.error(),
                pts.value() != null && pts.value() > balance
                        ? I18n.t("hh.points.err.balance", String.valueOf(balance), String.valueOf(pts.value())) : null,
                redeemGoods.getText().isBlank() ? I18n.t("hh.points.err.goods") : null)) {
            return;
        }
        redemptions.add(new PointsRedemption(0, null, date.value(), pts.value(), redeemGoods.getText().strip(), null));
        redeemPoints.clear();
        redeemGoods.clear();
        changed();
    }

    /** Shows the first non-null message; true when there was one. */
    private boolean showFirst(String... messages) {
        for (String m : messages) {
            if (m != null) {
                error.setText(m);
                return true;
            }
        }
        error.setText("");
        return false;
    }

    private void removeSelected() {
        Line l = table.getSelectionModel().getSelectedItem();
        if (l != null) {
            entries.remove(l.source());
            redemptions.remove(l.source());
            changed();
        }
    }

    private void changed() {
        rebuild();
        onChange.run();
    }

    private long balance() {
        return entries.stream().mapToLong(PointsEntry::points).sum()
                - redemptions.stream().mapToLong(PointsRedemption::points).sum();
    }

    private void rebuild() {
        List<Line> unsorted = new ArrayList<>();
        entries.forEach(e -> unsorted.add(new Line(e.date(),
                e.points() >= 0 ? I18n.t("hh.points.kind.plus") : I18n.t("hh.points.kind.minus"), e.reason(),
                e.points(), 0, e)));
        redemptions.forEach(r -> unsorted.add(new Line(r.date(), I18n.t("hh.points.kind.redemption"), r.goods(),
                -r.points(), 0, r)));
        unsorted.sort(Comparator.comparing(Line::date));
        List<Line> withBalance = new ArrayList<>();
        long running = 0;
        for (Line l : unsorted) {
            running += l.points();
            withBalance.add(new Line(l.date(), l.kind(), l.what(), l.points(), running, l.source()));
        }
        lines.setAll(withBalance);
        long earned = entries.stream().mapToLong(PointsEntry::points).sum();
        long spent = redemptions.stream().mapToLong(PointsRedemption::points).sum();
        totals.setText(I18n.t("hh.points.totals", earned, spent, earned - spent));
    }

    void setAll(List<PointsEntry> e, List<PointsRedemption> r) {
        entries.clear();
        entries.addAll(e);
        redemptions.clear();
        redemptions.addAll(r);
        rebuild();
    }

    List<PointsEntry> entries() {
        return List.copyOf(entries);
    }

    List<PointsRedemption> redemptions() {
        return List.copyOf(redemptions);
    }

    Node view() {
        return box;
    }
}
