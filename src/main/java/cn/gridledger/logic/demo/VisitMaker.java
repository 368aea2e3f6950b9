package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import cn.gridledger.logic.demo.CadreMaker.VillageCadres;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.PersonRow;
import cn.gridledger.logic.demo.DemoRows.VisitRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;

/**
 * A year of the grid workers' visits: on average {@link #PER_HOUSEHOLD} per household (a quarterly round),
 * more 防返贫排查 for monitored households, 政策宣传 rounds covering neighbours, 民事代办 and 矛盾调解 with
 * follow-ups that are mostly closed, some still open and a few overdue. Draws from its own Random so
 * that adding visits left every other generated row as it was.
 */
final class VisitMaker {

    /** Visits per household: 50,000 households give the 200,000 visits {@code bench} times. */
    static final int PER_HOUSEHOLD = 4;
    private static final String[] TYPES = {"入户走访", "防返贫排查", "矛盾调解", "民事代办", "政策宣传", "其他"};
    private static final int[] WEIGHTS = {50, 12, 5, 16, 12, 5};
    private static final String[][] FINDINGS = {
        {"家中老人身体状况良好，生活正常", "了解家庭收入和务工情况", "户主反映灌溉渠堵塞", "住房安全，改厕已完成"},
        {"家庭收入稳定，无返贫风险", "家中有人住院，医疗支出较大", "外出务工人员返乡，收入下降", "因灾房屋受损，需核实"},
        {"邻里因宅基地边界发生纠纷", "家庭赡养纠纷", "土地流转费用争议"},
        {"申请代办养老保险认证", "代办医保报销手续", "代办残疾证年审", "代办低保年审材料"},
        {"宣传医保缴费政策", "宣传防诈骗知识", "宣传秸秆禁烧", "宣传防返贫监测申报渠道"},
        {"核对家庭成员信息", "收集村民意见建议"}};
    private static final String[][] FOLLOW_UPS = {
        {"联系村委会协调解决"}, {"纳入监测对象预警核实", "协调医疗救助"}, {"组织双方再次调解", "报乡司法所协调"},
        {"到乡便民服务中心办理", "材料报送县医保局"}, {"发放宣传材料"}, {"核实后更新台账"}};
    private static final String[] RESULTS = {"已办结，群众满意", "已协调解决", "已办理完毕并回访", "双方达成一致"};

    private final Random rnd;
    private final LocalDate ref;
    private long serial;
    /** 户主 name and 户编号 of each household of the village being made, for the visits' search column. */
    private final Map<String, String> heads = new java.util.HashMap<>();

    VisitMaker(long seed, LocalDate ref) {
        this.rnd = new Random(seed * 31 + 17);
        this.ref = ref;
    }

    void visits(VillageData vd, VillageCadres cadres) {
        Map<Long, PersonRow> workers = cadres.gridWorkerPersons();
        workers.forEach((grid, person) -> vd.gridMonitors.put(grid, person.id));
        java.util.Set<String> monitored = new java.util.HashSet<>();
        vd.monitoring.forEach(m -> monitored.add(m.householdId()));
        List<HouseholdRow> households = vd.households;
        for (HouseholdRow h : households) {
            heads.put(h.id, h.members.stream().filter(m -> m.relation.equals("户主")).map(m -> m.person.name).findFirst()
                    .orElse("") + " " + (h.hhNumber == null ? "" : h.hhNumber));
        }
        for (int i = 0; i < households.size(); i++) {
            HouseholdRow h = households.get(i);
            for (int k = 0; k < PER_HOUSEHOLD; k++) {
                int type = monitored.contains(h.id) && rnd.nextInt(3) == 0 ? 1 : weighted();
                List<String> covered = new ArrayList<>(List.of(h.id));
                if (type == 4) {
                    // a 政策宣传 round takes in the next households of the same grid
                    for (int j = i + 1; j < households.size() && covered.size() < 1 + rnd.nextInt(3); j++) {
                        if (households.get(j).gridId == h.gridId) {
                            covered.add(households.get(j).id);
                        }
                    }
                }
                PersonRow worker = workers.get(h.gridId);
                String visitor = worker != null ? worker.name : cadres.secretaryName();
                vd.visits.add(visit(type, h.gridId, covered, worker == null ? null : worker.id, visitor));
            }
        }
    }

    private VisitRow visit(int type, long grid, List<String> households, Long visitorId, String visitor) {
        LocalDate date = ref.minusDays(1 + rnd.nextInt(365));
        String finding = FINDINGS[type][rnd.nextInt(FINDINGS[type].length)];
        boolean followUp = type == 2 || type == 3 || rnd.nextInt(type == 1 ? 3 : 10) == 0;
        String id = UUID.nameUUIDFromBytes(("demo-visit-" + (serial++) + "-" + ref).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString();
        if (!followUp) {
            return new VisitRow(id, date.toString(), TYPES[type], grid, households, visitorId, visitor, finding, false,
                    null, null, false, null, null, search(households, visitor, finding, null, null));
        }
        LocalDate due = date.plusDays(7 + rnd.nextInt(24));
        // most follow-ups are done by their due date; some are still open, a few of those overdue
        boolean done = due.isBefore(ref) ? rnd.nextInt(100) < 92 : rnd.nextInt(100) < 40;
        LocalDate closed = done ? date.plusDays(1 + rnd.nextInt((int) (due.toEpochDay() - date.toEpochDay()))) : null;
        if (closed != null && !closed.isBefore(ref)) {
            closed = ref.minusDays(1).isBefore(date) ? date : ref.minusDays(1);
        }
        String what = FOLLOW_UPS[type][rnd.nextInt(FOLLOW_UPS[type].length)];
        String result = done ? RESULTS[rnd.nextInt(RESULTS.length)] : null;
        return new VisitRow(id, date.toString(), TYPES[type], grid, households, visitorId, visitor, finding, true,
                what, due.toString(), !done, result, closed == null ? null : closed.toString(),
                search(households, visitor, finding, what, result));
    }

    /** As VisitRepository writes it: texts, visitor, each household's 户主 and 户编号. */
    private String search(List<String> households, String visitor, String finding, String followUp, String result) {
        StringBuilder sb = new StringBuilder(finding);
        for (String t : new String[] {followUp, result, visitor}) {
            if (t != null) {
                sb.append(' ').append(t);
            }
        }
        households.forEach(h -> sb.append(' ').append(heads.getOrDefault(h, "")));
        return sb.toString();
    }

    private int weighted() {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            x -= WEIGHTS[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }
}
