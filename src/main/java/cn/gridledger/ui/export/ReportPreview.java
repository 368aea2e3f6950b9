package cn.gridledger.ui.export;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.report.CellKind;
import cn.gridledger.logic.report.Column;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.ui.I18n;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A report drawn as it will print: title and info row, the merged header, the first rows, 合计,
 * notes and footer — from the same table model the workbook is written from.
 */
public final class ReportPreview {

    /** Data rows shown; a roster of 180,000 members is previewed by its beginning. */
    public static final int ROWS = 60;

    private ReportPreview() {
    }

    /** The rows to show: the first {@link #ROWS} records and every closing row; read off the FX thread. */
    public static List<ReportRow> rowsOf(ReportTable t) {
        List<ReportRow> rows = new ArrayList<>();
        t.rows().forEach(ROWS, rows::add);
        return rows;
    }

    public static GridPane build(ReportTable t, List<ReportRow> rows, boolean more) {
        GridPane g = new GridPane();
        g.getStyleClass().add("report-preview");
        List<Column> leaves = t.leaves();
        int n = leaves.size();
        for (Column c : leaves) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(Math.max(36, c.width() * 7.5));
            cc.setHgrow(Priority.NEVER);
            g.getColumnConstraints().add(cc);
        }
        int row = 0;
        Label title = cell(t.title(), "preview-title");
        title.setMaxWidth(Double.MAX_VALUE);
        // at the left, where the preview opens: centred over a wide sheet it sat off to the right
        title.setAlignment(Pos.CENTER_LEFT);
        g.add(title, 0, row++, n, 1);
        GridPane.setHalignment(title, HPos.LEFT);
        String[] info = t.infoParts();
        int third = Math.max(1, n / 3);
        g.add(cell(info[0], "preview-info"), 0, row, third, 1);
        Label middle = cell(info[1], "preview-info");
        g.add(middle, third, row, Math.max(1, n - 2 * third), 1);
        GridPane.setHalignment(middle, HPos.CENTER);
        Label right = cell(info[2], "preview-info");
        g.add(right, n - third, row++, third, 1);
        GridPane.setHalignment(right, HPos.RIGHT);
        row = header(g, t.header(), t.headerDepth(), row);
        for (ReportRow r : rows) {
            if (r.kind() == ReportRow.Kind.SPAN) {
                g.add(fill(cell((String) r.cells().get(0), "preview-span")), 0, row++, n, 1);
                continue;
            }
            String style = r.kind() == ReportRow.Kind.TOTAL ? "preview-total"
                    : r.kind() == ReportRow.Kind.HIGHLIGHT ? "preview-highlight" : "preview-cell";
            for (int i = 0; i < n; i++) {
                Object v = i < r.cells().size() ? r.cells().get(i) : null;
                Label l = fill(cell(format(v, leaves.get(i).kind()), style));
                l.setAlignment(Pos.CENTER);
                g.add(l, i, row);
            }
            row++;
        }
        if (more) {
            g.add(cell(I18n.t("export.preview.more", ROWS), "preview-note"), 0, row++, n, 1);
        }
        for (String note : t.notes()) {
            Label l = cell(note, "preview-note");
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            g.add(l, 0, row++, n, 1);
        }
        String[] footer = t.footer().parts();
        for (int i = 0; i < footer.length; i++) {
            int from = n * i / footer.length;
            int to = n * (i + 1) / footer.length;
            g.add(cell(footer[i], "preview-footer"), from, row, Math.max(1, to - from), 1);
        }
        return g;
    }

    private static int header(GridPane g, List<Column> header, int depth, int row) {
        int col = 0;
        for (Column c : header) {
            Label top = fill(cell(c.label(), "preview-header"));
            top.setWrapText(true);
            top.setAlignment(Pos.CENTER);
            if (c.isGroup()) {
                g.add(top, col, row, c.span(), 1);
                int k = col;
                for (Column child : c.children()) {
                    Label l = fill(cell(child.label(), "preview-header"));
                    l.setWrapText(true);
                    l.setAlignment(Pos.CENTER);
                    g.add(l, k++, row + 1);
                }
            } else {
                g.add(top, col, row, 1, depth);
            }
            col += c.span();
        }
        return row + depth;
    }

    private static String format(Object v, CellKind kind) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format("%.1f", d);
        }
        return v.toString();
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label fill(Label l) {
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }
}
