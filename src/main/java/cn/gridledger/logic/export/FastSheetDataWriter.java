package cn.gridledger.logic.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's SXSSF sheet writer with a cheaper path for the cells our reports write (text, numbers,
 * blanks): the XML is byte for byte what POI writes, but without a {@code CellReference} object and a
 * synchronized {@code BufferedWriter} call per attribute, and with UTF-8 encoded by hand. On the
 * 180,000-row household ledger this was the largest part of the export time (profiled with JFR).
 * Anything else (formulas, booleans, errors, rich text) still goes through POI. Report data rows skip
 * POI's row objects altogether ({@link #writeValues}).
 */
final class FastSheetDataWriter extends SheetDataWriter {

    private static final String[] CELL_OPENINGS = new String[256];

    static {
        for (int i = 0; i < CELL_OPENINGS.length; i++) {
            CELL_OPENINGS[i] = "<c r=\"" + CellReference.convertNumToColString(i);
        }
    }

    private int rowNumber;
    /** {@code "} closing the r attribute, then the s attribute when the style is not 0, by style index. */
    private final String[] styleAttributes = new String[64];

    FastSheetDataWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new FileOutputStream(fd));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = rownum + 1;
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        openCell(columnIndex, cell.getCellStyle().getIndex() & 0xffff);
        Utf8Writer out = (Utf8Writer) _out;
        switch (type) {
            case BLANK -> out.ascii("></c>");
            case NUMERIC -> number(cell.getNumericCellValue());
            default -> text(cell.getStringCellValue());
        }
    }

    /**
     * Writes a whole row of values without POI's row and cell objects: the same XML as a row whose
     * cells hold these values (Number as a number, other non-empty values as text, null or "" as a
     * styled blank), cell {@code i} styled {@code numberStyles[i]} when it holds a number and
     * {@code textStyles[i]} otherwise. The caller keeps row numbers rising and flushes the sheet's
     * POI rows before the first such row, so rows stay in order in the file.
     *
     * <p>Markup goes to the writer as ASCII and numbers as digits, through a few small methods: a first
     * export in a fresh program spends more processor time compiling the row path than running it, and
     * big inlined string building made that compile several times longer.
     */
    void writeValues(int rownum, Object[] values, int[] textStyles, int[] numberStyles) throws IOException {
        rowNumber = rownum + 1;
        Utf8Writer out = (Utf8Writer) _out;
        out.ascii("<row r=\"");
        out.decimal(rowNumber);
        out.ascii("\">\n");
        int n = textStyles.length;
        for (int i = 0; i < n; i++) {
            Object v = i < values.length ? values[i] : null;
            // exact-class tests first: the JIT needs no type profile for them (rows of several reports
            // are written at once, and a mixed profile made it recompile this method again and again)
            if (v instanceof Long count && Math.abs(count) < 10_000_000L) {
                openCell(i, numberStyles[i]);
                // what POI writes for the double: below ten million Double.toString prints "42.0"
                out.ascii(" t=\"n\"><v>");
                out.decimal(count);
                out.ascii(".0</v></c>");
            } else if (v instanceof String text && !text.isEmpty()) {
                openCell(i, textStyles[i]);
                text(text);
            } else if (v instanceof Number num) {
                openCell(i, numberStyles[i]);
                number(num.doubleValue());
            } else {
                String other = v == null ? "" : v.toString();
                openCell(i, textStyles[i]);
                if (other.isEmpty()) {
                    out.ascii("></c>");
                } else {
                    text(other);
                }
            }
        }
        out.ascii("</row>\n");
    }

    /** {@code <c r="B42"} and the style attribute. */
    private void openCell(int columnIndex, int style) throws IOException {
        Utf8Writer out = (Utf8Writer) _out;
        out.ascii(columnIndex < CELL_OPENINGS.length ? CELL_OPENINGS[columnIndex]
                : "<c r=\"" + CellReference.convertNumToColString(columnIndex));
        out.decimal(rowNumber);
        out.ascii(styleAttribute(style));
    }

    private String styleAttribute(int style) {
        boolean kept = style < styleAttributes.length;
        String a = kept ? styleAttributes[style] : null;
        if (a == null) {
            a = style == 0 ? "\"" : "\" s=\"" + style + "\"";
            if (kept) {
                styleAttributes[style] = a;
            }
        }
        return a;
    }

    private void number(double value) throws IOException {
        Utf8Writer out = (Utf8Writer) _out;
        out.ascii(" t=\"n\"><v>");
        out.ascii(Double.toString(value));
        out.ascii("</v></c>");
    }

    private void text(String value) throws IOException {
        Utf8Writer out = (Utf8Writer) _out;
        out.ascii(hasSpaceAtEnds(value) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        if (isPlain(value)) {
            out.write(value);
        } else {
            outputEscapedString(value);
        }
        out.ascii("</t></is></c>");
    }

    private static boolean hasSpaceAtEnds(String s) {
        return s != null && !s.isEmpty() && (isSpace(s.charAt(0)) || isSpace(s.charAt(s.length() - 1)));
    }

    /** {@link Character#isWhitespace}, asked only of characters that can be whitespace. */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }

    /** True when POI's escaping would leave the text unchanged. */
    private static boolean isPlain(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uD800') {
                return false;
            }
        }
        return true;
    }
}
