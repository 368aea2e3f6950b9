package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.count;
import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.ReportFacts.Reserve;
import cn.gridledger.logic.report.ReportFacts.VillageRef;
import cn.gridledger.logic.report.ReportSettings.ReserveCriteria;

/** R5 后备力量台账: reserves grouped by village, each village closed by its 达标/未达标 check line. */
final class ReserveReport {

    private ReserveReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 5), text("村", 10), text("姓名", 9), text("性别", 5), text("出生年月", 9),
                count("年龄", 5), text("学历", 10), text("政治面貌", 10), text("现工作单位或职业", 16),
                text("入库时间", 9), text("拟培养方向", 12), text("培养措施", 16), text("联系电话", 13));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        ReportSettings s = ctx.settings();
        ReserveCriteria c = s.reserve();
        int educatedRank = s.educationIndex(c.educatedFrom());
        Map<Long, List<Reserve>> byVillage = new LinkedHashMap<>();
        List<VillageRef> villages = data.villages(ctx.villageId());
        villages.forEach(v -> byVillage.put(v.id(), new ArrayList<>()));
        for (Reserve r : data.reserves(ctx.asOf(), ctx.villageId())) {
            byVillage.computeIfAbsent(r.villageId(), k -> new ArrayList<>()).add(r);
        }
        List<ReportRow> rows = new ArrayList<>();
        int seq = 0;
        for (VillageRef v : villages) {
            List<Reserve> list = byVillage.get(v.id());
            long educated = 0;
            long inBand = 0;
            for (Reserve r : list) {
                Integer age = CountyText.age(r.birthDate(), ctx.asOf());
                int edu = s.highestEducation(r.eduFullTime(), r.eduInService());
                educated += edu >= 0 && edu <= educatedRank ? 1 : 0;
                inBand += age != null && age >= c.ageFrom() && age <= c.ageTo() ? 1 : 0;
                rows.add(ReportRow.data(String.valueOf(++seq), v.name(), CountyText.nz(r.name()),
                        CountyText.nz(r.gender()), CountyText.date(r.birthDate()), age == null ? null : (long) age,
                        highestWording(s, r), CountyText.nz(r.politicalStatus()), CountyText.nz(r.occupation()),
                        CountyText.date(r.entryDate()), CountyText.nz(r.direction()), CountyText.nz(r.training()),
                        CountyText.nz(r.phone())));
            }
            rows.add(ReportRow.span(v.name() + "：后备人数 " + list.size() + " 人（≥" + c.minCount() + "，"
                    + pass(list.size() >= c.minCount()) + "）；其中" + c.educatedFrom().replace("中专及高中", "高中")
                    + "及以上学历 " + educated + " 人（≥" + c.minEducated() + "，" + pass(educated >= c.minEducated())
                    + "）；其中40岁左右（" + c.ageFrom() + "–" + c.ageTo() + "岁）" + inBand + " 人（≥" + c.minAgeBand()
                    + "，" + pass(inBand >= c.minAgeBand()) + "）。"));
        }
        return ctx.table(ReportKind.RESERVE, header(), RowSource.of(rows), List.of(
                "注：年龄按统计截止日期计算周岁；学历取全日制教育与在职教育中的较高者；达标条件：后备人数≥" + c.minCount()
                        + "，其中" + c.educatedFrom().replace("中专及高中", "高中（含中专）") + "及以上学历≥" + c.minEducated() + "，其中40岁左右（" + c.ageFrom() + "–"
                        + c.ageTo() + "岁）≥" + c.minAgeBand() + "。"));
    }

    private static String pass(boolean ok) {
        return ok ? "达标" : "未达标";
    }

    /** The higher wording of full-time and in-service education, as entered. */
    private static String highestWording(ReportSettings s, Reserve r) {
        int a = s.educationRank(r.eduFullTime());
        int b = s.educationRank(r.eduInService());
        if (b >= 0 && (a < 0 || b < a)) {
            return r.eduInService();
        }
        return a >= 0 ? r.eduFullTime() : CountyText.nz(r.eduFullTime() != null ? r.eduFullTime() : r.eduInService());
    }
}
