package cn.gridledger.logic.importer.read;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a stored number into a {@link SourceCell}: decides DATE vs NUMBER and renders the text Excel shows.
 * Not thread-safe (DataFormatter keeps a cache); use one per workbook.
 */
final class CellFormats {

    /**
     * zh-CN meaning of the built-in ids that the file format leaves to the locale. POI knows them only as
     * "reserved", so they would otherwise look like plain numbers.
     */
    private static final Map<Integer, String> CJK_BUILT_IN = Map.ofEntries(
            Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""), Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""), Map.entry(32, "h\"时\"mm\"分\""),
            Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(34, "上午/下午h\"时\"mm\"分\""),
            Map.entry(35, "上午/下午h\"时\"mm\"分\"ss\"秒\""), Map.entry(36, "yyyy\"年\"m\"月\""),
            Map.entry(50, "yyyy\"年\"m\"月\""), Map.entry(51, "m\"月\"d\"日\""), Map.entry(52, "yyyy\"年\"m\"月\""),
            Map.entry(53, "m\"月\"d\"日\""), Map.entry(54, "m\"月\"d\"日\""), Map.entry(55, "上午/下午h\"时\"mm\"分\""),
            Map.entry(56, "上午/下午h\"时\"mm\"分\"ss\"秒\""), Map.entry(57, "yyyy\"年\"m\"月\""),
            Map.entry(58, "m\"月\"d\"日\""));

    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    private final boolean date1904;

    CellFormats(boolean date1904) {
        this.date1904 = date1904;
    }

    static boolean isCjkBuiltInDate(int numFmtId) {
        return CJK_BUILT_IN.containsKey(numFmtId);
    }

    /** The usable format string: the CJK meaning for locale ids, "General" when missing. */
    static String effectiveFormat(int numFmtId, String formatString) {
        String cjk = CJK_BUILT_IN.get(numFmtId);
        if (cjk != null && (formatString == null || formatString.isEmpty() || formatString.startsWith("reserved"))) {
            return cjk;
        }
        return formatString == null || formatString.isEmpty() ? "General" : formatString;
    }

    static boolean isDateFormat(int numFmtId, String format) {
        if (isCjkBuiltInDate(numFmtId)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        if (DateUtil.isADateFormat(numFmtId, format)) {
            return true;
        }
        // [DBNum1][$-804]yyyy"年"m"月" and similar: POI does not always recognise the DBNum prefix.
        String f = format.replaceAll("\\[[^]]*]", "").replaceAll("\"[^\"]*\"", "");
        return format.contains("[DBNum") && f.matches(".*[yY].*") && !f.contains("0") && !f.contains("#");
    }

    SourceCell number(int column, double value, int numFmtId, String formatString, boolean formula) {
        String format = effectiveFormat(numFmtId, formatString);
        boolean date = isDateFormat(numFmtId, format) && DateUtil.isValidExcelDate(value);
        String shown = date ? renderDate(value, numFmtId, format) : renderNumber(value, numFmtId, format);
        return new SourceCell(column, date ? CellKind.DATE : CellKind.NUMBER, shown, value, formula, numFmtId, format);
    }

    private String renderNumber(double value, int numFmtId, String format) {
        try {
            return formatter.formatRawCellContents(value, numFmtId, format, date1904);
        } catch (RuntimeException e) {
            // an exotic format POI cannot render: show the plain number, never lose the value
            return new SourceCell(0, CellKind.NUMBER, "", value, false, numFmtId, format).plainNumber();
        }
    }

    /**
     * POI renders `yyyy"年"m"月"` with the quotes left in and gives up on [DBNum1] and 时/分 formats, so
     * quoted CJK literals are unquoted first and anything still unrendered falls back to ISO form.
     */
    private String renderDate(double value, int numFmtId, String format) {
        String simplified = format.replaceAll("\\[(DBNum\\d|\\$-[0-9A-Fa-f]+)[^]]*]", "")
                .replaceAll("\"([^\"A-Za-z]*)\"", "$1");
        try {
            String shown = formatter.formatRawCellContents(value, numFmtId, simplified, date1904);
            if (!shown.isEmpty() && !shown.matches("^-?[\\d.,E+]+$")) {
                return shown;
            }
        } catch (RuntimeException ignored) {
            // fall through to the ISO rendering
        }
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904);
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
    }

    static SourceCell text(int column, String text, boolean formula, int numFmtId, String formatString) {
        if (text == null || text.isEmpty()) {
            return SourceCell.blank(column);
        }
        return new SourceCell(column, CellKind.TEXT, text, null, formula, numFmtId, effectiveFormat(numFmtId, formatString));
    }

    static SourceCell bool(int column, boolean value, boolean formula) {
        return new SourceCell(column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, formula, 0, "General");
    }

    static SourceCell error(int column, String shown, boolean formula) {
        return new SourceCell(column, CellKind.ERROR, shown == null ? "#VALUE!" : shown, null, formula, 0, "General");
    }
}
