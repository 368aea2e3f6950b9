package cn.gridledger.logic.importer.rows;

import cn.gridledger.logic.importer.header.ColumnMapping;
import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.read.CellKind;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.SourceRow;
import cn.gridledger.logic.validate.Text;
import cn.gridledger.model.code.CodeText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Sorts the rows below a detected header into records and everything else: column-code rows, template
 * placeholders, scoring/constants rows, instruction boxes and blank rows are skipped; a footer
 * (合计, 填表人, 注： …) ends the data. Feed rows in order; the classifier remembers when it has stopped.
 */
public final class RowClassifier {

    /** The outcome for one row. */
    public enum Verdict { RECORD, SKIPPED, FOOTER, AFTER_FOOTER, HEADER }

    /** Everything a whole sheet produced, for callers that do not stream. */
    public record Result(List<DataRow> rows, List<RowNote> notes, OptionalInt footerExcelRow) {
    }

    private static final Pattern TOTAL = Pattern.compile("^(合计|小计|总计|共计)");
    private static final Pattern SIGNATURE = Pattern.compile("^(填表人|审核人|负责人|制表人|联系电话|填报人|统计人)[:：]?");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注)[:：]");
    private static final Pattern INSTRUCTION = Pattern.compile("^(注意|填表须知|填表说明|填报说明|说明|注)");
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    /** A single cell holding this much text below the header is prose, not a record. */
    private static final int LONG_TEXT = 30;
    /** Even a damaged ID (15 digits, or a number shown as 4.30122E+17) is at least this long. */
    private static final int MIN_ID_LENGTH = 11;

    private final DetectedHeader header;
    /** Looked up once: every row asks for these columns. */
    private final OptionalInt nameColumn;
    private final OptionalInt idColumn;
    private final List<RowNote> notes = new ArrayList<>();
    private Integer footerExcelRow;

    public RowClassifier(DetectedHeader header) {
        this.header = header;
        this.nameColumn = header.mapping().columnOf(RosterField.NAME);
        this.idColumn = header.mapping().columnOf(RosterField.ID_NUMBER);
    }

    /** Classifies every row and returns the records; for large sheets prefer {@link #classify(SourceRow, Consumer)}. */
    public static Result classifyAll(DetectedHeader header, Iterator<SourceRow> rows) {
        RowClassifier classifier = new RowClassifier(header);
        List<DataRow> records = new ArrayList<>();
        while (rows.hasNext()) {
            if (classifier.classify(rows.next(), records::add) == Verdict.FOOTER) {
                break;
            }
        }
        return new Result(records, classifier.notes(), classifier.footerExcelRow());
    }

    /** Classifies one row; a record is handed to {@code sink}. */
    public Verdict classify(SourceRow row, Consumer<DataRow> sink) {
        if (row.index() <= header.lastRow()) {
            return Verdict.HEADER;
        }
        if (footerExcelRow != null) {
            return Verdict.AFTER_FOOTER;
        }
        List<String> texts = nonBlankTexts(row);
        if (texts.isEmpty()) {
            return Verdict.SKIPPED;
        }
        int excelRow = row.excelRowNumber();
        if (isFooter(row, texts)) {
            footerExcelRow = excelRow;
            notes.add(new RowNote(excelRow, RowNote.Kind.FOOTER, "第 " + excelRow + " 行是表尾（" + shorten(texts.get(0)) + "），其后的行不再读取", false));
            return Verdict.FOOTER;
        }
        if (texts.stream().allMatch(t -> t.contains("${"))) {
            return skip(excelRow, RowNote.Kind.PLACEHOLDER, "第 " + excelRow + " 行是模板占位行，已跳过", false);
        }
        if (isColumnCodeRow(texts)) {
            return skip(excelRow, RowNote.Kind.COLUMN_CODES, "第 " + excelRow + " 行是列序号行，已跳过", false);
        }
        if (isInstruction(texts)) {
            return skip(excelRow, RowNote.Kind.INSTRUCTION, "第 " + excelRow + " 行是说明文字（" + shorten(texts.get(0)) + "），已跳过", false);
        }
        if (texts.size() == 1 && cellText(row, RosterField.NAME).isEmpty() && cellText(row, RosterField.ID_NUMBER).isEmpty()) {
            // a lone 序号 of an empty template row, or a note such as 以下为新增户: no person in it
            return skip(excelRow, RowNote.Kind.INSTRUCTION, "第 " + excelRow + " 行只有“" + shorten(texts.get(0))
                    + "”，没有姓名和身份证号，不是人员记录，已跳过", false);
        }
        if (isConstantsRow(row)) {
            return skip(excelRow, RowNote.Kind.CONSTANTS,
                    "第 " + excelRow + " 行没有姓名和身份证号，但多列是数字（疑似分值或常数行），已跳过，请核对", true);
        }
        DataRow record = toDataRow(row);
        if (record.cells().stream().allMatch(SourceCell::isBlank)) {
            return Verdict.SKIPPED; // only "不导入" columns or only 无/-- markers
        }
        sink.accept(record);
        return Verdict.RECORD;
    }

    public List<RowNote> notes() {
        return List.copyOf(notes);
    }

    public OptionalInt footerExcelRow() {
        return footerExcelRow == null ? OptionalInt.empty() : OptionalInt.of(footerExcelRow);
    }

    private Verdict skip(int excelRow, RowNote.Kind kind, String message, boolean warning) {
        notes.add(new RowNote(excelRow, kind, message, warning));
        return Verdict.SKIPPED;
    }

    private static List<String> nonBlankTexts(SourceRow row) {
        List<String> texts = new ArrayList<>();
        for (SourceCell c : row.cells()) {
            if (!c.isBlank()) {
                texts.add(compact(c.text()));
            }
        }
        return texts;
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    /** Called for every cell of every row, so the common case (already normal, no spaces) allocates nothing. */
    private static String compact(String s) {
        if (CodeText.isPlain(s)) {
            return s;
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                return SPACES.matcher(n).replaceAll("");
            }
        }
        return n;
    }

    /** "Not applicable" markers are a few characters long; longer texts skip the normalising check. */
    static boolean isMarker(String text) {
        return text.length() <= 8 && Text.isNotApplicable(text);
    }

    /** The first characters of every footer word (合计, 填表人, 注： …): most rows need no regex at all. */
    private static final String FOOTER_STARTS = "合小总共填审负制联统注说备";

    private boolean isFooter(SourceRow row, List<String> texts) {
        String first = texts.get(0);
        if (!first.isEmpty() && FOOTER_STARTS.indexOf(first.charAt(0)) >= 0 && (TOTAL.matcher(first).find()
                || SIGNATURE.matcher(first).find() || NOTE.matcher(first).find())) {
            return true;
        }
        // signature cells further right (`填表人：` in the middle of the row) only count when no person is named
        return cellText(row, RosterField.NAME).isEmpty() && cellText(row, RosterField.ID_NUMBER).isEmpty()
                && texts.stream().anyMatch(t -> SIGNATURE.matcher(t).find() && (t.contains(":") || t.contains("：")));
    }

    private static boolean isColumnCodeRow(List<String> texts) {
        if (texts.size() < 3) {
            return false;
        }
        int i = 0;
        while (i < texts.size() && isLetterCode(texts.get(i))) {
            i++;
        }
        if (i == texts.size()) {
            return true;
        }
        int previous = -1;
        for (; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t.endsWith(".0")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!isSmallInteger(t)) {
                return false;
            }
            int n = Integer.parseInt(t);
            if (previous >= 0 && n != previous + 1) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    /** 1–3 ASCII digits ({@code ^\\d{1,3}$}), without a regex for every row. */
    private static boolean isSmallInteger(String t) {
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterCode(String t) {
        return t.length() == 1 && (Character.isLetter(t.charAt(0)) && t.charAt(0) < 128 || STEMS.indexOf(t.charAt(0)) >= 0);
    }

    private static boolean isInstruction(List<String> texts) {
        if (texts.size() != 1) {
            return false;
        }
        String t = texts.get(0);
        return INSTRUCTION.matcher(t).find() || t.length() >= LONG_TEXT;
    }

    private boolean isConstantsRow(SourceRow row) {
        // a number in the name column or a short number in the ID column is a score, not a person
        String name = compact(cellText(row, RosterField.NAME));
        String id = compact(cellText(row, RosterField.ID_NUMBER));
        if ((!name.isEmpty() && !isNumber(name)) || id.length() >= MIN_ID_LENGTH) {
            return false;
        }
        int numbers = 0;
        int filled = 0;
        for (SourceCell c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            filled++;
            if (c.kind() == CellKind.NUMBER || isNumber(compact(c.text()))) {
                numbers++;
            }
        }
        return numbers >= 3 && numbers * 2 >= filled;
    }

    private static boolean isNumber(String text) {
        // names and most cells fail on the first character, without a Matcher
        if (text.isEmpty() || (text.charAt(0) != '-' && (text.charAt(0) < '0' || text.charAt(0) > '9'))) {
            return false;
        }
        return NUMBER.matcher(text).matches();
    }

    private String cellText(SourceRow row, RosterField field) {
        OptionalInt column = field == RosterField.NAME ? nameColumn : field == RosterField.ID_NUMBER ? idColumn
                : header.mapping().columnOf(field);
        if (column.isEmpty()) {
            return "";
        }
        String text = row.cell(column.getAsInt()).text().strip();
        return isMarker(text) ? "" : text;
    }

    private DataRow toDataRow(SourceRow row) {
        List<SourceCell> cells = new ArrayList<>();
        for (ColumnMapping.Column column : header.mapping().columns()) {
            SourceCell cell = row.cell(column.index());
            if (cell.kind() == CellKind.TEXT && isMarker(cell.text())) {
                cell = SourceCell.blank(column.index());
            }
            cells.add(cell);
        }
        return new DataRow(row.excelRowNumber(), header.mapping(), cells, householdBlock(row));
    }

    /** Household-level columns, most telling first: a block merged over one of them is one household. */
    private static final List<RosterField> HOUSEHOLD_CELLS = List.of(RosterField.HOUSEHOLD_NO, RosterField.HEAD_NAME,
            RosterField.HOUSEHOLD_TYPE, RosterField.TEN_HOUSEHOLD_GROUP, RosterField.LOW_INCOME,
            RosterField.EXTREME_POVERTY, RosterField.MONITOR_CATEGORY);

    private int householdBlock(SourceRow row) {
        if (row.mergeTop() == null) {
            return -1;
        }
        for (RosterField f : HOUSEHOLD_CELLS) {
            OptionalInt column = header.mapping().columnOf(f);
            if (column.isPresent() && row.mergeTop(column.getAsInt()) >= 0) {
                return row.mergeTop(column.getAsInt());
            }
        }
        return -1;
    }

    private static String shorten(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }
}
