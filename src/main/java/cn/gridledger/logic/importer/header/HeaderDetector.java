package cn.gridledger.logic.importer.header;

import cn.gridledger.logic.importer.ImportRefusedException;
import cn.gridledger.logic.importer.read.MergedRegion;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.TopArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the roster header among the first {@value #SCAN_ROWS} rows of a sheet. Real rosters start with a
 * merged title and info rows, and often have a two- or three-level header (`全日制教育` over `学历 / 学位 /
 * 毕业院校及专业`), so the detector picks the row whose labels match the most known fields, then grows it into
 * a band along the merged cells and flattens each column to {@code parent/child}.
 */
public final class HeaderDetector {

    public static final int SCAN_ROWS = 20;
    /** A header label is short; a longer text in the row is a title, a note or a value. */
    private static final int MAX_LABEL = 24;
    private static final int MAX_LEVELS = 3;

    /** Besides 姓名, one of these must be present for a row to be a roster header. */
    private static final Set<RosterField> PERSON_FIELDS = EnumSet.of(RosterField.ID_NUMBER, RosterField.GENDER,
            RosterField.BIRTH_DATE, RosterField.ETHNICITY, RosterField.RELATION, RosterField.POLITICAL_STATUS,
            RosterField.AGE, RosterField.PHONE, RosterField.POST);

    private HeaderDetector() {
    }

    public static DetectedHeader detect(TopArea top) {
        return detect(null, top);
    }

    /** @throws ImportRefusedException NO_HEADER when no row qualifies */
    public static DetectedHeader detect(String sheetName, TopArea top) {
        int width = top.width();
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        for (int r = 0; r < Math.min(SCAN_ROWS, top.rows().size()); r++) {
            int score = rowScore(top, r, width);
            if (score > 0) {
                scores.put(r, score);
            }
        }
        List<Integer> anchors = new ArrayList<>(scores.keySet());
        anchors.sort(Comparator.comparingInt((Integer r) -> -scores.get(r)).thenComparingInt(r -> r));
        for (int anchor : anchors) {
            DetectedHeader header = headerAround(top, anchor, width);
            if (qualifies(header.mapping())) {
                return header;
            }
        }
        // no row of known labels: the header is where a person sees it, a row of short labels above values
        if (!anchors.isEmpty()) {
            return headerAround(top, anchors.get(0), width);
        }
        for (int r = 0; r < Math.min(SCAN_ROWS, top.rows().size()); r++) {
            if (looksLikeHeader(top, r, width)) {
                return headerAround(top, r, width);
            }
        }
        throw noHeader(sheetName);
    }

    /**
     * A header by its shape: at least three short text labels (each merged block counted once), hardly any
     * numbers or info texts among them, and rows with values below.
     */
    static boolean looksLikeHeader(TopArea top, int row, int width) {
        int labels = 0;
        int others = 0;
        for (int c = 0; c < width; c++) {
            int column = c;
            boolean covered = top.mergeAt(row, c).map(m -> m.firstRow() != row || m.firstColumn() != column).orElse(false);
            SourceCell cell = top.cell(row, c);
            if (covered || cell.isBlank()) {
                continue;
            }
            String t = cell.text().strip();
            if (cell.kind() == cn.gridledger.logic.importer.read.CellKind.TEXT && t.length() <= MAX_LABEL
                    && !t.contains("：") && !t.contains(":") && !t.matches("[-+\\d.,%/ ]+")) {
                labels++;
            } else {
                others++;
            }
        }
        if (labels < 3 || others * 4 > labels) {
            return false;
        }
        for (int r = row + 1; r <= row + 3 && r < top.rows().size(); r++) {
            int filled = 0;
            for (int c = 0; c < width; c++) {
                filled += top.cell(r, c).isBlank() ? 0 : 1;
            }
            if (filled >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a header lacks for a roster of {@code kind}: a 姓名 column, and a 身份证号 or 出生年月 column to tell
     * who the person is. Null when nothing is missing; else the exact Chinese sentence for the user.
     */
    public static String missing(DetectedHeader header) {
        return missing(header, null);
    }

    /** Household fields that tell which household a row belongs to (or that each row is one). */
    private static final Set<RosterField> HOUSEHOLD_KEYS = EnumSet.of(RosterField.HOUSEHOLD_NO, RosterField.RELATION,
            RosterField.HEAD_NAME, RosterField.VILLAGE, RosterField.GRID_CODE, RosterField.GRID_NAME,
            RosterField.VILLAGER_GROUP, RosterField.HOUSEHOLD_TYPE);

    /** @param kind the roster the user is importing, or null for what every roster needs */
    public static String missing(DetectedHeader header, RosterKind kind) {
        ColumnMapping m = header.mapping();
        List<String> lacks = new ArrayList<>();
        String why = "无法确定是哪个人";
        if (!m.has(RosterField.NAME)) {
            lacks.add("姓名 列");
        }
        if (!m.has(RosterField.ID_NUMBER) && !m.has(RosterField.BIRTH_DATE)) {
            lacks.add("身份证号、出生年月 中的任一列");
        }
        boolean headRows = m.columnOf(RosterField.NAME).stream()
                .anyMatch(c -> LabelNormalizer.normalize(header.labels().get(c)).startsWith("户主"));
        if (lacks.isEmpty() && kind == RosterKind.HOUSEHOLD && !headRows
                && m.fields().stream().noneMatch(HOUSEHOLD_KEYS::contains)) {
            lacks.add("户编号、与户主关系、户主姓名、村 中的任一列");
            why = "无法确定各人属于哪一户";
        }
        if (lacks.isEmpty()) {
            return null;
        }
        List<String> seen = m.columns().stream().map(ColumnMapping.Column::sourceLabel)
                .map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        return "表头在第 " + header.firstExcelRow() + " 行，识别到 " + (seen.isEmpty() ? "（无）" : String.join("、", seen))
                + "；缺少 " + String.join("，", lacks) + "，" + why + "。请在“核对表头”中为这些列选择对应的原表列，"
                + "或换用含有这些列的表格";
    }

    private static boolean qualifies(ColumnMapping mapping) {
        return mapping.has(RosterField.NAME) && mapping.fields().stream().anyMatch(PERSON_FIELDS::contains);
    }

    /** Score of a single row read on its own (leaf labels only): used to choose the anchor row. */
    private static int rowScore(TopArea top, int row, int width) {
        Set<RosterField> fields = EnumSet.noneOf(RosterField.class);
        for (int c = 0; c < width; c++) {
            String label = LabelNormalizer.normalize(top.shownCell(row, c).text());
            if (!label.isEmpty()) {
                FieldSynonyms.match(List.of(label)).ifPresent(fields::add);
            }
        }
        return score(fields);
    }

    private static int score(Set<RosterField> fields) {
        int s = 0;
        for (RosterField f : fields) {
            s += (f == RosterField.NAME || f == RosterField.ID_NUMBER) ? 3 : f == RosterField.SEQ ? 0 : 1;
        }
        return s;
    }

    private static DetectedHeader headerAround(TopArea top, int anchor, int width) {
        int first = growUp(top, anchor, width);
        int last = growDown(top, first, anchor, width);
        List<String> labels = new ArrayList<>();
        List<ColumnMapping.Column> columns = new ArrayList<>();
        Set<RosterField> used = EnumSet.noneOf(RosterField.class);
        for (int c = 0; c < width; c++) {
            List<String> parts = labelParts(top, first, last, c);
            String label = String.join("/", parts);
            labels.add(label);
            if (parts.isEmpty()) {
                continue;
            }
            List<String> normalized = parts.stream().map(LabelNormalizer::normalize).filter(p -> !p.isEmpty()).toList();
            RosterField field = FieldSynonyms.match(normalized).orElse(null);
            if (field != null && !used.add(field)) {
                field = null; // a second 联系电话 column is shown as 未使用 rather than silently overwriting
            }
            columns.add(new ColumnMapping.Column(c, label, field));
        }
        ColumnMapping mapping = new ColumnMapping(columns);
        if (!mapping.has(RosterField.NAME) && mapping.has(RosterField.HEAD_NAME)) {
            // one row per household (bank and visit ledgers): the person of the row is the 户主
            mapping = mapping.with(mapping.columnOf(RosterField.HEAD_NAME).getAsInt(), RosterField.NAME);
        }
        return new DetectedHeader(first, last, labels, mapping, kindOf(mapping), score(mapping.fields()),
                metadataAbove(top, first, width));
    }

    /** A parent row sits above the anchor when it holds a group label merged across several (not all) columns. */
    private static int growUp(TopArea top, int anchor, int width) {
        int first = anchor;
        while (anchor - first < MAX_LEVELS - 1 && first > 0 && isParentRow(top, first - 1, width)) {
            first--;
        }
        return first;
    }

    private static boolean isParentRow(TopArea top, int row, int width) {
        boolean hasGroup = false;
        for (MergedRegion m : top.merges()) {
            if (m.lastRow() == row && m.width() > 1 && !isTitleWide(m, width)) {
                String text = top.cell(m.firstRow(), m.firstColumn()).text();
                if (text.contains("：") || text.contains(":")) {
                    return false;
                }
                hasGroup |= !text.isBlank();
            }
        }
        return hasGroup;
    }

    /** Grows down along vertical merges and to the children of group cells, at most three levels. */
    private static int growDown(TopArea top, int first, int anchor, int width) {
        int last = anchor;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MergedRegion m : top.merges()) {
                if (m.firstRow() >= first && m.firstRow() <= last && !isTitleWide(m, width)) {
                    int reach = m.lastRow();
                    if (m.width() > 1 && m.lastRow() == last && hasChildrenBelow(top, m)) {
                        reach = last + 1;
                    }
                    reach = Math.min(reach, first + MAX_LEVELS - 1);
                    if (reach > last) {
                        last = reach;
                        changed = true;
                    }
                }
            }
        }
        return last;
    }

    private static boolean hasChildrenBelow(TopArea top, MergedRegion group) {
        int row = group.lastRow() + 1;
        int filled = 0;
        for (int c = group.firstColumn(); c <= group.lastColumn(); c++) {
            if (!top.cell(row, c).isBlank()) {
                filled++;
            }
        }
        return filled >= 2 && top.mergeAt(row, group.firstColumn()).map(m -> m.firstRow() == row).orElse(true);
    }

    private static boolean isTitleWide(MergedRegion m, int width) {
        return width > 3 && m.width() >= width * 0.8;
    }

    /** The texts of one column down the header band, parent first, repeated merge texts dropped. */
    private static List<String> labelParts(TopArea top, int first, int last, int column) {
        List<String> parts = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            int row = r;
            SourceCell cell = top.mergeAt(r, column)
                    .filter(m -> m.firstRow() >= first)
                    .map(m -> top.cell(m.firstRow(), m.firstColumn()))
                    .orElseGet(() -> top.cell(row, column));
            String text = cell.text().strip().replaceAll("\\s+", " ");
            if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
                parts.add(text);
            }
        }
        return parts;
    }

    private static RosterKind kindOf(ColumnMapping mapping) {
        long cadre = mapping.fields().stream().filter(f -> f.scope() == RosterField.Scope.CADRE).count();
        long household = mapping.fields().stream().filter(f -> f.scope() == RosterField.Scope.HOUSEHOLD).count();
        return household > cadre ? RosterKind.HOUSEHOLD : RosterKind.CADRE;
    }

    /** Title and info rows above the header, as 标题 / 填报单位 / 填报日期 / 村 / 组 … */
    private static Map<String, String> metadataAbove(TopArea top, int firstHeaderRow, int width) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int r = 0; r < firstHeaderRow; r++) {
            String text = rowText(top, r, width);
            if (text.isEmpty()) {
                continue;
            }
            if (text.contains("：") || text.contains(":")) {
                InfoRowParser.parse(text).forEach(metadata::putIfAbsent);
            } else {
                metadata.putIfAbsent("标题", text);
            }
        }
        return metadata;
    }

    /** The row's texts left to right, each merged block once, separated so the info parser sees the gaps. */
    private static String rowText(TopArea top, int row, int width) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            int column = c;
            boolean coveredByEarlier = top.mergeAt(row, c)
                    .map(m -> m.firstRow() != row || m.firstColumn() != column).orElse(false);
            String t = top.cell(row, c).text().strip();
            if (!coveredByEarlier && !t.isEmpty()) {
                texts.add(t);
            }
        }
        return String.join("  ", texts);
    }

    private static ImportRefusedException noHeader(String sheetName) {
        String where = sheetName == null ? "" : "工作表“" + sheetName + "”";
        return new ImportRefusedException(ImportRefusedException.Reason.NO_HEADER,
                "未找到花名册表头：" + where + "在前 " + SCAN_ROWS + " 行中没有找到 姓名、身份证号 等列。"
                        + "需要“姓名”列，并至少有 身份证号、性别、出生年月 等其中一列；可识别的列有："
                        + String.join("、", FieldSynonyms.lookedFor()));
    }
}
