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
 * Anything else (formulas, booleans, errors, rich text) still goes through POI.
 */
final class FastSheetDataWriter extends SheetDataWriter {

    private static final String[] COLUMN_NAMES = new String[256];

    static {
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            COLUMN_NAMES[i] = CellReference.convertNumToColString(i);
        }
    }

    private int rowNumber;
    private final StringBuilder xml = new StringBuilder(2048);

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
        StringBuilder b = xml;
        b.setLength(0);
        openCell(b, columnIndex, cell.getCellStyle().getIndex() & 0xffff);
        switch (type) {
            case BLANK -> b.append('>');
            case NUMERIC -> number(b, cell.getNumericCellValue());
            default -> text(b, cell.getStringCellValue());
        }
        b.append("</c>");
        drain(b);
    }

    /**
     * Writes a whole row of values without POI's row and cell objects: the same XML as a row whose
     * cells hold these values (Number as a number, other non-empty values as text, null or "" as a
     * styled blank), cell {@code i} styled {@code numberStyles[i]} when it holds a number and
     * {@code textStyles[i]} otherwise. The caller keeps row numbers rising and flushes the sheet's
     * POI rows before the first such row, so rows stay in order in the file.
     *
     * <p>The row is put together in a StringBuilder and handed to the writer once: a handful of small
     * methods that the JIT compiles quickly (a first export in a fresh program spends more time
     * compiling the row path than running it).
     */
    void writeValues(int rownum, Object[] values, int[] textStyles, int[] numberStyles) throws IOException {
        rowNumber = rownum + 1;
        StringBuilder b = xml;
        b.setLength(0);
        b.append("<row r=\"").append(rowNumber).append("\">\n");
        int n = textStyles.length;
        for (int i = 0; i < n; i++) {
            Object v = i < values.length ? values[i] : null;
            // exact-class tests first: the JIT needs no type profile for them (rows of several reports
            // are written at once, and a mixed profile made it recompile this method again and again)
            if (v instanceof Long count && Math.abs(count) < 10_000_000L) {
                openCell(b, i, numberStyles[i]);
                // what POI writes for the double: below ten million Double.toString prints "42.0"
                b.append(" t=\"n\"><v>").append(count.longValue()).append(".0</v>");
            } else if (v instanceof String text && !text.isEmpty()) {
                openCell(b, i, textStyles[i]);
                text(b, text);
            } else if (v instanceof Number num) {
                openCell(b, i, numberStyles[i]);
                number(b, num.doubleValue());
            } else {
                openCell(b, i, textStyles[i]);
                String other = v == null ? "" : v.toString();
                if (other.isEmpty()) {
                    b.append('>');
                } else {
                    text(b, other);
                }
            }
            b.append("</c>");
        }
        b.append("</row>\n");
        drain(b);
    }

    private void openCell(StringBuilder b, int columnIndex, int style) {
        b.append("<c r=\"").append(columnIndex < COLUMN_NAMES.length ? COLUMN_NAMES[columnIndex]
                : CellReference.convertNumToColString(columnIndex)).append(rowNumber).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
    }

    private static void number(StringBuilder b, double value) {
        b.append(" t=\"n\"><v>").append(Double.toString(value)).append("</v>");
    }

    private void text(StringBuilder b, String value) throws IOException {
        b.append(" t=\"inlineStr\"><is><t");
        if (hasSpaceAtEnds(value)) {
            b.append(" xml:space=\"preserve\"");
        }
        b.append('>');
        if (isPlain(value)) {
            b.append(value);
        } else {
            drain(b); // POI's own escaping writes straight to the writer
            outputEscapedString(value);
        }
        b.append("</t></is>");
    }

    private void drain(StringBuilder b) throws IOException {
        _out.write(b.toString());
        b.setLength(0);
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
