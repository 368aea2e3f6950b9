package cn.gridledger.ui.cadre;

import java.util.function.Function;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.code.YesNo;
import cn.gridledger.ui.common.Fonts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Table columns as ui.md wants them: text left, numbers right-aligned, IDs monospaced, months as 2021.03.
 * Shared by the 干部 and 防返贫监测 pages.
 */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(d.getValue()))));
        c.setPrefWidth(width);
        // long texts (职务, 帮扶措施) cut by the column show whole on hover: CellTips on the table
        return c;
    }

    public static <T> TableColumn<T, String> number(String title, Function<T, Integer> value, double width) {
        TableColumn<T, String> c = text(title, t -> {
            Integer n = value.apply(t);
            return n == null ? "" : String.valueOf(n);
        }, width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setMinWidth(width);
        c.setComparator(Columns::compareNumbers);
        return c;
    }

    /** ID numbers, 户编号, phones: monospaced so that digits line up and are easy to compare. */
    public static <T> TableColumn<T, String> code(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = text(title, value, width);
        c.setMinWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle("-fx-font-family: \"" + Fonts.monoFamily() + "\";");
            }
        });
        return c;
    }

    public static <T> TableColumn<T, String> month(String title, Function<T, FuzzyDate> value, double width) {
        TableColumn<T, String> c = text(title, t -> {
            FuzzyDate d = value.apply(t);
            return d == null ? "" : d.toDisplay();
        }, width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setMinWidth(width);
        return c;
    }

    public static <T> TableColumn<T, String> yesNo(String title, Function<T, Boolean> value, double width) {
        TableColumn<T, String> c = text(title, t -> YesNo.of(Boolean.TRUE.equals(value.apply(t))).label(), width);
        c.setStyle("-fx-alignment: CENTER;");
        c.setMinWidth(width);
        return c;
    }

    private static int compareNumbers(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
