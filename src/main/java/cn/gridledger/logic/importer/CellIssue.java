package cn.gridledger.logic.importer;

import cn.gridledger.logic.validate.Issue;
import org.apache.poi.ss.util.CellReference;

/**
 * One problem found in the user's workbook, with the cell it belongs to as Excel shows it.
 *
 * @param sheet     sheet name
 * @param excelRow  1-based row number
 * @param column    0-based column, or -1 when the problem concerns the whole row
 * @param field     Chinese name of the field (the C1/C2 column), "" for the whole row
 * @param raw       the value as the cell shows it
 */
public record CellIssue(String sheet, int excelRow, int column, String field, String raw, Issue issue) {

    public CellIssue {
        field = field == null ? "" : field;
        raw = raw == null ? "" : raw;
    }

    public boolean isError() {
        return issue.isError();
    }

    public String message() {
        return issue.message();
    }

    /** {@code G}; empty for a whole-row problem. */
    public String columnLetter() {
        return column < 0 ? "" : CellReference.convertNumToColString(column);
    }

    /** {@code 第13行 G列} (or {@code 第13行} for the whole row), as ui.md shows it. */
    public String where() {
        return "第" + excelRow + "行" + (column < 0 ? "" : " " + columnLetter() + "列");
    }

    /** {@code 第13行 G列（身份证号）：身份证号校验位错误，应为 X} for the command line and the log. */
    public String describe() {
        return where() + (field.isEmpty() ? "" : "（" + field + "）") + "：" + issue.message();
    }
}
