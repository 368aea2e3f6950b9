package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.count;
import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.ReportFacts.CommitteePost;
import cn.gridledger.logic.report.ReportFacts.Reserve;
import cn.gridledger.logic.report.ReportFacts.VillageRef;

/**
 * R2 村干部队伍结构统计表: the 村两委 members at the statistics date, one row per village, then 合计.
 * A person holding two 两委 posts counts once. Villages whose 书记 is not 一肩挑 or that have fewer
 * reserves than required are highlighted.
 */
final class CadreStructureReport {

    private CadreStructureReport() {
    }

    static List<Column> header(ReportSettings s) {
        List<Column> ages = new ArrayList<>();
        s.ageLabels().forEach(l -> ages.add(count(l, 8)));
        ages.add(Column.decimal("平均年龄", 8));
        List<Column> edu = new ArrayList<>();
        s.educationGroups().forEach(g -> edu.add(count(g.label(), 8)));
        return List.of(text("序号", 5), text("村（社区）", 12), count("两委成员总数", 8),
                group("性别", count("女")), group("民族", count("少数民族", 8)), group("政治面貌", count("中共党员", 8)),
                group("年龄结构", ages), group("学历结构", edu),
                text("一肩挑（是/否）", 9), count("交叉任职人数", 8), count("后备力量人数", 8));
    }

    /** Running figures of one village (or the township for 合计). */
    private static final class Tally {
        long members;
        long women;
        long minority;
        long party;
        long[] ages;
        long ageSum;
        long ageKnown;
        long[] edu;
        long cross;
        long reserves;

        Tally(ReportSettings s) {
            ages = new long[s.ageLabels().size()];
            edu = new long[s.educationGroups().size()];
        }

        void add(Tally t) {
            members += t.members;
            women += t.women;
            minority += t.minority;
            party += t.party;
            ageSum += t.ageSum;
            ageKnown += t.ageKnown;
            cross += t.cross;
            reserves += t.reserves;
            for (int i = 0; i < ages.length; i++) {
                ages[i] += t.ages[i];
            }
            for (int i = 0; i < edu.length; i++) {
                edu[i] += t.edu[i];
            }
        }

        Object[] cells(String seq, String name, String oneShoulder) {
            List<Object> c = new ArrayList<>();
            c.add(seq);
            c.add(name);
            c.add(members);
            c.add(women);
            c.add(minority);
            c.add(party);
            for (long a : ages) {
                c.add(a);
            }
            // ratios and averages are recomputed from the totals, never summed
            c.add(ageKnown == 0 ? null : Math.round(ageSum * 10.0 / ageKnown) / 10.0);
            for (long e : edu) {
                c.add(e);
            }
            c.add(oneShoulder);
            c.add(cross);
            c.add(reserves);
            return c.toArray();
        }
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        ReportSettings s = ctx.settings();
        Map<Long, Map<Long, List<CommitteePost>>> byVillage = new LinkedHashMap<>();
        for (CommitteePost p : data.committeePosts(ctx.asOf(), ctx.villageId())) {
            if (!ReportCodes.isTwoCommittees(p.postType())) {
                continue;
            }
            byVillage.computeIfAbsent(p.villageId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        }
        Map<Long, Long> reserves = new LinkedHashMap<>();
        for (Reserve r : data.reserves(ctx.asOf(), ctx.villageId())) {
            reserves.merge(r.villageId(), 1L, Long::sum);
        }
        List<ReportRow> rows = new ArrayList<>();
        Tally total = new Tally(s);
        int yes = 0;
        int no = 0;
        int seq = 0;
        for (VillageRef v : data.villages(ctx.villageId())) {
            Tally t = new Tally(s);
            boolean oneShoulder = false;
            for (List<CommitteePost> posts : byVillage.getOrDefault(v.id(), Map.of()).values()) {
                CommitteePost p = posts.get(0);
                t.members++;
                t.women += "女".equals(p.gender()) ? 1 : 0;
                t.minority += ReportCodes.isMinority(p.ethnicity()) ? 1 : 0;
                t.party += ReportCodes.isPartyMember(p.politicalStatus()) ? 1 : 0;
                Integer age = CountyText.age(p.birthDate(), ctx.asOf());
                if (age != null) {
                    t.ages[s.ageBucket(age)]++;
                    t.ageSum += age;
                    t.ageKnown++;
                }
                int edu = s.highestEducation(p.eduFullTime(), p.eduInService());
                if (edu >= 0) {
                    t.edu[edu]++;
                }
                boolean cross = false;
                for (CommitteePost q : posts) {
                    oneShoulder |= q.oneShoulder() || ReportCodes.isOneShoulderPost(q.postType());
                    cross |= q.crossPost();
                }
                t.cross += cross ? 1 : 0;
            }
            t.reserves = reserves.getOrDefault(v.id(), 0L);
            total.add(t);
            if (oneShoulder) {
                yes++;
            } else {
                no++;
            }
            boolean flagged = !oneShoulder || t.reserves < s.reserve().minCount();
            rows.add(ReportRow.of(flagged ? ReportRow.Kind.HIGHLIGHT : ReportRow.Kind.DATA,
                    t.cells(String.valueOf(++seq), v.name(), CountyText.yesNo(oneShoulder))));
        }
        rows.add(ReportRow.of(ReportRow.Kind.TOTAL, total.cells("", "合计", "是" + yes + "个，否" + no + "个")));
        return ctx.table(ReportKind.CADRE_STRUCTURE, header(s), RowSource.of(rows), List.of(
                "注：" + s.ageNote() + "。" + s.educationNote() + "。",
                "两委成员按统计截止日期在任的村党组织和村委会成员计（不含村务监督委员会），一人多职只计一次；民族、政治面貌按国家标准代码归类，中共党员含预备党员；平均年龄保留一位小数；"
                        + "书记未一肩挑或后备力量少于" + s.reserve().minCount() + "人的村以底色标出。"));
    }
}
