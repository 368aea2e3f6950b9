package cn.gridledger.logic.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A header cell: a leaf column (with its cell kind and print width in characters) or a group header
 * spanning its children, e.g. 年龄结构 over 35岁及以下 | 36-45岁 ….
 */
public record Column(String label, CellKind kind, int width, List<Column> children) {

    public Column {
        children = List.copyOf(children);
    }

    public static Column text(String label, int width) {
        return new Column(label, CellKind.TEXT, width, List.of());
    }

    public static Column count(String label) {
        return new Column(label, CellKind.INTEGER, Math.max(6, label.length() * 2 + 1), List.of());
    }

    public static Column count(String label, int width) {
        return new Column(label, CellKind.INTEGER, width, List.of());
    }

    /** A percentage with two decimals (the cells hold BigDecimal, exact). */
    public static Column rate(String label, int width) {
        return new Column(label, CellKind.RATE, width, List.of());
    }

    public static Column decimal(String label, int width) {
        return new Column(label, CellKind.DECIMAL, width, List.of());
    }

    public static Column group(String label, Column... children) {
        return new Column(label, CellKind.TEXT, 0, List.of(children));
    }

    public static Column group(String label, List<Column> children) {
        return new Column(label, CellKind.TEXT, 0, children);
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** Number of leaf columns under this header (1 for a leaf). */
    public int span() {
        return isGroup() ? children.stream().mapToInt(Column::span).sum() : 1;
    }

    /** The leaf columns of a header, left to right. */
    public static List<Column> leaves(List<Column> header) {
        List<Column> out = new ArrayList<>();
        for (Column c : header) {
            if (c.isGroup()) {
                out.addAll(leaves(c.children()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** 1 for a one-level header, 2 when some column has children. */
    public static int depth(List<Column> header) {
        return header.stream().anyMatch(Column::isGroup) ? 2 : 1;
    }
}
