package cn.gridledger.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date known to year, month or day precision. Cadre data (出生年月, 入党时间) is normally
 * month-precise, so a day is never invented: absent parts are stored as 0.
 * Storage form is {@link #toIso()} ({@code 1985}, {@code 1985-03}, {@code 1985-03-12}).
 */
public record FuzzyDate(int year, int month, int day) implements Comparable<FuzzyDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Comparator<FuzzyDate> ORDER = Comparator.comparingInt(FuzzyDate::year)
            .thenComparingInt(FuzzyDate::month).thenComparingInt(FuzzyDate::day);

    public FuzzyDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("年份超出范围：" + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("月份应为1–12：" + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("有日无月的日期无效");
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("日期不存在：" + year + "年" + month + "月" + day + "日");
            }
        }
    }

    public static FuzzyDate of(int year) {
        return new FuzzyDate(year, 0, 0);
    }

    public static FuzzyDate of(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("月份应为1–12：0");
        }
        return new FuzzyDate(year, month, 0);
    }

    public static FuzzyDate of(int year, int month, int day) {
        if (month == 0 || day == 0) {
            throw new IllegalArgumentException("日期不存在：" + year + "年" + month + "月" + day + "日");
        }
        return new FuzzyDate(year, month, day);
    }

    public static FuzzyDate of(LocalDate date) {
        return new FuzzyDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses the storage form only; user input goes through {@code logic.validate.Dates}. */
    public static FuzzyDate parseIso(String iso) {
        Objects.requireNonNull(iso, "iso");
        String[] parts = iso.trim().split("-", -1);
        try {
            return switch (parts.length) {
                case 1 -> of(fourDigits(parts[0]));
                case 2 -> of(fourDigits(parts[0]), twoDigits(parts[1]));
                case 3 -> of(fourDigits(parts[0]), twoDigits(parts[1]), twoDigits(parts[2]));
                default -> throw new IllegalArgumentException("日期存储格式无效：" + iso);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("日期存储格式无效：" + iso, e);
        }
    }

    private static int fourDigits(String s) {
        if (!s.matches("\\d{4}")) {
            throw new NumberFormatException(s);
        }
        return Integer.parseInt(s);
    }

    private static int twoDigits(String s) {
        if (!s.matches("\\d{2}")) {
            throw new NumberFormatException(s);
        }
        return Integer.parseInt(s);
    }

    public Precision precision() {
        if (day != 0) {
            return Precision.DAY;
        }
        return month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** Same date cut down to a coarser precision (never refined: a finer request keeps what is known). */
    public FuzzyDate truncatedTo(Precision p) {
        return switch (p) {
            case YEAR -> of(year);
            case MONTH -> month == 0 ? this : new FuzzyDate(year, month, 0);
            case DAY -> this;
        };
    }

    public String toIso() {
        return join("-", true);
    }

    /** County form: {@code 1985.03} / {@code 1985.03.12}. */
    public String toDisplay() {
        return join(".", true);
    }

    /** {@code 1985年3月}, {@code 1985年3月12日}. */
    public String toChinese() {
        StringBuilder sb = new StringBuilder().append(year).append('年');
        if (month != 0) {
            sb.append(month).append('月');
        }
        if (day != 0) {
            sb.append(day).append('日');
        }
        return sb.toString();
    }

    /** Hand-padded: String.format parsed its pattern on every call, and imports call this per cell. */
    private String join(String sep, boolean pad) {
        StringBuilder sb = new StringBuilder(10);
        for (int digits = year < 10 ? 3 : year < 100 ? 2 : year < 1000 ? 1 : 0; digits > 0; digits--) {
            sb.append('0');
        }
        sb.append(year);
        if (month != 0) {
            sb.append(sep);
            if (pad && month < 10) {
                sb.append('0');
            }
            sb.append(month);
        }
        if (day != 0) {
            sb.append(sep);
            if (pad && day < 10) {
                sb.append('0');
            }
            sb.append(day);
        }
        return sb.toString();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public LocalDate lastDay() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        YearMonth ym = YearMonth.of(year, month == 0 ? 12 : month);
        return ym.atEndOfMonth();
    }

    /** True when the given full date falls within this (possibly coarse) date. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(FuzzyDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
