package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gridledger.logic.report.CountyText;
import cn.gridledger.logic.store.QuarterSubmissionRepository;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;

/**
 * The rule of #15 for every save path: a change whose date (old or new) falls inside a quarter already
 * submitted needs a reason. Without one it is refused ({@link SubmittedQuarterException}, nothing written);
 * with one each such change is kept in {@code late_edit}, to be listed in the next export's 补充说明.
 */
final class SubmittedQuarterGuard {

    /**
     * One dated fact a save changes: {@code kind} 农户 / 成员 / 户状态 / 防返贫监测, the record and its household,
     * what the note calls it ({@code 张三明户 李四 迁出日期}), and the day (a month: its first day).
     */
    record DatedFact(String kind, String recordId, String householdId, String what, LocalDate date) {
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final QuarterSubmissionRepository repo = new QuarterSubmissionRepository();

    /**
     * Checks {@code facts} in the caller's transaction; with a reason, records the late edits.
     *
     * @return for the audit log: {@code ；已报送季度内的修改 2 项，原因：…}, or "" when no fact is in a submitted quarter
     * @throws SubmittedQuarterException when some fact is and {@code reason} is blank
     */
    String check(Connection c, List<DatedFact> facts, String reason, String who) throws SQLException {
        List<DatedFact> late = lateOnes(c, facts);
        if (late.isEmpty()) {
            return "";
        }
        List<String> said = said(late);
        if (reason == null || reason.isBlank()) {
            Set<String> quarters = new LinkedHashSet<>();
            late.forEach(f -> quarters.add(Quarter.of(f.date()).label()));
            throw new SubmittedQuarterException("该日期属于已报送的" + String.join("、", quarters) + "，修改需填写原因："
                    + String.join("；", said) + "。", said);
        }
        String at = LocalDateTime.now().format(AT);
        for (DatedFact f : late) {
            repo.addLateEdit(c, new LateEdit(0, f.kind(), f.recordId(), f.householdId(), f.date(), Quarter.of(f.date()),
                    f.what(), reason.trim(), who, at));
        }
        return "；已报送季度内的修改 " + late.size() + " 项（" + String.join("；", said) + "），原因：" + reason.trim();
    }

    /**
     * Only lists, for a preview that must not refuse (an import's dry run): what {@link #check} would name.
     *
     * @return e.g. {@code 张三明户 李四 迁出 2026.08.03（2026年第3季度）}; empty when no fact is in a submitted quarter
     */
    List<String> late(Connection c, List<DatedFact> facts) {
        return said(lateOnes(c, facts));
    }

    /** The quarters of which some report has been submitted (an import keeps only facts dated in them). */
    Set<Quarter> submittedQuarters(Connection c) throws SQLException {
        return repo.submittedQuarters(c);
    }

    /** The facts inside a submitted quarter, each named once. */
    private List<DatedFact> lateOnes(Connection c, List<DatedFact> facts) {
        Map<Quarter, Boolean> submitted = new HashMap<>();
        List<DatedFact> late = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DatedFact f : facts) {
            Quarter q = Quarter.of(f.date());
            if (submitted.computeIfAbsent(q, k -> isSubmitted(c, k)) && seen.add(f.what() + f.date())) {
                late.add(f);
            }
        }
        return late;
    }

    private static List<String> said(List<DatedFact> late) {
        return late.stream().map(f -> f.what() + " " + CountyText.date(f.date().toString())
                + "（" + Quarter.of(f.date()).label() + "）").toList();
    }

    private boolean isSubmitted(Connection c, Quarter q) {
        try {
            return repo.isSubmitted(c, q);
        } catch (SQLException e) {
            throw new cn.gridledger.logic.store.StoreException("读取报送记录失败", e);
        }
    }
}
