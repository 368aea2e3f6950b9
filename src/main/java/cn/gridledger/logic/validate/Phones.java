package cn.gridledger.logic.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mobile and landline numbers, normalised to {@code 13912341234} or {@code 0351-1234567[-123]}. */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area code with or without separator, then 7–8 digits, then an optional extension. */
    private static final Pattern LANDLINE = Pattern.compile(
            "\\(?(0\\d{2,3})\\)?-?([2-9]\\d{6,7})(?:(?:-|转|EXT\\.?|X)(\\d{1,6}))?");
    private static final Pattern SEPARATORS_REGEX = Pattern.compile("[\\s\\-—–()+.]");
    /** The same characters, looked for before the regex copies anything (a plain 11-digit mobile has none). */
    private static final Separators SEPARATORS = new Separators(" \t\n\u000B\f\r-—–()+.");
    private static final Pattern LOCAL_ONLY = Pattern.compile("[2-9]\\d{6,7}");

    private Phones() {
    }

    public static Parsed<String> parse(String raw) {
        if (Text.isNotApplicable(raw)) {
            return Parsed.empty();
        }
        String s = Text.compact(raw).toUpperCase(java.util.Locale.ROOT);
        String mobile = mobileDigits(s);
        if (isMobile(mobile)) {
            return Parsed.of(mobile);
        }
        String landline = splitAreaCode(s.replaceAll("[—–\\s]", "-").replaceAll("-{2,}", "-"));
        Matcher m = LANDLINE.matcher(landline);
        if (m.matches()) {
            String normal = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
            return Parsed.of(normal);
        }
        if (LOCAL_ONLY.matcher(landline).matches()) {
            return Parsed.error("固定电话「" + s + "」缺少区号，应为 区号-号码，如 0351-1234567");
        }
        if (mobile.matches("\\d+") && mobile.startsWith("1")) {
            return Parsed.error("手机号码「" + s + "」应为以13–19开头的11位数字，实际为" + mobile.length() + "位");
        }
        return Parsed.error("电话号码「" + s + "」无法识别，应为11位手机号码或 区号-号码 形式的固定电话");
    }

    /**
     * 户联系电话: the monitoring system requires an 11-digit mobile; a landline is kept with a warning.
     */
    public static Parsed<String> parseHouseholdPhone(String raw) {
        Parsed<String> p = parse(raw);
        if (p.value() != null && !isMobile(p.value())) {
            return p.with(Issue.warning("户联系电话应为11位手机号码，当前为固定电话 " + p.value()));
        }
        return p;
    }

    public static boolean isMobile(String normalised) {
        // a loop, not MOBILE's regex: an import checks a phone per row
        if (normalised == null || normalised.length() != 11 || normalised.charAt(0) != '1'
                || normalised.charAt(1) < '3' || normalised.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            char c = normalised.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code 139****1234} for a mobile; a landline keeps its area code and last four digits. */
    public static String masked(String normalised) {
        if (normalised == null || normalised.isEmpty()) {
            return "";
        }
        if (isMobile(normalised)) {
            return normalised.substring(0, 3) + "****" + normalised.substring(7);
        }
        int dash = normalised.indexOf('-');
        if (dash > 0 && normalised.length() - dash > 5) {
            String number = normalised.substring(dash + 1).replaceAll("-.*", "");
            return normalised.substring(0, dash + 1) + "*".repeat(number.length() - 4)
                    + number.substring(number.length() - 4);
        }
        return "*".repeat(Math.max(0, normalised.length() - 4))
                + normalised.substring(Math.max(0, normalised.length() - 4));
    }

    /** Digits of a mobile written as {@code +86 139-1234-1234}, {@code (86)13912341234}, {@code 0086…}. */
    private static String mobileDigits(String s) {
        String digits = SEPARATORS.indexOf(s) < 0 ? s : SEPARATORS_REGEX.matcher(s).replaceAll("");
        if (digits.length() == 13 && digits.startsWith("86")) {
            return digits.substring(2);
        }
        if (digits.length() == 15 && digits.startsWith("0086")) {
            return digits.substring(4);
        }
        return digits;
    }

    /** Finds the first separator without a Matcher. */
    private record Separators(String chars) {
        int indexOf(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Without a separator {@code 03511234567} is ambiguous; Chinese area codes are 010 and 02x (3 digits)
     * or 0xxx (4 digits), so the split follows the prefix.
     */
    private static String splitAreaCode(String s) {
        if (!s.matches("0\\d{9,11}")) {
            return s;
        }
        int areaLength = s.startsWith("010") || s.startsWith("02") ? 3 : 4;
        return s.substring(0, areaLength) + "-" + s.substring(areaLength);
    }
}
