package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.count;
import static cn.gridledger.logic.report.Column.text;

import java.util.List;

/**
 * R4 积分制管理季度汇总表: one row per household, villages in order, households ranked within their
 * village by the quarter's score (equal scores share a rank: 1, 1, 3; ranked and ordered by the query),
 * streamed from the query into the sheet.
 */
final class PointsReport {

    private PointsReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 6), text("村", 10), text("网格", 12), text("户主姓名", 9), count("本季度加分", 7),
                count("本季度减分", 7), count("本季度得分", 7), count("累计积分", 7), count("累计兑换", 7),
                count("剩余积分", 7), count("村内排名", 6), text("备注", 10));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        RowSource rows = (limit, sink) -> {
            long[] total = new long[6];
            int[] seq = {0};
            data.householdPoints(ctx.quarter(), ctx.villageId(), ctx.gridId(), p -> {
                long[] f = {p.added(), p.deducted(), p.added() - p.deducted(), p.earnedToDate(), p.redeemedToDate(),
                    p.earnedToDate() - p.redeemedToDate()};
                for (int k = 0; k < f.length; k++) {
                    total[k] += f[k];
                }
                if (++seq[0] <= limit) {
                    sink.accept(ReportRow.data(String.valueOf(seq[0]), p.village(), CountyText.nz(p.grid()),
                            CountyText.nz(p.headName()), f[0], f[1], f[2], f[3], f[4], f[5], p.villageRank(), ""));
                }
            });
            sink.accept(ReportRow.of(ReportRow.Kind.TOTAL, new Object[] {"", "合计", "", seq[0] + "户", total[0],
                total[1], total[2], total[3], total[4], total[5], "", ""}));
        };
        return ctx.table(ReportKind.POINTS, header(), rows, List.of(
                "注：本季度指" + ctx.quarterSpan() + "；本季度得分＝本季度加分－本季度减分；"
                        + "累计积分、累计兑换计至统计截止日期，剩余积分＝累计积分－累计兑换；"
                        + "村内排名按本季度得分从高到低，得分相同名次相同。"));
    }
}
