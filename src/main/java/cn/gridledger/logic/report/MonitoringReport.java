package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.count;
import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.report.ReportFacts.MonitoredHousehold;
import cn.gridledger.model.Quarter;

/**
 * R3 防返贫监测对象台账: one row per household monitored by the statistics date, then the summary
 * block (本季度新增, 本季度消除, 期末风险未消除).
 */
final class MonitoringReport {

    private MonitoringReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 5), text("村", 10), text("网格", 12), text("户编号", 20), text("户主姓名", 9),
                text("户主身份证号", 21), count("家庭人口", 6), text("监测对象类别", 13),
                group("致贫返贫风险", text("风险1", 10), text("风险2", 10), text("风险3", 10)),
                text("识别监测时间", 9), text("帮扶措施", 18), text("帮扶责任人", 9), text("联系电话", 13),
                text("风险是否消除", 7), text("风险消除方式", 9), text("风险消除时间", 9),
                text("本季度变动（新增/消除/无）", 11));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        Quarter q = ctx.quarter();
        String from = q.firstDay().toString().substring(0, 7);
        String to = q.lastDay().toString().substring(0, 7);
        List<ReportRow> rows = new ArrayList<>();
        long added = 0;
        long removed = 0;
        long open = 0;
        long people = 0;
        int seq = 0;
        for (MonitoredHousehold m : data.monitoredHouseholds(ctx.asOf(), ctx.villageId(), ctx.gridId())) {
            boolean isNew = within(m.identifiedMonth(), from, to);
            boolean isGone = m.eliminated() && within(m.eliminatedMonth(), from, to);
            added += isNew ? 1 : 0;
            removed += isGone ? 1 : 0;
            open += m.eliminated() ? 0 : 1;
            people += m.members();
            String change = isNew && isGone ? "新增、消除" : isNew ? "新增" : isGone ? "消除" : "无";
            rows.add(ReportRow.data(String.valueOf(++seq), m.village(), CountyText.nz(m.grid()),
                    CountyText.nz(m.hhNumber()), CountyText.nz(m.headName()), CountyText.nz(m.headIdNumber()),
                    m.members(), CountyText.nz(m.category()), CountyText.nz(m.risk1()), CountyText.nz(m.risk2()),
                    CountyText.nz(m.risk3()), CountyText.date(m.identifiedMonth()), CountyText.nz(m.measures()),
                    CountyText.nz(m.contactName()), CountyText.nz(m.contactPhone()), CountyText.yesNo(m.eliminated()),
                    m.eliminated() ? CountyText.nz(m.eliminationMethod()) : "",
                    m.eliminated() ? CountyText.date(m.eliminatedMonth()) : "", change));
        }
        Object[] total = new Object[header().stream().mapToInt(Column::span).sum()];
        java.util.Arrays.fill(total, "");
        total[1] = "合计";
        total[2] = seq + "户";
        total[6] = people;
        rows.add(ReportRow.of(ReportRow.Kind.TOTAL, total));
        rows.add(ReportRow.span("本季度新增 " + added + " 户，本季度消除 " + removed + " 户，期末风险未消除 " + open + " 户。"));
        return ctx.table(ReportKind.MONITORING, header(), RowSource.of(rows), List.of(
                "注：列入截至" + CountyText.longDate(ctx.asOf()) + "已识别的全部监测户（含风险已消除户），"
                        + "风险是否消除以统计截止日期的状态为准；本季度指" + ctx.quarterSpan() + "，"
                        + "识别监测时间在本季度内为“新增”，风险消除时间在本季度内为“消除”。"));
    }

    private static boolean within(String month, String from, String to) {
        if (month == null || month.length() < 7) {
            return false;
        }
        String m = month.substring(0, 7);
        return m.compareTo(from) >= 0 && m.compareTo(to) <= 0;
    }
}
