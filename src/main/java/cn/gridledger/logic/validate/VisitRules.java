package cn.gridledger.logic.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.code.VisitType;

/**
 * The rules of a visit record, shared by the 走访 page, the household editor and anything that imports
 * visits later: a whole day (not in the future), a known type, at least one household and one visitor,
 * a follow-up with what to do and a due date not before the visit, closing with a result and a date
 * between the visit and today. Messages are keyed by field so a form can show each under its field.
 */
public final class VisitRules {

    /** Field keys of {@link #check} and {@link #checkClose}. */
    public static final String DATE = "走访日期";
    public static final String TYPE = "走访类型";
    public static final String HOUSEHOLDS = "走访农户";
    public static final String VISITORS = "走访人";
    public static final String FINDING = "走访情况";
    public static final String FOLLOW_UP = "需办理事项";
    public static final String DUE = "办理期限";
    public static final String RESULT = "办理结果";
    public static final String CLOSED = "办结日期";
    /** Longest finding / follow-up / result kept (a ledger cell, not a document). */
    public static final int MAX_TEXT = 2000;

    private VisitRules() {
    }

    /** The visitors as typed in one field: "王芳、李强" — separated by 、 , ， ; ； or spaces. */
    public static List<String> visitorNames(String typed) {
        if (typed == null) {
            return List.of();
        }
        return java.util.Arrays.stream(typed.split("[、,，;；\\s\u3000]+")).filter(s -> !s.isBlank()).toList();
    }

    /** A visit as typed: dates as text in any shape {@link Dates} reads. */
    public record Draft(String date, String type, List<String> households, List<String> visitors, String finding,
            boolean followUpNeeded, String followUp, String dueDate) {
    }

    /** The draft's values once every rule holds. */
    public record Checked(LocalDate date, VisitType type, List<String> households, List<String> visitors,
            String finding, boolean followUpNeeded, String followUp, LocalDate dueDate) {
    }

    /** Errors by field (empty when the draft is fine), in form order. */
    public static Map<String, String> check(Draft d, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = day(d.date(), DATE, true, errors);
        if (date != null && date.isAfter(today)) {
            errors.put(DATE, "走访日期不能晚于今天（" + today + "）。");
        }
        if (VisitType.match(d.type()).isEmpty()) {
            errors.put(TYPE, "请选择走访类型：" + String.join("、", VisitType.all().stream().map(VisitType::label).toList()) + "。");
        }
        if (cleaned(d.households()).isEmpty()) {
            errors.put(HOUSEHOLDS, "请至少选择一户。");
        }
        if (cleaned(d.visitors()).isEmpty()) {
            errors.put(VISITORS, "请填写走访人。");
        }
        tooLong(FINDING, d.finding(), errors);
        if (d.followUpNeeded()) {
            if (blank(d.followUp())) {
                errors.put(FOLLOW_UP, "需要后续办理时，请写明要办理的事项。");
            }
            tooLong(FOLLOW_UP, d.followUp(), errors);
            LocalDate due = day(d.dueDate(), DUE, true, errors);
            if (due != null && date != null && due.isBefore(date)) {
                errors.put(DUE, "办理期限 " + due + " 早于走访日期 " + date + "。");
            }
        }
        return errors;
    }

    /** The checked values; call only when {@link #check} found nothing. */
    public static Checked checked(Draft d) {
        LocalDate date = day(d.date(), DATE, true, new LinkedHashMap<>());
        return new Checked(date, VisitType.match(d.type()).orElseThrow(), cleaned(d.households()),
                cleaned(d.visitors()), trimmed(d.finding()), d.followUpNeeded(),
                d.followUpNeeded() ? trimmed(d.followUp()) : null,
                d.followUpNeeded() ? day(d.dueDate(), DUE, true, new LinkedHashMap<>()) : null);
    }

    /** Errors of closing a follow-up made on {@code visitDate}: a result and a day between it and today. */
    public static Map<String, String> checkClose(LocalDate visitDate, String result, String closedDate, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(result)) {
            errors.put(RESULT, "办结时请填写办理结果。");
        }
        tooLong(RESULT, result, errors);
        LocalDate closed = day(closedDate, CLOSED, true, errors);
        if (closed != null && closed.isAfter(today)) {
            errors.put(CLOSED, "办结日期不能晚于今天（" + today + "）。");
        } else if (closed != null && closed.isBefore(visitDate)) {
            errors.put(CLOSED, "办结日期 " + closed + " 早于走访日期 " + visitDate + "。");
        }
        return errors;
    }

    /** A whole day from text, or null (with the reason in {@code errors}). */
    public static LocalDate day(String raw, String field, boolean required, Map<String, String> errors) {
        if (blank(raw)) {
            if (required) {
                errors.put(field, "请填写" + field + "，如 2026-11-05。");
            }
            return null;
        }
        Parsed<FuzzyDate> p = Dates.parse(raw);
        if (p.hasError()) {
            errors.put(field, field + "：" + String.join("；", p.issues().stream().filter(Issue::isError)
                    .map(Issue::message).toList()));
            return null;
        }
        if (p.value() == null || p.value().precision() != FuzzyDate.Precision.DAY) {
            errors.put(field, field + "要写到日，如 2026-11-05。");
            return null;
        }
        return p.value().firstDay();
    }

    private static void tooLong(String field, String text, Map<String, String> errors) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            errors.put(field, field + "太长（" + text.strip().length() + " 字），最多 " + MAX_TEXT + " 字。");
        }
    }

    private static List<String> cleaned(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String t = trimmed(v);
                if (t != null && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Null for blank, else without the spaces around it (the member-change rules use it too). */
    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}
