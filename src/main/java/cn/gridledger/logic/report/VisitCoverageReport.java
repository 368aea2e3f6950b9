package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.count;
import static cn.gridledger.logic.report.Column.rate;
import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.model.code.VisitType;

/**
 * R7 走访工作统计表: one row per grid, a 小计 row after each village's grids, then 合计. Coverage is
 * visited households / households as an exact percentage with two decimals (BigDecimal, half up),
 * recomputed from the counts on 小计 and 合计 rows, never summed.
 */
final class VisitCoverageReport {

    /** Count columns after the three name columns and before/after the coverage column. */
    private static final int BEFORE_RATE = 2;

    private VisitCoverageReport() {
    }

    static List<Column> header() {
        List<Column> byType = new ArrayList<>();
        byType.add(count("合计"));
        for (VisitType t : VisitType.values()) {
            byType.add(count(t.label(), Math.max(7, t.label().length() * 2 + 1)));
        }
        return List.of(text("序号", 5), text("村（社区）", 12), text("网格", 14),
                group("农户", count("户数", 7), count("已走访户数", 9), rate("走访覆盖率（%）", 10)),
                group("监测户", count("户数", 7), count("已走访户数", 9)),
                group("走访次数", byType),
                group("需办理事项", count("未办结", 7), count("其中逾期", 8)));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        List<ReportRow> rows = new ArrayList<>();
        long[] total = new long[figures(null).length];
        long[] village = new long[total.length];
        Long currentVillage = null;
        String villageName = null;
        int seq = 0;
        for (VisitCoverage g : data.visitCoverage(ctx.quarter(), ctx.villageId())) {
            if (currentVillage != null && currentVillage != g.villageId()) {
                rows.add(sumRow(ReportRow.Kind.TOTAL, "", villageName, "小计", village));
                village = new long[total.length];
            }
            currentVillage = g.villageId();
            villageName = g.village();
            long[] f = figures(g);
            for (int i = 0; i < f.length; i++) {
                village[i] += f[i];
                total[i] += f[i];
            }
            rows.add(sumRow(ReportRow.Kind.DATA, String.valueOf(++seq), g.village(), g.grid(), f));
        }
        if (currentVillage != null) {
            rows.add(sumRow(ReportRow.Kind.TOTAL, "", villageName, "小计", village));
        }
        rows.add(sumRow(ReportRow.Kind.TOTAL, "", "合计", "", total));
        return ctx.table(ReportKind.VISITS, header(), RowSource.of(rows), List.of(
                "注：统计期间为" + ctx.quarterSpan() + "。户数、监测户按统计截止日期在册的户计（监测户为当日风险未消除的户），"
                        + "本季度有走访记录的户为已走访户；走访覆盖率＝已走访户数÷户数×100%，保留两位小数，小计、合计按户数重新计算；"
                        + "一次走访多户的，走访次数计1次、各户均为已走访；未办结为截止日期尚未办结的需办理事项，"
                        + "其中逾期为办理期限早于截止日期的。"));
    }

    /** The percentage of {@code part} in {@code whole}, two decimals; null (empty cell) when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }

    private static ReportRow sumRow(ReportRow.Kind kind, String seq, String village, String grid, long[] f) {
        Object[] cells = new Object[3 + f.length + 1];
        cells[0] = seq;
        cells[1] = village;
        cells[2] = grid;
        int col = 3;
        for (int i = 0; i < f.length; i++) {
            cells[col++] = f[i];
            if (i == BEFORE_RATE - 1) {
                cells[col++] = percent(f[1], f[0]);
            }
        }
        return ReportRow.of(kind, cells);
    }

    /** households, visited | monitored, monitored visited, visits (all, by type) | open, overdue. */
    private static long[] figures(VisitCoverage g) {
        VisitType[] types = VisitType.values();
        long[] f = new long[4 + 1 + types.length + 2];
        if (g == null) {
            return f;
        }
        f[0] = g.households();
        f[1] = g.visited();
        f[2] = g.monitored();
        f[3] = g.monitoredVisited();
        for (int i = 0; i < types.length; i++) {
            f[5 + i] = g.visits(types[i].label());
            f[4] += f[5 + i];
        }
        f[5 + types.length] = g.open();
        f[6 + types.length] = g.overdue();
        return f;
    }
}
