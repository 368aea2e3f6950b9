package cn.gridledger.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.model.code.YesNo;
import cn.gridledger.ui.I18n;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+C and a right-click 复制选中行 / 复制整个表格 for any table: the header and the rows as shown (the
 * cells' own text, so masked ID numbers stay masked), tab-separated for WeChat and text editors, plus an
 * HTML table whose cells are marked as text, so that Excel and WPS keep 18-digit ID numbers and leading
 * zeros instead of turning them into numbers. Each page installs it with one line.
 */
public final class TableCopy {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private TableCopy() {
    }

    /** Lets several rows be selected (Shift/Ctrl+click, Ctrl+A) and copied. */
    public static <S> void install(TableView<S> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && !(e.getTarget() instanceof TextInputControl)) {
                copySelected(table);
                e.consume();
            }
        });
        MenuItem selected = new MenuItem(I18n.t("table.copySelected"));
        selected.setId("copySelectedRows");
        selected.setAccelerator(COPY);
        selected.setOnAction(e -> copySelected(table));
        MenuItem all = new MenuItem(I18n.t("table.copyAll"));
        all.setId("copyAllRows");
        all.setOnAction(e -> copy(table, allIndices(table)));
        ContextMenu menu = table.getContextMenu();
        if (menu == null) {
            table.setContextMenu(new ContextMenu(selected, all));
        } else {
            menu.getItems().addAll(new SeparatorMenuItem(), selected, all);
        }
        menu = table.getContextMenu();
        menu.setOnShowing(e -> {
            selected.setDisable(table.getSelectionModel().getSelectedItems().isEmpty());
            all.setDisable(table.getItems().isEmpty());
        });
    }

    /** Copies the selected rows (in table order); nothing selected copies nothing. */
    public static <S> void copySelected(TableView<S> table) {
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        if (indices.isEmpty()) {
            return;
        }
        indices.sort(null);
        copy(table, indices);
    }

    private static List<Integer> allIndices(TableView<?> table) {
        List<Integer> all = new ArrayList<>(table.getItems().size());
        for (int i = 0; i < table.getItems().size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static <S> void copy(TableView<S> table, List<Integer> rows) {
        String[][] cells = cells(table, rows);
        ClipboardContent content = new ClipboardContent();
        content.putString(tabSeparated(cells));
        content.putHtml(html(cells));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The header row, then one row per index of the table's items: what each visible column shows. */
    static <S> String[][] cells(TableView<S> table, List<Integer> rows) {
        ObservableList<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        String[][] out = new String[rows.size() + 1][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            TableColumn<S, ?> column = columns.get(c);
            out[0][c] = header(column);
            TableCell<S, ?> cell = renderer(table, column);
            for (int r = 0; r < rows.size(); r++) {
                out[r + 1][c] = shown(table, column, cell, rows.get(r));
            }
        }
        return out;
    }

    private static String header(TableColumn<?, ?> column) {
        String text = column.getText() == null ? "" : column.getText();
        javafx.scene.control.TableColumnBase<?, ?> parent = column.getParentColumn();
        return parent != null && parent.getText() != null && !parent.getText().isEmpty()
                ? parent.getText() + (text.isEmpty() ? "" : "-" + text) : text;
    }

    /** A cell of the column's own factory, detached from the screen, used to learn each row's text. */
    private static <S, T> TableCell<S, T> renderer(TableView<S> table, TableColumn<S, T> column) {
        if (column.getCellFactory() == null) {
            return null;
        }
        try {
            TableCell<S, T> cell = column.getCellFactory().call(column);
            cell.updateTableView(table);
            cell.updateTableColumn(column);
            return cell;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <S, T> String shown(TableView<S> table, TableColumn<S, T> column, TableCell<S, ?> cell, int index) {
        if (cell != null) {
            try {
                cell.updateIndex(index);
                String text = cell.getText();
                if (text != null && (!text.isEmpty() || cell.getGraphic() == null)) {
                    return text;
                }
            } catch (RuntimeException e) {
                // a cell that needs to be on screen: fall back to the value
            }
        }
        return plain(column.getCellData(index));
    }

    static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return YesNo.of(b).label();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }

    static String tabSeparated(String[][] cells) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    sb.append('\t');
                }
                sb.append(row[c].replaceAll("[\\t\\r\\n]+", " "));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    static String html(String[][] cells) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
        for (int r = 0; r < cells.length; r++) {
            sb.append("<tr>");
            for (String cell : cells[r]) {
                String tag = r == 0 ? "th" : "td";
                sb.append('<').append(tag).append(" style=\"mso-number-format:'\\@'\">").append(escape(cell))
                        .append("</").append(tag).append('>');
            }
            sb.append("</tr>");
        }
        return sb.append("</table></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
