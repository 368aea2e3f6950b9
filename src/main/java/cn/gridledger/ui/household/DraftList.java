package cn.gridledger.ui.household;

import java.util.List;
import java.util.function.Supplier;

import cn.gridledger.model.code.YesNo;
import cn.gridledger.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of drafts as a table above the form of the selected one, with add / remove / move buttons.
 * Used for members, monitoring episodes and awards: typing happens in the form, the table shows the rows.
 */
final class DraftList<D extends Draft> {

    private final ObservableList<D> items = FXCollections.observableArrayList();
    private final TableView<D> table = new TableView<>(items);
    private final DraftForm form;
    private final Supplier<D> factory;
    private final VBox box;
    private final Runnable onChange;
    private java.util.function.Predicate<D> beforeRemove = d -> true;

    DraftList(String idPrefix, List<FieldSpec> fields, List<String> columnKeys, int pairsPerRow, Supplier<D> factory,
            Runnable onChange, boolean reorderable) {
        this.factory = factory;
        this.onChange = onChange;
        this.form = new DraftForm(idPrefix, fields, pairsPerRow);
        table.setId(idPrefix + "-table");
        cn.gridledger.ui.common.TableCopy.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("hh.list.empty")));
        TableColumn<D, String> mark = new TableColumn<>("");
        mark.setCellValueFactory(c -> Bindings.when(c.getValue().errorCountProperty().greaterThan(0))
                .then(I18n.t("ui.mark.problem")).otherwise(""));
        // one mark wide at the chosen text size (ColumnWidths leaves a column that cannot be resized alone)
        double em = cn.gridledger.ui.common.UiLook.size().pixels();
        mark.setResizable(false);
        mark.setMinWidth(2 * em);
        mark.setPrefWidth(2 * em);
        mark.setMaxWidth(2 * em);
        mark.setStyle("-fx-text-fill: -color-danger-fg; -fx-alignment: center;");
        table.getColumns().add(mark);
        for (String key : columnKeys) {
            FieldSpec spec = fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
            TableColumn<D, String> col = new TableColumn<>(spec.label());
            col.setCellValueFactory(c -> spec.kind() == FieldSpec.Kind.FLAG
                    ? Bindings.when(c.getValue().flag(key)).then(YesNo.是.label()).otherwise("")
                    : c.getValue().p(key));
            col.setSortable(false);
            if (spec.kind() == FieldSpec.Kind.MONO) {
                // ID numbers line up in the monospaced font; ColumnWidths makes the column as wide as they are
                MonoColumn.apply(col);
            }
            table.getColumns().add(col);
        }
        // columns as wide as their heading and values at the chosen text size, the whole value on hover
        cn.gridledger.ui.common.ColumnWidths.fitAll(table);
        cn.gridledger.ui.common.CellTips.install(table);
        // and again when a value was typed in the form (the table only sees its rows added or removed)
        for (String key : columnKeys) {
            form.control(key).focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    javafx.application.Platform.runLater(() -> cn.gridledger.ui.common.ColumnWidths.fit(table));
                }
            });
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> form.bind(now));
        Button add = new Button(I18n.t("hh.list.add"));
        add.setId(idPrefix + "-add");
        add.setOnAction(e -> add());
        Button remove = new Button(I18n.t("hh.list.remove"));
        remove.setId(idPrefix + "-remove");
        remove.setOnAction(e -> removeSelected());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(8, add, remove);
        if (reorderable) {
            Button up = new Button(I18n.t("hh.list.up"));
            up.setOnAction(e -> move(-1));
            Button down = new Button(I18n.t("hh.list.down"));
            down.setOnAction(e -> move(1));
            up.disableProperty().bind(remove.disableProperty());
            down.disableProperty().bind(remove.disableProperty());
            buttons.getChildren().addAll(up, down);
        }
        table.setPrefHeight(150);
        table.setMinHeight(120);
        box = new VBox(8, table, buttons, form.view());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /**
     * Adds an empty draft, selects it and puts the cursor in its first field. An added row nobody has
     * typed in yet is reused, so a held-down Ctrl+M does not pile up empty members.
     */
    D add() {
        if (!items.isEmpty() && items.get(items.size() - 1).pristine) {
            D last = items.get(items.size() - 1);
            table.getSelectionModel().select(last);
            focusFirstField();
            return last;
        }
        D d = factory.get();
        d.pristine = true;
        items.add(d);
        table.getSelectionModel().select(d);
        table.scrollTo(d);
        onChange.run();
        form.view().requestFocus();
        focusFirstField();
        return d;
    }

    void focusFirstField() {
        javafx.application.Platform.runLater(form::focusFirst);
    }

    /** Asked before a row goes (e.g. why a member leaves); false keeps it. */
    void setBeforeRemove(java.util.function.Predicate<D> ask) {
        this.beforeRemove = ask;
    }

    void removeSelected() {
        D d = table.getSelectionModel().getSelectedItem();
        if (d != null && beforeRemove.test(d)) {
            int i = items.indexOf(d);
            items.remove(d);
            onChange.run();
            if (!items.isEmpty()) {
                table.getSelectionModel().select(Math.min(i, items.size() - 1));
            }
        }
    }

    /** Moves the selected row up (-1) or down (+1): the order is the order of the household register. */
    void move(int step) {
        int i = table.getSelectionModel().getSelectedIndex();
        int j = i + step;
        if (i < 0 || j < 0 || j >= items.size()) {
            return;
        }
        D d = items.remove(i);
        items.add(j, d);
        table.getSelectionModel().select(j);
        onChange.run();
    }

    void setAll(List<D> drafts) {
        items.setAll(drafts);
        if (!items.isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    ObservableList<D> items() {
        return items;
    }

    /** Selects a row and focuses one of its fields (after a refused save). */
    void show(int index, String key) {
        if (index >= 0 && index < items.size()) {
            table.getSelectionModel().select(index);
            form.focus(key);
        }
    }

    DraftForm form() {
        return form;
    }

    Node view() {
        return box;
    }

    TableView<D> table() {
        return table;
    }
}
