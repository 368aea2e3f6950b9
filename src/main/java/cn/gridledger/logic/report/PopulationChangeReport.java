package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.ReportFacts.HouseholdChange;
import cn.gridledger.logic.report.ReportFacts.PopulationChange;

/**
 * R6 人口变动花名册: each person who joined (新增) or left (减少) a household in the quarter, then each
 * household that began (新增户) or ended (减少户) in it, village by village, with the event, its day, the
 * grid and the note; each village closed by its 小计 line and the list by 合计, persons and households
 * counted separately by event (出生 2 人、迁入 1 人 …；分户 1 户 …).
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
        Map<Long, List<PopulationChange>> persons = byVillage(data.populationChanges(ctx.quarter(), ctx.villageId()),
                PopulationChange::villageId);
        Map<Long, List<HouseholdChange>> households = byVillage(data.householdChanges(ctx.quarter(), ctx.villageId()),
                HouseholdChange::villageId);
        List<Long> order = new ArrayList<>();
        data.villages(ctx.villageId()).forEach(v -> order.add(v.id()));
        persons.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        households.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);

        List<ReportRow> rows = new ArrayList<>();
        Counts total = new Counts();
        int seq = 0;
        for (long villageId : order) {
            List<PopulationChange> ps = persons.getOrDefault(villageId, List.of());
            List<HouseholdChange> hs = households.getOrDefault(villageId, List.of());
            if (ps.isEmpty() && hs.isEmpty()) {
                continue;
            }
            Counts village = new Counts();
            String name = null;
            for (PopulationChange p : ps) {
                name = CountyText.nz(p.village());
                village.add(p);
                total.add(p);
                rows.add(ReportRow.data(String.valueOf(++seq), CountyText.nz(p.village()), CountyText.nz(p.grid()),
                        CountyText.nz(p.hhNumber()), CountyText.nz(p.headName()), CountyText.nz(p.name()),
                        CountyText.nz(p.gender()), CountyText.nz(p.idNumber()), p.arrival() ? "新增" : "减少", p.event(),
                        CountyText.nz(p.date()), CountyText.nz(p.note())));
            }
            for (HouseholdChange h : hs) {
                name = CountyText.nz(h.village());
                village.add(h);
                total.add(h);
                rows.add(ReportRow.data(String.valueOf(++seq), CountyText.nz(h.village()), CountyText.nz(h.grid()),
                        CountyText.nz(h.hhNumber()), CountyText.nz(h.headName()), "全户 " + h.persons() + " 人", "", "",
                        h.arrival() ? "新增户" : "减少户", h.event(), CountyText.nz(h.date()), CountyText.nz(h.note())));
            }
            rows.add(ReportRow.span(name + " 小计：" + village));
        }
        rows.add(ReportRow.span("合计：" + total));
        return ctx.table(ReportKind.CHANGES, header(), RowSource.of(rows), List.of(
                "注：统计期间为" + ctx.quarterSpan() + "。列出本期间在农户录入中登记的成员入户（出生、迁入、合户、其他入户）"
                        + "和移出（迁出、死亡、分户、其他移出），网格为变动当日农户所在网格；导入台账时的成员变化不在此表中。",
                "新增户、减少户：本期间立户（分户、迁入等，按立户当日登记的原因）和销户（合户、迁出等；未登记原因的为注销）的农户，"
                        + "人数为当日全户人数，不重复计入上面的人员变动；导入台账新建的农户、在本乡镇内转网格的农户不计。"));
    }

    private static <T> Map<Long, List<T>> byVillage(List<T> list, java.util.function.ToLongFunction<T> village) {
        Map<Long, List<T>> out = new LinkedHashMap<>();
        for (T t : list) {
            out.computeIfAbsent(village.applyAsLong(t), k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** 新增 N 人（出生 a 人、迁入 b 人），减少 M 人（死亡 c 人）；新增 K 户（分户 d 户），减少 L 户. */
    private static final class Counts {
        private final Map<String, Integer> in = new LinkedHashMap<>();
        private final Map<String, Integer> out = new LinkedHashMap<>();
        private final Map<String, Integer> hhIn = new LinkedHashMap<>();
        private final Map<String, Integer> hhOut = new LinkedHashMap<>();

        void add(PopulationChange p) {
            (p.arrival() ? in : out).merge(p.event(), 1, Integer::sum);
        }

        void add(HouseholdChange h) {
            (h.arrival() ? hhIn : hhOut).merge(h.event(), 1, Integer::sum);
        }

        @Override
        public String toString() {
            return "新增 " + sum(in) + " 人" + detail(in, "人") + "，减少 " + sum(out) + " 人" + detail(out, "人")
                    + "；新增 " + sum(hhIn) + " 户" + detail(hhIn, "户") + "，减少 " + sum(hhOut) + " 户"
                    + detail(hhOut, "户") + "。";
        }

        private static int sum(Map<String, Integer> m) {
            return m.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String detail(Map<String, Integer> m, String unit) {
            if (m.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + " " + v + " " + unit));
            return "（" + String.join("、", parts) + "）";
        }
    }
}
