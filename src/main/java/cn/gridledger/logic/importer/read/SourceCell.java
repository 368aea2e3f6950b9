package cn.gridledger.logic.importer.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell as the workbook stores it.
 *
 * @param column       0-based column index
 * @param kind         kind of the value (of the cached result for formulas)
 * @param text         the text Excel shows (formatted with the cell's number format); never null
 * @param number       the stored number for NUMBER and DATE cells, else null — keep using this, not
 *                     {@code text}, when digits matter (an ID typed as a number shows as 4.30122E+17)
 * @param formula      true when the value is the cached result of a formula
 * @param numFmtId     the style's number format id (0 = General); CJK date ids 27–36 and 50–58 kept as is
 * @param formatString the number format; for CJK built-in ids the zh-CN format, never null
 */
public record SourceCell(int column, CellKind kind, String text, Double number, boolean formula,
                         int numFmtId, String formatString) {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    public SourceCell {
        text = text == null ? "" : text;
        formatString = formatString == null ? "General" : formatString;
    }

    public static SourceCell blank(int column) {
        return new SourceCell(column, CellKind.BLANK, "", null, false, 0, "General");
    }

    public static SourceCell text(int column, String text) {
        return text == null || text.isEmpty() ? blank(column)
                : new SourceCell(column, CellKind.TEXT, text, null, false, 0, "General");
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }

    public boolean isNumeric() {
        return kind == CellKind.NUMBER || kind == CellKind.DATE;
    }

    /**
     * The stored number without exponent or grouping, at Excel's 15 significant digits, e.g.
     * "430122195601101000" for an ID typed as a number; null if not numeric.
     */
    public String plainNumber() {
        if (number == null) {
            return null;
        }
        if (number.isNaN() || number.isInfinite()) {
            return number.toString();
        }
        BigDecimal d = new BigDecimal(number).round(EXCEL_PRECISION).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The date/time Excel shows for a DATE or NUMBER cell, honouring the workbook's 1904 flag. */
    public LocalDateTime dateTime(boolean date1904) {
        if (number == null || !DateUtil.isValidExcelDate(number)) {
            return null;
        }
        return DateUtil.getLocalDateTime(number, date1904);
    }

    public SourceCell withColumn(int newColumn) {
        return new SourceCell(newColumn, kind, text, number, formula, numFmtId, formatString);
    }
}
