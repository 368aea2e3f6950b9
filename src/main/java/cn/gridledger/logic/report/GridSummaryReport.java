package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.count;
import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gridledger.logic.report.ReportFacts.VillageCounts;
import cn.gridledger.logic.report.ReportFacts.VillageRef;

/** R1 网格基本情况统计表: one row per village, then 合计. */
final class GridSummaryReport {

    private GridSummaryReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 5), text("村（社区）", 12),
                group("网格数", count("合计"), count("基础网格"), count("专属网格")),
                group("网格员", count("合计"), count("专职"), count("兼职")),
                count("户数", 8),
                group("人口", count("户籍人口", 9), count("常住人口", 9)),
                group("十户一组", count("组数")),
                group("脱贫户", count("户数"), count("人数")),
                group("监测对象", count("户数"), count("人数"), count("其中风险已消除户数", 11)),
                count("党员数", 7),
                group("示范户", count("美丽庭院", 9), count("干净人家", 9), count("文明示范户", 10)));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        Map<Long, VillageCounts> byVillage = data.villageCounts(ctx.asOf(), ctx.villageId()).stream()
                .collect(Collectors.toMap(VillageCounts::villageId, Function.identity()));
        List<ReportRow> rows = new ArrayList<>();
        long[] total = new long[figures(empty(0)).length];
        int seq = 0;
        for (VillageRef v : data.villages(ctx.villageId())) {
            VillageCounts c = byVillage.getOrDefault(v.id(), empty(v.id()));
            long[] f = figures(c);
            Object[] cells = new Object[2 + f.length];
            cells[0] = String.valueOf(++seq);
            cells[1] = v.name();
            for (int i = 0; i < f.length; i++) {
                cells[2 + i] = f[i];
                total[i] += f[i];
            }
            rows.add(ReportRow.of(ReportRow.Kind.DATA, cells));
        }
        rows.add(Totals.row(total));
        return ctx.table(ReportKind.GRID_SUMMARY, header(), RowSource.of(rows), List.of(
                "注：统计截止日期为" + CountyText.longDate(ctx.asOf()) + "，户数、人口按当日在册的户和人计算；"
                        + "网格员按当日在岗人数计；常住人口为登记为常住的家庭成员；"
                        + "监测对象含风险已消除户，风险消除以当日已消除为准；党员数含预备党员；"
                        + "示范户按截至" + ctx.quarter().year() + "年获评（任一级别）的户计。"));
    }

    private static long[] figures(VillageCounts c) {
        return new long[] {c.grids(), c.basicGrids(), c.dedicatedGrids(), c.gridWorkers(), c.fullTimeWorkers(),
            c.partTimeWorkers(), c.households(), c.registered(), c.resident(), c.tenGroups(), c.povertyHouseholds(),
            c.povertyPeople(), c.monitoredHouseholds(), c.monitoredPeople(), c.eliminatedHouseholds(),
            c.partyMembers(), c.beautifulCourtyards(), c.cleanHomes(), c.civilizedHomes()};
    }

    private static VillageCounts empty(long villageId) {
        return new VillageCounts(villageId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
