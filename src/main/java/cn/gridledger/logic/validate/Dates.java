package cn.gridledger.logic.validate;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.FuzzyDate.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in every shape county workbooks use (formats.md §1): text, year.month numbers, Excel serials.
 * The precision given is kept; a day is never invented.
 */
public final class Dates {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    /** {@code 1985-03-12 00:00:00}, {@code 1985-03-12T08:30}: the time part is dropped. */
    private static final Pattern TIME_SUFFIX = Pattern.compile("^(.+?)[\\sT]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[.\\-/年](\\d{1,2})月?[.]?");
    private static final Pattern YEAR_MONTH_DAY =
            Pattern.compile("(\\d{4})[.\\-/年](\\d{1,2})[.\\-/月](\\d{1,2})[日号]?[.]?");

    /** Built-in CJK date formats that POI does not flag (formats.md §1). */
    private static final List<Integer> CJK_MONTH_FORMATS = List.of(27, 36, 50, 52, 57);

    private Dates() {
    }

    public static Parsed<FuzzyDate> parse(String text) {
        if (Text.isNotApplicable(text)) {
            return Parsed.empty();
        }
        String s = Text.normalise(text);
        Matcher time = TIME_SUFFIX.matcher(s);
        if (time.matches()) {
            s = time.group(1);
        }
        s = s.replaceAll("\\s+", "");
        Matcher m;
        if ((m = YEAR_MONTH_DAY.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches() && m.group(3) != null) {
            return build(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = COMPACT.matcher(s)).matches() || (m = YEAR_MONTH.matcher(s)).matches()) {
            return build(text, m.group(1), m.group(2), null);
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return build(text, m.group(1), null, null);
        }
        return Parsed.error("无法识别的日期「" + Text.normalise(text) + "」，应为 1985.03 或 1985.03.12 等格式");
    }

    /**
     * A plain number in a date column: {@code 2011.05} is year.month; {@code 198503} and {@code 19850312}
     * are compact dates; {@code 1985} is a year. {@code 2010.1} may be a lost October, so it is read as
     * January with a warning.
     */
    public static Parsed<FuzzyDate> parseNumber(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v <= 0) {
            return Parsed.error("数字「" + v + "」不是有效的日期");
        }
        // Double.toString is the shortest text that round-trips, i.e. what the user typed (2011.05, 2010.1).
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        if (dot < 0) {
            Parsed<FuzzyDate> p = parse(plain);
            return p.ok() ? p : Parsed.error("数字「" + plain + "」不是有效的日期，应为 1985.03 或 198503 等形式");
        }
        String year = plain.substring(0, dot);
        String fraction = plain.substring(dot + 1);
        if (year.length() != 4) {
            return Parsed.error("数字「" + plain + "」不是有效的日期，应为 年.月 形式，如 2011.05");
        }
        return switch (fraction.length()) {
            case 1 -> {
                Parsed<FuzzyDate> p = build(plain, year, fraction, null);
                yield fraction.equals("1") && p.ok()
                        ? p.with(Issue.warning("日期「" + plain + "」按" + year + "年1月读取，如实为" + year
                                + "年10月，请在原表中将该列设为文本并填写 " + year + ".10"))
                        : p;
            }
            case 2 -> build(plain, year, fraction, null);
            case 4 -> build(plain, year, fraction.substring(0, 2), fraction.substring(2));
            default -> Parsed.error("数字「" + plain + "」不是有效的日期，应为 年.月 形式，如 2011.05");
        };
    }

    /**
     * Excel serial day number → date. The 1900 system counts the fictitious 1900-02-29 (serial 60, read
     * here as 1900-02-28); the 1904 system (old Mac workbooks) counts from 1904-01-01. Time is dropped.
     */
    public static FuzzyDate fromExcelSerial(double serial, boolean date1904, Precision precision) {
        if (Double.isNaN(serial) || serial < (date1904 ? 0 : 1) || serial > 2_958_465) {
            throw new IllegalArgumentException("不是有效的Excel日期序号：" + serial);
        }
        long days = (long) Math.floor(serial);
        LocalDate date;
        if (date1904) {
            date = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days < 60) {
            date = LocalDate.of(1899, 12, 31).plusDays(days);
        } else if (days == 60) {
            date = LocalDate.of(1900, 2, 28);
        } else {
            date = LocalDate.of(1899, 12, 30).plusDays(days);
        }
        return FuzzyDate.of(date).truncatedTo(precision);
    }

    /** {@link #fromExcelSerial} with the 1900–2100 plausibility check, for the importer. */
    public static Parsed<FuzzyDate> parseExcelSerial(double serial, boolean date1904, Precision precision) {
        try {
            return plausible(serial + "", fromExcelSerial(serial, date1904, precision));
        } catch (IllegalArgumentException e) {
            return Parsed.error("单元格中的日期序号「" + serial + "」无效");
        }
    }

    /**
     * True for a date (or time) number format: POI's usual ones, the CJK built-ins 27–36 and 50–58,
     * {@code [DBNum1][$-804]…}, {@code yyyy"年"m"月"}, {@code yyyy"."mm}, {@code yyyy\.mm}.
     */
    public static boolean isDateFormat(int numFmtId, String formatString) {
        if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
                || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58)) {
            return true;
        }
        String tokens = dateTokens(formatString);
        return tokens.matches(".*[ymdhs].*");
    }

    /** MONTH for a format without a day ({@code yyyy"年"m"月"}, {@code yyyy.mm}), YEAR for {@code yyyy}. */
    public static Precision precisionOfFormat(String formatString) {
        String tokens = dateTokens(formatString);
        if (tokens.contains("d")) {
            return Precision.DAY;
        }
        if (tokens.contains("m")) {
            return Precision.MONTH;
        }
        return tokens.contains("y") ? Precision.YEAR : Precision.DAY;
    }

    /** As {@link #precisionOfFormat(String)}, knowing the CJK built-ins whose format text POI may not report. */
    public static Precision precisionOfFormat(int numFmtId, String formatString) {
        if (CJK_MONTH_FORMATS.contains(numFmtId)) {
            return Precision.MONTH;
        }
        if ((numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58)) {
            return Precision.DAY;
        }
        return precisionOfFormat(formatString);
    }

    /** Format text with quoted literals, [colour/locale] blocks, escapes and padding removed, lower-cased. */
    private static String dateTokens(String formatString) {
        if (formatString == null) {
            return "";
        }
        String firstSection = formatString.split(";", -1)[0];
        return firstSection.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\\\.", "")
                .replaceAll("[_*].", "")
                .replaceAll("(?i)general", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static Parsed<FuzzyDate> build(String original, String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = month == null ? 0 : Integer.parseInt(month);
        int d = day == null ? 0 : Integer.parseInt(day);
        String shown = Text.normalise(original);
        if (month != null && (m < 1 || m > 12)) {
            return Parsed.error("日期「" + shown + "」的月份应为1–12");
        }
        try {
            return plausible(shown, new FuzzyDate(y, m, d));
        } catch (IllegalArgumentException e) {
            return Parsed.error("日期「" + shown + "」不存在（" + y + "年" + m + "月没有" + d + "日）");
        }
    }

    private static Parsed<FuzzyDate> plausible(String shown, FuzzyDate date) {
        if (date.year() < MIN_YEAR || date.year() > MAX_YEAR) {
            return Parsed.error("日期「" + shown + "」的年份应在" + MIN_YEAR + "–" + MAX_YEAR + "之间");
        }
        return Parsed.of(date);
    }
}
