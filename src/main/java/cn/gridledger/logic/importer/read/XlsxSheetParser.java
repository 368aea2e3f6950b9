package cn.gridledger.logic.importer.read;

import cn.gridledger.logic.importer.ImportRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;

/**
 * Pull parser for one worksheet part: rows one at a time, then the merged regions that follow them.
 * Matches on local names only, so transitional and strict namespaces both work. A DOCTYPE is refused:
 * worksheets never need one and it is how entity tricks start.
 */
final class XlsxSheetParser implements AutoCloseable {

    /** Resolves a style index to (numFmtId, format string). */
    interface Styles {
        int numFmtId(int styleIndex);

        String formatString(int styleIndex);
    }

    /** Looks up shared strings by index. */
    interface SharedStrings {
        String get(int index);
    }

    private static final XMLInputFactory FACTORY = XmlParsers.FACTORY;

    private final InputStream in;
    private final XMLStreamReader xml;
    private final Styles styles;
    private final SharedStrings strings;
    private final CellFormats formats;
    private int nextRowIndex;
    private int declaredLastRow = -1;
    private boolean rowsDone;

    XlsxSheetParser(InputStream in, Styles styles, SharedStrings strings, CellFormats formats) throws XMLStreamException {
        this.in = in;
        this.xml = FACTORY.createXMLStreamReader(in);
        this.styles = styles;
        this.strings = strings;
        this.formats = formats;
    }

    /** The last row number from {@code <dimension ref>}, read before the first row; -1 if absent. */
    int declaredRowCount() {
        return declaredLastRow;
    }

    /** The next row, or null after the last one. */
    SourceRow nextRow() throws XMLStreamException {
        while (!rowsDone && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE is not allowed in a worksheet");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("dimension".equals(name)) {
                    readDimension();
                } else if ("row".equals(name)) {
                    return readRow();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                rowsDone = true;
            }
        }
        rowsDone = true;
        return null;
    }

    /** Skips any remaining rows and collects the {@code <mergeCell>} elements. */
    List<MergedRegion> readMerges() throws XMLStreamException {
        List<MergedRegion> merges = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE is not allowed in a worksheet");
            }
            if (event == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "ref");
                if (ref != null && ref.contains(":")) {
                    try {
                        merges.add(MergedRegion.parse(ref));
                    } catch (IllegalArgumentException ignored) {
                        // a damaged ref is not worth refusing the file for
                    }
                }
            }
        }
        return merges;
    }

    private void readDimension() {
        String ref = xml.getAttributeValue(null, "ref");
        if (ref == null) {
            return;
        }
        String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
        try {
            declaredLastRow = new CellReference(last).getRow() + 1;
        } catch (RuntimeException ignored) {
            declaredLastRow = -1;
        }
    }

    private SourceRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowIndex = r == null ? nextRowIndex : Integer.parseInt(r.trim()) - 1;
        if (rowIndex < nextRowIndex) {
            rowIndex = nextRowIndex; // missing, zero-based or out-of-order numbers: keep file order
        }
        nextRowIndex = rowIndex + 1;
        List<SourceCell> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnOf(ref, nextColumn);
                nextColumn = column + 1;
                SourceCell cell = readCell(column);
                while (cells.size() < column) {
                    cells.add(SourceCell.blank(cells.size()));
                }
                if (column < cells.size()) {
                    cells.set(column, cell);
                } else {
                    cells.add(cell);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return new SourceRow(rowIndex, cells);
    }

    /** Column of an A1 reference ("AB12" → 27); CellReference's regex parsing is too slow per cell. */
    static int columnOf(String ref, int fallback) {
        int column = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
        }
        return i == 0 || column > 16_384 ? fallback : column - 1;
    }

    private SourceCell readCell(int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        int style = s == null ? 0 : Integer.parseInt(s.trim());
        if ("s".equals(type)) {
            return sharedStringCell(column, style);
        }
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int depthInPhonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "f" -> formula = true;
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> depthInPhonetic++;
                    case "t" -> {
                        String t = xml.getElementText();
                        if (inline != null && depthInPhonetic == 0) {
                            inline.append(t);
                            if (inline.length() > XlsxWorkbook.MAX_CELL_CHARS) {
                                throw ImportRefusedException.hostile(null);
                            }
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    depthInPhonetic--;
                } else if ("c".equals(name)) {
                    break;
                }
            }
        }
        return toCell(column, type, style, value, inline, formula);
    }

    /**
     * A shared-string cell, the common case: the index is read digit by digit from the {@code <v>} text
     * (no String per cell; most of a large sheet's garbage was these). Anything unusual inside the cell
     * (a formula, an inline string) goes the general way.
     */
    private SourceCell sharedStringCell(int column, int style) throws XMLStreamException {
        long index = -1;
        boolean inValue = false;
        boolean formula = false;
        boolean damaged = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    inValue = true;
                } else if ("f".equals(name)) {
                    formula = true;
                }
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE)) {
                char[] text = xml.getTextCharacters();
                int end = xml.getTextStart() + xml.getTextLength();
                for (int i = xml.getTextStart(); i < end; i++) {
                    char ch = text[i];
                    if (ch >= '0' && ch <= '9') {
                        index = (index < 0 ? 0 : index * 10) + (ch - '0');
                        damaged |= index > Integer.MAX_VALUE;
                    } else if (!Character.isWhitespace(ch)) {
                        damaged = true;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    inValue = false;
                } else if ("c".equals(name)) {
                    break;
                }
            }
        }
        if (index < 0) {
            return SourceCell.blank(column);
        }
        if (damaged) {
            throw new NumberFormatException("shared string index"); // as Integer.parseInt did: refused as damaged
        }
        return CellFormats.text(column, strings.get((int) index), formula, styles.numFmtId(style), styles.formatString(style));
    }

    private SourceCell toCell(int column, String type, int style, String value, StringBuilder inline, boolean formula) {
        int fmtId = styles.numFmtId(style);
        String fmt = styles.formatString(style);
        String t = type == null ? "n" : type;
        switch (t) {
            case "s":
                if (value == null || value.isBlank()) {
                    return SourceCell.blank(column);
                }
                return CellFormats.text(column, strings.get(Integer.parseInt(value.trim())), formula, fmtId, fmt);
            case "inlineStr":
                return CellFormats.text(column, inline != null ? inline.toString() : value, formula, fmtId, fmt);
            case "str":
                return CellFormats.text(column, value, formula, fmtId, fmt);
            case "b":
                return value == null ? SourceCell.blank(column) : CellFormats.bool(column, "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()), formula);
            case "e":
                return CellFormats.error(column, value, formula);
            case "d":
                // ISO 8601 date stored as text (rare, strict files); keep what is written
                return CellFormats.text(column, value, formula, fmtId, fmt);
            default:
                if (value == null || value.isBlank()) {
                    return SourceCell.blank(column);
                }
                try {
                    return formats.number(column, Double.parseDouble(value.trim()), fmtId, fmt, formula);
                } catch (NumberFormatException e) {
                    return CellFormats.text(column, value, formula, fmtId, fmt);
                }
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
