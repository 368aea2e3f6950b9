package cn.gridledger.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * PLACEHOLDER until the validators branch lands: a date known to the year, month or day.
 * Month precision is normal for cadre data (出生年月); a day is never invented.
 */
public record FuzzyDate(int year, Integer month, Integer day) {

    public enum Precision { YEAR, MONTH, DAY }

    public static FuzzyDate of(int y) {
        return new FuzzyDate(y, null, null);
    }

    public static FuzzyDate of(int y, int m) {
        YearMonth.of(y, m);
        return new FuzzyDate(y, m, null);
    }

    public static FuzzyDate of(int y, int m, int d) {
        LocalDate.of(y, m, d);
        return new FuzzyDate(y, m, d);
    }

    public static FuzzyDate of(LocalDate date) {
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    public String toIso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    public static FuzzyDate parseIso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = text.trim().split("-");
        return switch (p.length) {
            case 1 -> of(Integer.parseInt(p[0]));
            case 2 -> of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            default -> of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        };
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public LocalDate lastDay() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }
}
