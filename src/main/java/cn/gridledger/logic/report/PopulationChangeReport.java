package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.ReportFacts.PopulationChange;

/**
 * R6 人口变动花名册: each person who joined (新增) or left (减少) a household in the quarter, village by
 * village, with the event, its day, the grid and the note; each village closed by its 小计 line and the
 * list by 合计, counted by event (出生 2 人、迁入 1 人 …).
 */
final class PopulationChangeReport {

    private PopulationChangeReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 5), text("村（社区）", 10), text("网格", 14), text("户编号", 13), text("户主姓名", 9),
                text("姓名", 9), text("性别", 5), text("身份证号", 20),
                group("变动情况", text("类型", 6), text("原因", 7), text("日期", 11)), text("说明", 18));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        List<ReportRow> rows = new ArrayList<>();
        Counts total = new Counts();
        Counts village = new Counts();
        Long current = null;
        String currentName = null;
        int seq = 0;
        for (PopulationChange p : data.populationChanges(ctx.quarter(), ctx.villageId())) {
            if (current != null && current != p.villageId()) {
                rows.add(ReportRow.span(currentName + " 小计：" + village));
                village = new Counts();
            }
            current = p.villageId();
            currentName = CountyText.nz(p.village());
            village.add(p);
            total.add(p);
            rows.add(ReportRow.data(String.valueOf(++seq), CountyText.nz(p.village()), CountyText.nz(p.grid()),
                    CountyText.nz(p.hhNumber()), CountyText.nz(p.headName()), CountyText.nz(p.name()),
                    CountyText.nz(p.gender()), CountyText.nz(p.idNumber()), p.arrival() ? "新增" : "减少", p.event(),
                    CountyText.nz(p.date()), CountyText.nz(p.note())));
        }
        if (current != null) {
            rows.add(ReportRow.span(currentName + " 小计：" + village));
        }
        rows.add(ReportRow.span("合计：" + total));
        return ctx.table(ReportKind.CHANGES, header(), RowSource.of(rows), List.of(
                "注：统计期间为" + ctx.quarterSpan() + "。列出本期间在农户录入中登记的成员入户（出生、迁入、合户、其他入户）"
                        + "和移出（迁出、死亡、分户、其他移出），网格为变动当日农户所在网格；导入台账时的成员变化不在此表中。"));
    }

    /** 新增 N 人（出生 a 人、迁入 b 人），减少 M 人（死亡 c 人）. */
    private static final class Counts {
        private final Map<String, Integer> in = new LinkedHashMap<>();
        private final Map<String, Integer> out = new LinkedHashMap<>();

        void add(PopulationChange p) {
            (p.arrival() ? in : out).merge(p.event(), 1, Integer::sum);
        }

        @Override
        public String toString() {
            return "新增 " + sum(in) + " 人" + detail(in) + "，减少 " + sum(out) + " 人" + detail(out) + "。";
        }

        private static int sum(Map<String, Integer> m) {
            return m.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String detail(Map<String, Integer> m) {
            if (m.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + " " + v + " 人"));
            return "（" + String.join("、", parts) + "）";
        }
    }
}
