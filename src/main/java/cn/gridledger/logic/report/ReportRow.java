package cn.gridledger.logic.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One printed row. {@code DATA} and {@code HIGHLIGHT} rows have one cell per leaf column (String for
 * text, Long for counts, Double for decimals, null for empty); {@code TOTAL} is the 合计 row;
 * {@code SPAN} is one line of text across all columns (per-village check lines, summary blocks).
 */
public record ReportRow(Kind kind, List<Object> cells) {

    public enum Kind { DATA, HIGHLIGHT, TOTAL, SPAN }

    public static ReportRow data(Object... cells) {
        return new ReportRow(Kind.DATA, Collections.unmodifiableList(Arrays.asList(cells)));
    }

    public static ReportRow of(Kind kind, Object[] cells) {
        return new ReportRow(kind, Collections.unmodifiableList(Arrays.asList(cells)));
    }

    public static ReportRow span(String text) {
        return new ReportRow(Kind.SPAN, List.of(text));
    }

    /** A data or highlighted row (counted in the file's row total). */
    public boolean isRecord() {
        return kind == Kind.DATA || kind == Kind.HIGHLIGHT;
    }
}
