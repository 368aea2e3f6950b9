package cn.gridledger.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns as wide as their heading and their widest value (of the first rows, up to a limit),
 * at the chosen text size: a fixed width in pixels cut headings off at a larger size and left long
 * names cut off at the standard one. Tables then scroll sideways instead of squeezing.
 */
public final class ColumnWidths {

    /** How many rows are measured: enough for a page of a list, cheap for 10 000 households. */
    private static final int ROWS = 300;
    /** No column is made wider than this many characters of text. */
    private static final double MAX_EM = 28;
    private static final Object FITTED = new Object();
    private static final Object POLICY = new Object();
    private static final Object SIZE_LISTENER = new Object();

    private ColumnWidths() {
    }

    /** Fits every table under {@code root}, now and whenever its rows or the text size change. */
    public static void fitAll(Node root) {
        for (Node n : root.lookupAll(".table-view")) {
            if (n instanceof TableView<?> t) {
                follow(t);
            }
        }
        for (Node n : root.lookupAll(".tree-table-view")) {
            if (n instanceof TreeTableView<?> t) {
                fit(t);
            }
        }
    }

    private static void follow(TableView<?> table) {
        fit(table);
        if (table.getProperties().putIfAbsent(FITTED, Boolean.TRUE) == null) {
            table.itemsProperty().addListener((o, was, now) -> later(table));
            table.getItems().addListener((ListChangeListener<Object>) c -> later(table));
            // weakly: the static text size must not keep every table ever shown (and its window) alive
            ChangeListener<FontSize> refit = (o, was, now) -> later(table);
            table.getProperties().put(SIZE_LISTENER, refit);
            UiLook.sizeProperty().addListener(new WeakChangeListener<>(refit));
            table.widthProperty().addListener((o, was, now) -> later(table));
        }
    }

    private static void later(TableView<?> table) {
        Platform.runLater(() -> fit(table));
    }

    /** Sets each leaf column's width to its heading's and its widest measured value's. */
    public static void fit(TableView<?> table) {
        double px = UiLook.size().pixels();
        Font body = Font.font(Fonts.bodyFamily(), px);
        Font heading = Font.font(Fonts.bodyFamily(), FontWeight.BOLD, px);
        // ID numbers and phones are drawn in the monospaced font, which is wider for digits
        Font mono = Font.font(Fonts.monoFamily(), px);
        int rows = Math.min(ROWS, table.getItems().size());
        double total = 0;
        for (TableColumn<?, ?> column : leaves(table.getColumns())) {
            double headingWidth = width(column.getText(), heading) + 2.2 * px;
            double widest = headingWidth;
            for (int i = 0; i < rows; i++) {
                Object value = column.getCellData(i);
                if (value != null && !(value instanceof Boolean)) {
                    String text = value.toString();
                    widest = Math.max(widest, Math.max(width(text, body), width(text, mono)) + 1.6 * px);
                }
            }
            double w = Math.min(widest, MAX_EM * px);
            apply(column, headingWidth, w);
            total += column.isVisible() ? w : 0;
        }
        // squeezing columns to the table's width would cut their text off again: scroll sideways instead
        Object policy = table.getColumnResizePolicy();
        if (policy instanceof ConstrainedColumnResizeBase) {
            table.getProperties().put(POLICY, policy);
        }
        Object constrained = table.getProperties().get(POLICY);
        if (constrained != null) {
            // fill the width when everything fits; otherwise keep each column's width and scroll
            table.setColumnResizePolicy(total > table.getWidth() - 20 ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : castPolicy(constrained));
        }
    }

    private static void fit(TreeTableView<?> table) {
        double px = UiLook.size().pixels();
        Font heading = Font.font(Fonts.bodyFamily(), FontWeight.BOLD, px);
        for (TreeTableColumn<?, ?> column : table.getColumns()) {
            double w = width(column.getText(), heading) + 2.2 * px;
            apply(column, w, Math.max(w, column.getPrefWidth()));
        }
    }

    /** The heading always shows whole (the minimum); the values as far as {@link #MAX_EM} allows. */
    private static void apply(TableColumnBase<?, ?> column, double headingWidth, double width) {
        if (!column.isResizable()) {
            return;
        }
        column.setMinWidth(headingWidth);
        column.setPrefWidth(Math.max(width, 3 * UiLook.size().pixels()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static javafx.util.Callback castPolicy(Object policy) {
        return (javafx.util.Callback) policy;
    }

    /** The columns that hold cells (nested headers' own columns, not the headers). */
    static List<TableColumn<?, ?>> leaves(List<? extends TableColumn<?, ?>> columns) {
        List<TableColumn<?, ?>> out = new ArrayList<>();
        for (TableColumn<?, ?> c : columns) {
            if (c.getColumns().isEmpty()) {
                out.add(c);
            } else {
                out.addAll(leaves(c.getColumns()));
            }
        }
        return out;
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
