package cn.gridledger.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, e.g. 2026Q3: reports count what held on its last day. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[Qq季]?\\s*([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("季度应为 1–4：" + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter current() {
        return of(LocalDate.now());
    }

    /** Parses {@code 2026Q3} (also {@code 2026q3}, {@code 2026-3}); null when it is not a quarter. */
    public static Quarter parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.trim().replace("-", ""));
        return m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** {@code 2026Q3}, as used in file names and on the command line. */
    public String code() {
        return year + "Q" + quarter;
    }

    /** {@code 2026年第3季度}. */
    public String label() {
        return year + "年第" + quarter + "季度";
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return code();
    }
}
