package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gridledger.logic.report.CountyText;
import cn.gridledger.logic.store.QuarterSubmissionRepository;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;

/**
 * The rule of #15 for every save path: a change to what a submitted quarter's reports counted needs a reason.
 * Without one it is refused ({@link SubmittedQuarterException}, nothing written); with one each such change is
 * kept in {@code late_edit} (one row per submitted quarter it touches), to be listed in the next export's 补充说明.
 *
 * <p>A dated fact touches the quarter of its day (the quarter's 新增/减少 and 本季度 figures) and, since every
 * report counts what held on a quarter's last day (and points add up), every later quarter too, up to the day
 * the fact stops mattering: a member who left in May is missing from the third quarter's count as well.
 */
final class SubmittedQuarterGuard {

    /**
     * One fact a save changes: {@code kind} 农户 / 成员 / 户状态 / 防返贫监测 / 积分 …, the record and its household,
     * what the note calls it ({@code 张三明户 李四 迁出}), its day (a month: its first day; null: undated, i.e.
     * always) and {@code through}: the first day its change no longer shows in the state on a day (null: never;
     * equal to {@code date}: only the quarter of the day is touched).
     */
    record DatedFact(String kind, String recordId, String householdId, String what, LocalDate date, LocalDate through) {

        /** A fact that holds from its day on (a new member, a departure, a status change …). */
        DatedFact(String kind, String recordId, String householdId, String what, LocalDate date) {
            this(kind, recordId, householdId, what, date, null);
        }

        /**
         * A day moved from {@code was} to {@code now}: the quarters of both days, and those whose last day lies
         * between, where the state differs. The caller says what an empty day means: {@link LocalDate#MIN} for
         * "always" (a since not given), {@link LocalDate#MAX} for "not yet" (not eliminated).
         */
        static List<DatedFact> moved(String kind, String recordId, String householdId, String what, LocalDate was,
                LocalDate now) {
            if (was.equals(now)) {
                return List.of();
            }
            LocalDate first = was.isBefore(now) ? was : now;
            LocalDate last = was.isBefore(now) ? now : was;
            boolean endless = last.equals(LocalDate.MAX);
            DatedFact span = new DatedFact(kind, recordId, householdId, what, first.equals(LocalDate.MIN) ? null : first,
                    endless ? null : last);
            return endless ? List.of(span) : List.of(span, new DatedFact(kind, recordId, householdId, what, last, last));
        }

        boolean touches(Quarter q) {
            if (date != null && Quarter.of(date).equals(q)) {
                return true;
            }
            LocalDate end = q.lastDay();
            return (date == null || !end.isBefore(date)) && (through == null || end.isBefore(through));
        }
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final QuarterSubmissionRepository repo = new QuarterSubmissionRepository();

    /**
     * Checks {@code facts} in the caller's transaction; with a reason, records the late edits.
     *
     * @return for the audit log: {@code ；已报送季度内的修改 2 项，原因：…}, or "" when no fact touches a submitted quarter
     * @throws SubmittedQuarterException when some fact does and {@code reason} is blank
     */
    String check(Connection c, List<DatedFact> facts, String reason, String who) throws SQLException {
        List<Late> late = lateOnes(c, facts);
        if (late.isEmpty()) {
            return "";
        }
        List<String> said = late.stream().map(Late::said).toList();
        if (reason == null || reason.isBlank()) {
            Set<String> quarters = new LinkedHashSet<>();
            late.forEach(l -> quarters.add(l.quarter().label()));
            throw new SubmittedQuarterException("这次修改涉及已报送的" + String.join("、", quarters) + "，需填写修改原因："
                    + String.join("；", said) + "。", said);
        }
        String at = LocalDateTime.now().format(AT);
        for (Late l : late) {
            DatedFact f = l.fact();
            repo.addLateEdit(c, new LateEdit(0, f.kind(), f.recordId(), f.householdId(),
                    f.date() == null ? l.quarter().lastDay() : f.date(), l.quarter(), f.what(), reason.trim(), who, at));
        }
        return "；已报送季度内的修改 " + late.size() + " 项（" + String.join("；", said) + "），原因：" + reason.trim();
    }

    /**
     * Only lists, for a preview that must not refuse (an import's dry run): what {@link #check} would name.
     *
     * @return e.g. {@code 张三明户 李四 迁出 2026.08.03（2026年第3季度）}; empty when no fact touches a submitted quarter
     */
    List<String> late(Connection c, List<DatedFact> facts) throws SQLException {
        return lateOnes(c, facts).stream().map(Late::said).toList();
    }

    /** The quarters of which some report has been submitted (an import gathers facts only when there are some). */
    Set<Quarter> submittedQuarters(Connection c) throws SQLException {
        Set<Quarter> submitted = new java.util.TreeSet<>(java.util.Comparator.comparing(Quarter::code));
        submitted.addAll(repo.submittedQuarters(c));
        return submitted;
    }

    /** Each fact with each submitted quarter it touches, named once. */
    private List<Late> lateOnes(Connection c, List<DatedFact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return List.of();
        }
        Set<Quarter> submitted = submittedQuarters(c);
        List<Late> late = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DatedFact f : facts) {
            for (Quarter q : submitted) {
                if (f.touches(q) && seen.add(f.what() + "|" + f.date() + "|" + q.code())) {
                    late.add(new Late(f, q));
                }
            }
        }
        return late;
    }

    /** A fact and one submitted quarter it touches. */
    private record Late(DatedFact fact, Quarter quarter) {
        String said() {
            boolean inside = fact.date() != null && Quarter.of(fact.date()).equals(quarter);
            return fact.what() + (fact.date() == null ? "" : " " + CountyText.date(fact.date().toString()))
                    + (inside ? "（" : "（影响") + quarter.label() + "）";
        }
    }
}
