package cn.gridledger.logic.service;

import java.util.List;

import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.service.VisitService.VisitInput;

/**
 * Visits on {@code ReportFixture}'s township whose R7 figures for 2026Q3 are worked out by hand in
 * {@code VisitReportTest}: two in 一组网格 (one covering h1 and h6, with an open overdue follow-up), one in
 * 二组网格 closed after the quarter, one in 太平一网格 closed within it, one for a household that ended in
 * September, and visits outside the quarter or deleted that must not count.
 */
final class VisitFixture {

    private VisitFixture() {
    }

    static void add(AppServices app) {
        CurrentUser before = app.session().current();
        app.session().signIn(CurrentUser.COMMAND_LINE);
        try {
            VisitService v = app.visits();
            v.record(in("2026-07-10", "入户走访", List.of("h1"), false, null));
            v.record(in("2026-08-05", "防返贫排查", List.of("h1", "h6"), true, "2026-08-20"));
            String dispute = v.record(in("2026-09-01", "矛盾调解", List.of("h3"), true, "2026-10-15"));
            v.close(dispute, "双方达成协议", "2026-10-10");
            String errand = v.record(in("2026-09-20", "民事代办", List.of("h5"), true, "2026-09-25"));
            v.close(errand, "已代办医保报销", "2026-09-24");
            v.record(in("2026-08-15", "入户走访", List.of("h7"), false, null));
            v.record(in("2026-10-02", "政策宣传", List.of("h2"), false, null));
            v.record(in("2026-06-30", "其他", List.of("h2"), false, null));
            String mistake = v.record(in("2026-07-20", "入户走访", List.of("h2"), false, null));
            v.delete(mistake);
        } finally {
            app.session().signIn(before);
        }
    }

    static VisitInput in(String date, String type, List<String> households, boolean followUp, String due) {
        return new VisitInput(date, type, households, List.of("网格员甲"), "了解家庭收入和就医情况", followUp,
                followUp ? "协调办理" : null, due);
    }
}
