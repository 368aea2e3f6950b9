package cn.gridledger.logic.report;

import java.util.List;

/**
 * A report as it will print, independent of Excel: title, info row, header tree, rows (streamed),
 * notes and footer. The same model feeds the in-app preview and the workbook writer.
 */
public record ReportTable(
        ReportKind kind,
        String title,
        String issuer,
        String asOf,
        String unit,
        List<Column> header,
        RowSource rows,
        List<String> notes,
        Footer footer) {

    public List<Column> leaves() {
        return Column.leaves(header);
    }

    public int headerDepth() {
        return Column.depth(header);
    }

    /** The same report with its rows read from {@code other}. */
    public ReportTable withRows(RowSource other) {
        return new ReportTable(kind, title, issuer, asOf, unit, header, other, notes, footer);
    }

    /** The same report with {@code more} lines after its notes. */
    public ReportTable withMoreNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new ReportTable(kind, title, issuer, asOf, unit, header, rows, List.copyOf(all), footer);
    }

    /** The three parts of the info row: 填报单位, 统计截止日期, 单位. */
    public String[] infoParts() {
        return new String[] {"填报单位：" + issuer, "统计截止日期：" + asOf, "单位：" + unit};
    }
}
