package cn.gridledger.logic.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The number format of every cell style, read from the styles part with the same hardened StAX parser as
 * the sheets: the {@code numFmtId} of each {@code <xf>} in {@code <cellXfs>} and the codes of
 * {@code <numFmts>}. That is all the importer needs (dates and text from numbers); POI's StylesTable
 * loaded the XMLBeans schema types for it, a sixth of a second before the first row (equality with
 * StylesTable is checked by XlsxStylesTest over the POI corpus).
 */
final class XlsxStyles implements XlsxSheetParser.Styles {

    private static final XMLInputFactory FACTORY = XmlParsers.FACTORY;

    private final int[] ids;
    private final String[] formats;

    private XlsxStyles(int[] ids, String[] formats) {
        this.ids = ids;
        this.formats = formats;
    }

    /** Every cell General: a workbook without a styles part. */
    static final XlsxStyles NONE = new XlsxStyles(new int[0], new String[0]);

    static XlsxStyles read(OPCPackage pkg) throws IOException, XMLStreamException {
        List<PackagePart> parts;
        try {
            parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        } catch (RuntimeException e) {
            return NONE;
        }
        if (parts.isEmpty()) {
            return NONE;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return parse(in);
        }
    }

    static XlsxStyles parse(InputStream in) throws XMLStreamException {
        Map<Short, String> codes = new HashMap<>();
        List<Short> xfIds = new ArrayList<>();
        XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
        try {
            int depth = 0;
            int numFmtsAt = -1; // depth of the open <numFmts> (the top-level one; <dxfs> hold numFmt too)
            int cellXfsAt = -1; // depth of the open <cellXfs> (<cellStyleXfs> holds xf too)
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE is not allowed in the styles part");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (depth == 2 && "numFmts".equals(name)) {
                        numFmtsAt = depth;
                    } else if (depth == 2 && "cellXfs".equals(name)) {
                        cellXfsAt = depth;
                    } else if (numFmtsAt > 0 && depth == numFmtsAt + 1 && "numFmt".equals(name)) {
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (code != null) {
                            codes.put(asShort(xml.getAttributeValue(null, "numFmtId")), code);
                        }
                    } else if (cellXfsAt > 0 && depth == cellXfsAt + 1 && "xf".equals(name)) {
                        xfIds.add(asShort(xml.getAttributeValue(null, "numFmtId")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == numFmtsAt) {
                        numFmtsAt = -1;
                    } else if (depth == cellXfsAt) {
                        cellXfsAt = -1;
                    }
                    depth--;
                }
            }
        } finally {
            xml.close();
        }
        int[] ids = new int[xfIds.size()];
        String[] formats = new String[xfIds.size()];
        for (int i = 0; i < ids.length; i++) {
            short id = xfIds.get(i);
            ids[i] = id;
            String custom = codes.get(id);
            formats[i] = custom != null ? custom : BuiltinFormats.getBuiltinFormat(id);
        }
        return new XlsxStyles(ids, formats);
    }

    /** As POI reads it: an unsigned number kept in a short (absent: 0, General). */
    private static short asShort(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return (short) Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    int count() {
        return ids.length;
    }

    @Override
    public int numFmtId(int styleIndex) {
        return styleIndex < 0 || styleIndex >= ids.length ? 0 : ids[styleIndex];
    }

    @Override
    public String formatString(int styleIndex) {
        return styleIndex < 0 || styleIndex >= formats.length ? "General" : formats[styleIndex];
    }
}
