package cn.gridledger.logic.report;

import java.time.LocalDate;

/** How the county writes dates and ages on paper: {@code 1985.03}, {@code 2026.09.30}, 2026年9月30日. */
public final class CountyText {

    private CountyText() {
    }

    /** ISO text ({@code 1985-03}, {@code 2026-09-30}) in the county's dotted form; "" for none. */
    public static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        return iso.trim().replace('-', '.');
    }

    /** {@code 2026年9月30日}. */
    public static String longDate(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Reads {@link #longDate} back: {@code 2026年9月30日} → 2026-09-30; null when it is not such a date. */
    public static LocalDate parseLongDate(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日")
                .matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Completed years at {@code at} of someone born on {@code birthIso} (YYYY, YYYY-MM or YYYY-MM-DD);
     * null when unknown. A month-precision birth counts as the first of the month: at a quarter's last
     * day that is exact.
     */
    public static Integer age(String birthIso, LocalDate at) {
        if (birthIso == null || birthIso.length() < 4) {
            return null;
        }
        try {
            String[] p = birthIso.trim().split("-");
            int y = Integer.parseInt(p[0]);
            int m = p.length > 1 ? Integer.parseInt(p[1]) : 1;
            int d = p.length > 2 ? Integer.parseInt(p[2]) : 1;
            int age = at.getYear() - y;
            if (at.getMonthValue() < m || (at.getMonthValue() == m && at.getDayOfMonth() < d)) {
                age--;
            }
            return age >= 0 ? age : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
