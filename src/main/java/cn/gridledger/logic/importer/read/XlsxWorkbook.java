package cn.gridledger.logic.importer.read;

import cn.gridledger.logic.importer.ImportRefusedException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * .xlsx through POI's package layer and a streaming parser per sheet. POI's ZipSecureFile limits
 * (zip-bomb ratio, entry size) and its hardened XML factories stay at their defaults.
 */
final class XlsxWorkbook implements SourceWorkbook {

    private record SheetRef(String name, boolean hidden, String relationId) {
    }

    private static final XMLInputFactory FACTORY = XmlParsers.FACTORY;
    static final int MAX_CELL_CHARS = 32_767;
    private static final int PROLOGUE = 4_096;
    private static final Pattern XML_MAPS_PART = Pattern.compile("(?i)/xl/xmlMaps[^/]*\\.xml");
    private static final Pattern EXTERNAL_REFERENCE =
            Pattern.compile("(?i)<!DOCTYPE|<!ENTITY|schemaLocation\\s*=\\s*[\"'](https?|ftp|file):");

    private final OPCPackage pkg;
    private final PartReader reader;
    private final MergeScanAhead mergesAhead;
    private final boolean date1904;
    private final XlsxSheetParser.SharedStrings strings;
    private final XlsxSheetParser.Styles styles;
    private final List<SheetRef> refs;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final Map<Integer, TopArea> topAreas = new HashMap<>();
    private final Map<Integer, List<MergedRegion>> allMerges = new HashMap<>();

    private XlsxWorkbook(OPCPackage pkg, Path file) throws Exception {
        this.pkg = pkg;
        this.reader = new PartReader(pkg);
        List<SheetRef> parsed = new ArrayList<>();
        this.date1904 = readWorkbookPart(reader.getWorkbookData(), parsed);
        this.refs = parsed;
        refuseExternalSchemas(pkg);
        // the merges are scanned meanwhile, on a second core; a refusal below must stop that scan too
        this.mergesAhead = MergeScanAhead.start(file, visibleSheetEntries());
        try {
            List<String> shared = plainStrings(pkg);
            // a dangling index shows as an empty cell rather than refusing the whole file
            this.strings = index -> index >= 0 && index < shared.size() ? shared.get(index) : "";
            this.styles = XlsxStyles.read(pkg);
            for (int i = 0; i < refs.size(); i++) {
                SheetRef ref = refs.get(i);
                sheets.add(new SheetInfo(i, ref.name(), ref.hidden(), declaredRowCount(ref)));
            }
        } catch (Exception | Error e) {
            mergesAhead.close();
            throw e;
        }
    }

    static XlsxWorkbook open(Path file) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxWorkbook(pkg, file);
        } catch (ImportRefusedException e) {
            revertQuietly(pkg);
            throw e;
        } catch (Exception e) {
            revertQuietly(pkg);
            ImportRefusedException refused = Failures.classify(e);
            if (refused.reason() == ImportRefusedException.Reason.CORRUPT && isStrict(pkg)) {
                throw ImportRefusedException.unsupported("Strict Open XML 格式的 .xlsx");
            }
            throw refused;
        }
    }

    /**
     * Reads the shared strings into a plain list with the same StAX parser as the sheets: the text of each
     * {@code <si>}'s {@code <t>} elements outside phonetic runs, as POI's ReadOnlySharedStringsTable gives it
     * (which builds an XMLBeans rich-text object per string: most of the import's garbage). Excel never
     * stores more than 32,767 characters in a cell: a longer string is a crafted file whose cells all point
     * at it to blow up memory (poc-shared-strings.xlsx).
     */
    private static List<String> plainStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        List<String> strings = new ArrayList<>();
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = new BufferedInputStream(parts.get(0).getInputStream(), PROLOGUE)) {
            refuseDoctype(in);
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            StringBuilder item = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE is not allowed in shared strings");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            item = new StringBuilder();
                            phonetic = 0;
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (item != null && phonetic == 0) {
                                item.append(t);
                                if (item.length() > MAX_CELL_CHARS) {
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
                        phonetic--;
                    } else if ("si".equals(name) && item != null) {
                        strings.add(decodeEscapes(item.toString()));
                        item = null;
                    }
                }
            }
            xml.close();
        }
        return strings;
    }

    /**
     * A DOCTYPE in the shared strings is how entity bombs start (poc-xmlbomb.xlsx). The StAX parser may
     * report a malformed one as plain corruption, so the prologue is looked at first.
     */
    private static void refuseDoctype(InputStream in) throws IOException {
        in.mark(PROLOGUE);
        String head = new String(in.readNBytes(PROLOGUE), StandardCharsets.ISO_8859_1);
        in.reset();
        int root = head.indexOf("<sst");
        String prologue = root >= 0 ? head.substring(0, root) : head;
        if (prologue.contains("<!DOCTYPE") || prologue.contains("<!ENTITY")) {
            throw ImportRefusedException.hostile(null);
        }
    }

    /** Excel's {@code _x000D_} escapes, decoded as POI's rich-text string does (rare, so only when present). */
    private static String decodeEscapes(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }

    /**
     * XML maps may point at external schemas (xxe_in_schema.xlsx); a roster never has one, and any tool
     * that later validates against it would fetch from the network, so such files are refused outright.
     */
    private static void refuseExternalSchemas(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getPartsByName(XML_MAPS_PART)) {
            try (InputStream in = part.getInputStream()) {
                String text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                if (EXTERNAL_REFERENCE.matcher(text).find()) {
                    throw ImportRefusedException.hostile(null);
                }
            }
        }
    }

    private static boolean isStrict(OPCPackage pkg) {
        try {
            return pkg != null && pkg.isStrictOoxmlFormat();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Reads sheet names, visibility and the 1904 flag from xl/workbook.xml. */
    private static boolean readWorkbookPart(InputStream in, List<SheetRef> out) throws XMLStreamException, IOException {
        boolean date1904 = false;
        try (in) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE is not allowed in a workbook part");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("workbookPr".equals(xml.getLocalName())) {
                    String v = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(xml.getLocalName())) {
                    String state = xml.getAttributeValue(null, "state");
                    String relId = null;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if ("id".equals(xml.getAttributeLocalName(i)) && xml.getAttributeNamespace(i) != null) {
                            relId = xml.getAttributeValue(i);
                        }
                    }
                    boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                    out.add(new SheetRef(xml.getAttributeValue(null, "name"), hidden, relId));
                }
            }
            xml.close();
        }
        return date1904;
    }

    private int declaredRowCount(SheetRef ref) {
        try (XlsxSheetParser parser = parser(ref)) {
            parser.nextRow(); // the dimension element precedes the first row
            return parser.declaredRowCount();
        } catch (Exception e) {
            throw Failures.classify(e);
        }
    }

    private XlsxSheetParser parser(SheetRef ref) throws Exception {
        if (ref.relationId() == null) {
            throw ImportRefusedException.corrupt("工作表“" + ref.name() + "”缺少关联", null);
        }
        return new XlsxSheetParser(reader.getSheet(ref.relationId()), styles, strings, new CellFormats(date1904));
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public TopArea topArea(int sheetIndex) {
        return topAreas.computeIfAbsent(sheetIndex, this::readTopArea);
    }

    /**
     * The top rows through the StAX parser; the merges (which follow all rows) from the rest of the part:
     * through the same parser when the sheet is short, else by {@link MergeCellScanner} over the raw bytes
     * rather than parsing every cell of a large sheet a second time.
     */
    private TopArea readTopArea(int sheetIndex) {
        SheetRef ref = refs.get(sheetIndex);
        List<SourceRow> rows = new ArrayList<>();
        boolean moreRows;
        List<MergedRegion> merges = null;
        try (XlsxSheetParser parser = parser(ref)) {
            SourceRow row;
            while ((row = parser.nextRow()) != null && row.index() < TopArea.ROWS) {
                while (rows.size() < row.index()) {
                    rows.add(SourceRow.empty(rows.size()));
                }
                rows.add(row);
            }
            moreRows = row != null;
            if (!moreRows) {
                merges = parser.readMerges();
            }
        } catch (Exception e) {
            throw Failures.classify(e);
        }
        if (moreRows) {
            merges = mergesAhead.result(sheetIndex);
        }
        if (merges == null) {
            try (InputStream in = reader.getSheet(ref.relationId())) {
                merges = MergeCellScanner.scan(in, Integer.MAX_VALUE);
            } catch (Exception e) {
                throw Failures.classify(e);
            }
        }
        while (rows.size() < TopArea.ROWS) {
            rows.add(SourceRow.empty(rows.size()));
        }
        allMerges.put(sheetIndex, List.copyOf(merges));
        return new TopArea(rows, merges);
    }

    @Override
    public List<MergedRegion> merges(int sheetIndex) {
        topArea(sheetIndex); // the merges are found while the top area is read
        return allMerges.getOrDefault(sheetIndex, List.of());
    }

    @Override
    public RowStream rows(int sheetIndex) {
        XlsxSheetParser parser;
        try {
            parser = parser(refs.get(sheetIndex));
        } catch (Exception e) {
            throw Failures.classify(e);
        }
        return new RowStream() {
            private SourceRow next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = parser.nextRow();
                    } catch (Exception e) {
                        parser.close();
                        throw Failures.classify(e);
                    }
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = next;
                next = null;
                return row;
            }

            @Override
            public void close() {
                parser.close();
            }
        };
    }

    @Override
    public void close() {
        mergesAhead.close();
        revertQuietly(pkg);
    }

    /** The ZIP entries of the visible sheets, for the merge scan that runs ahead (hidden ones are rarely read). */
    private Map<Integer, String> visibleSheetEntries() {
        Map<Integer, String> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            SheetRef ref = refs.get(i);
            String part = ref.hidden() || ref.relationId() == null ? null : reader.sheetPartName(ref.relationId());
            if (part != null && part.startsWith("/")) {
                entries.put(i, part.substring(1));
            }
        }
        return entries;
    }

    /** POI's reader, also telling the part name of a sheet (found exactly as {@link XSSFReader#getSheet} finds it). */
    private static final class PartReader extends XSSFReader {
        PartReader(OPCPackage pkg) throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
            super(pkg);
        }

        String sheetPartName(String relationId) {
            try {
                org.apache.poi.openxml4j.opc.PackageRelationship rel = workbookPart.getRelationship(relationId);
                return rel == null ? null
                        : org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(rel.getTargetURI()).getName();
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
                return null; // the sheet is then scanned where it is read, which reports the problem
            }
        }
    }

    private static void revertQuietly(OPCPackage pkg) {
        if (pkg != null) {
            try {
                pkg.revert();
            } catch (RuntimeException ignored) {
                // read-only package: nothing to save
            }
        }
    }
}
