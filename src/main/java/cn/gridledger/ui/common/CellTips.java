package cn.gridledger.ui.common;


import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;
import javafx.util.Duration;

/**
 * The whole text of a table cell on hover, for the tables whose values are long (干部职务, 帮扶措施,
 * 操作日志, 住址, 导入结果): a cell whose text does not fit its column (shown with “…”), or whose text
 * is long anyway, gets a tooltip with the full text, wrapped at a readable width. Works with any
 * column's own cell factory (alignment, monospaced digits), which it wraps.
 */
public final class CellTips {

    /** Text at least this long gets a tooltip even when it fits: it is tiring to read in a table row. */
    static final int LONG = 20;
    /** A tooltip wraps at about this many characters. */
    private static final double WRAP_EM = 36;
    private static final Object INSTALLED = new Object();
    private static final Object OURS = new Object();

    private CellTips() {
    }

    /** Gives every column of {@code table}, also columns added later, the tooltips. */
    public static void install(TableView<?> table) {
        if (table.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        follow(table);
    }

    private static <S> void follow(TableView<S> table) {
        ColumnWidths.leaves(table.getColumns()).forEach(CellTips::tip);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
            while (c.next()) {
                ColumnWidths.leaves(c.getAddedSubList()).forEach(CellTips::tip);
            }
        });
    }

    /** True when {@link #install} was called for {@code table}. */
    public static boolean installed(TableView<?> table) {
        return table.getProperties().containsKey(INSTALLED);
    }

    private static <S, T> void tip(TableColumn<S, T> column) {
        wrap(column, column.getCellFactory());
        // a cell factory set later (after install) is wrapped too
        column.cellFactoryProperty().addListener((o, was, now) -> {
            if (!(now instanceof Tipping)) {
                wrap(column, now);
            }
        });
    }

    private static <S, T> void wrap(TableColumn<S, T> column, Callback<TableColumn<S, T>, TableCell<S, T>> factory) {
        if (factory instanceof Tipping || factory == null) {
            return;
        }
        column.setCellFactory(new Tipping<>(factory));
    }

    /** A cell factory that makes its cells follow their text. */
    private record Tipping<S, T>(Callback<TableColumn<S, T>, TableCell<S, T>> original)
            implements Callback<TableColumn<S, T>, TableCell<S, T>> {
        @Override
        public TableCell<S, T> call(TableColumn<S, T> column) {
            TableCell<S, T> cell = original.call(column);
            follow(cell);
            return cell;
        }
    }

    /** Keeps {@code cell}'s tooltip in step with its text, width and font. */
    public static void follow(Labeled cell) {
        InvalidationListener update = o -> update(cell);
        cell.textProperty().addListener(update);
        cell.widthProperty().addListener(update);
        cell.fontProperty().addListener(update);
        cell.tooltipProperty().addListener(update);
        update(cell);
    }

    private static void update(Labeled cell) {
        Tooltip current = cell.getTooltip();
        if (current != null && !current.getProperties().containsKey(OURS)) {
            return; // the cell shows a tooltip of its own
        }
        String text = cell.getText();
        if (text == null || text.isBlank() || !(longText(text) || cut(cell, text))) {
            if (current != null) {
                cell.setTooltip(null);
            }
            return;
        }
        Tooltip tip = current != null ? current : tooltip();
        if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
        tip.setMaxWidth(WRAP_EM * UiLook.size().pixels());
        if (current == null) {
            cell.setTooltip(tip);
        }
    }

    private static Tooltip tooltip() {
        Tooltip tip = new Tooltip();
        tip.getProperties().put(OURS, Boolean.TRUE);
        tip.setWrapText(true);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        tip.getStyleClass().add("cell-tip");
        return tip;
    }

    /** True for text that gets a tooltip even when it fits. */
    public static boolean longText(String text) {
        return text.codePointCount(0, text.length()) >= LONG || text.contains("\n");
    }

    /** The text is wider than the room the cell has for it (it is then shown ending in “…”). */
    public static boolean cut(Labeled cell, String text) {
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        if (cell.getWidth() <= 0) {
            return false; // not laid out yet: the width listener comes back
        }
        Text t = new Text(text);
        t.setFont(cell.getFont());
        return t.getLayoutBounds().getWidth() > room + 0.5;
    }

}
