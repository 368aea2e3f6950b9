package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.demo.CadreMaker.VillageCadres;
import cn.gridledger.logic.demo.DemoRows.GridRow;
import cn.gridledger.logic.demo.DemoRows.GroupRow;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.TownshipRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;
import cn.gridledger.logic.demo.DemoRows.VillageRow;

/**
 * The synthetic demo township: a fictional county and township, villages of about 400 households, their
 * villager groups, grids, households, members, cadres and what happened over the last quarters.
 *
 * <p>Deterministic: the same household count, seed and reference date give the same rows, in the same
 * order, with the same ids. All names and ID numbers are generated; none belongs to a real person.
 */
public final class DemoGenerator {

    /** Fictional county code (河北, prefecture 01, county 79 — not an existing county) and names. */
    public static final String COUNTY_CODE = "130179";
    public static final String COUNTY_NAME = "云禾县";
    public static final String TOWNSHIP_CODE = COUNTY_CODE + "201";
    public static final String TOWNSHIP_NAME = "白杨岭乡";
    private static final int HOUSEHOLDS_PER_VILLAGE = 400;
    private static final int MAX_VILLAGES = 199;
    /** The county benchmark's other townships (#16), fictional like the first. */
    private static final String[] OTHER_TOWNSHIPS = {"青石镇", "柳河乡", "南岔镇", "石门乡", "东坡镇", "杏林乡", "北沟镇",
        "桃园乡", "西岭镇", "双桥乡", "凤山镇", "梨花乡", "清水镇", "松岗乡", "马坊镇", "槐树乡", "红土镇", "岔口乡", "金沙镇",
        "芦苇乡", "白马镇", "枣林乡", "高庄镇", "碾盘乡", "龙泉镇", "柏树乡", "河湾镇", "鹿鸣乡", "云台镇"};
    private static final String[] SPECIAL_GRIDS = {"学校专属网格", "企业专属网格", "养老院专属网格", "集贸市场专属网格"};

    /** Counts of what was generated. */
    public record Totals(int villages, int grids, int households, int members, int cadres) {
    }

    private final int households;
    private final String townshipCode;
    private final String townshipName;
    private final DemoContext ctx;
    private final HouseholdMaker householdMaker;
    private final CadreMaker cadreMaker;
    private final ActivityMaker activityMaker;
    private final VisitMaker visitMaker;

    public DemoGenerator(int households, long seed, LocalDate referenceDate) {
        this(households, seed, referenceDate, 0);
    }

    /** {@code township} 0 is 白杨岭乡; 1, 2, … are the county's other fictional townships (codes 130179202, …). */
    public DemoGenerator(int households, long seed, LocalDate referenceDate, int township) {
        if (households < 1) {
            throw new IllegalArgumentException("households < 1");
        }
        if (township < 0 || township > OTHER_TOWNSHIPS.length) {
            throw new IllegalArgumentException("township " + township);
        }
        this.households = households;
        this.townshipCode = COUNTY_CODE + (201 + township);
        this.townshipName = township == 0 ? TOWNSHIP_NAME : OTHER_TOWNSHIPS[township - 1];
        this.ctx = new DemoContext(seed, referenceDate, COUNTY_CODE, COUNTY_NAME, townshipName);
        this.householdMaker = new HouseholdMaker(ctx);
        this.cadreMaker = new CadreMaker(ctx);
        this.activityMaker = new ActivityMaker(ctx);
        this.visitMaker = new VisitMaker(seed, referenceDate);
    }

    /** The reference date used when none is given: the first day of the current month. */
    /** How many townships the demo county has (the benchmark's largest county). */
    public static int townships() {
        return 1 + OTHER_TOWNSHIPS.length;
    }

    public static LocalDate defaultReferenceDate() {
        return LocalDate.now().withDayOfMonth(1);
    }

    public Totals run(DemoSink sink, Progress progress) {
        sink.township(new TownshipRow(townshipCode, townshipName, COUNTY_CODE, COUNTY_NAME));
        int[] sizes = villageSizes();
        int villages = sizes.length;
        Set<String> names = new HashSet<>();
        int grids = 0;
        int members = 0;
        int cadres = 0;
        int done = 0;
        progress.update(0, households, "正在生成演示乡镇");
        for (int v = 0; v < villages; v++) {
            progress.checkCancelled();
            String name;
            do {
                name = DemoNames.villageName(ctx.rnd);
            } while (!names.add(name));
            VillageData vd = new VillageData();
            vd.village = new VillageRow(v + 1, townshipCode + (201 + v), name, v);
            layOut(vd, sizes[v], v, progress);
            Set<Long> withoutWorker = new HashSet<>();
            if (v == 0 || v == villages - 1) {
                // one grid in the first and one in the last village have no 网格员 yet, for the home page to flag
                withoutWorker.add(vd.grids.get(vd.grids.size() - 1).id());
            }
            boolean oneShoulder = v != 1 && (v % 5 != 4 || ctx.chance(0.3));
            int shortfall = v % 6 == 3 ? 1 : v % 6 == 5 || (villages <= 3 && v == 2) ? 2 : 0;
            VillageCadres vc = cadreMaker.make(vd, withoutWorker, oneShoulder, shortfall);
            activityMaker.monitoringAndAwards(vd, vc);
            if (v == 0 || ctx.chance(0.85)) {
                activityMaker.points(vd, vc);
            }
            visitMaker.visits(vd, vc);
            vd.persons.sort((a, b) -> Long.compare(a.id, b.id));
            sink.village(vd);
            grids += vd.grids.size();
            members += vd.memberCount();
            cadres += vc.cadreCount();
            done += sizes[v];
            progress.update(done, households, "正在生成演示乡镇");
        }
        return new Totals(villages, grids, households, members, cadres);
    }

    /** Village sizes around 400 households, varying ±40%, summing exactly to the total. */
    private int[] villageSizes() {
        int villages = Math.max(3, Math.min(MAX_VILLAGES, Math.round(households / (float) HOUSEHOLDS_PER_VILLAGE)));
        double[] weights = new double[villages];
        double sum = 0;
        for (int i = 0; i < villages; i++) {
            weights[i] = 0.6 + 0.8 * ctx.rnd.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[villages];
        int assigned = 0;
        for (int i = 0; i < villages; i++) {
            sizes[i] = (int) Math.floor(households * weights[i] / sum);
            assigned += sizes[i];
        }
        for (int i = 0; assigned < households; i = (i + 1) % villages) {
            sizes[i]++;
            assigned++;
        }
        return sizes;
    }

    /** Villager groups, grids over consecutive groups, households, ten-household groups. */
    private void layOut(VillageData vd, int size, int villageIndex, Progress progress) {
        VillageRow village = vd.village;
        int groupCount = Math.max(2, Math.min(30, Math.round(size / 45f)));
        for (int g = 0; g < groupCount; g++) {
            vd.groups.add(new GroupRow(ctx.nextGroup++, village.id(), chineseNumber(g + 1) + "组", g));
        }
        int basic = Math.max(1, Math.min(groupCount, Math.round(size / 130f)));
        String since = ctx.ref.withDayOfYear(1).minusYears(2).plusMonths(4).toString();
        int[] groupGrid = new int[groupCount];
        int seq = 1;
        for (int b = 0; b < basic; b++) {
            int from = b * groupCount / basic;
            int to = (b + 1) * groupCount / basic;
            List<String> covered = new ArrayList<>();
            for (int g = from; g < to; g++) {
                covered.add(vd.groups.get(g).name());
                groupGrid[g] = vd.grids.size();
            }
            vd.grids.add(new GridRow(ctx.nextGrid++, village.code() + String.format("%03d", seq++),
                    village.name() + "第" + chineseNumber(b + 1) + "网格", "基础网格", village.id(),
                    String.join("、", covered), since));
        }
        if (villageIndex == 0 || ctx.chance(0.3)) {
            vd.grids.add(new GridRow(ctx.nextGrid++, village.code() + String.format("%03d", seq),
                    village.name() + ctx.pick(SPECIAL_GRIDS), "专属网格", village.id(), null, since));
        }

        String[] surnames = {DemoNames.surname(ctx.rnd), DemoNames.surname(ctx.rnd)};
        int tenGroupNo = 0;
        int inTenGroup = 0;
        int tenGroupSize = 0;
        List<HouseholdRow> tenGroup = new ArrayList<>();
        long previousGrid = -1;
        for (int i = 0; i < size; i++) {
            if (i % 500 == 499) {
                progress.checkCancelled();
            }
            int g = i * groupCount / size;
            GroupRow group = vd.groups.get(g);
            GridRow grid = vd.grids.get(groupGrid[g]);
            HouseholdRow h = new HouseholdRow();
            h.id = new UUID((ctx.rnd.nextLong() & ~0xF000L) | 0x4000L,
                    (ctx.rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
            h.hhNumber = ctx.chance(0.02) ? null : DemoContext.pad(village.id() * 1_000_000L + i + 1, 10);
            h.gridId = grid.id();
            h.villagerGroupId = group.id();
            h.address = ctx.townshipName + village.name() + group.name() + (i + 1) + "号";
            h.hhType = ctx.chance(0.3) ? "脱贫户" : "一般农户";
            h.dibao = ctx.chance(h.hhType.equals("脱贫户") ? 0.15 : 0.03);
            h.housingStatus = new String[] {"安全", "已改造", "不安全"}[ctx.weighted(new int[] {95, 4, 1})];
            h.toiletStatus = ctx.chance(0.82) ? "已改厕" : "未改厕";
            householdMaker.fill(h, surnames, vd.persons, vd.events);
            int headAge = h.members.get(0).person.age;
            h.tekun = h.members.size() == 1 && headAge >= 60 ? ctx.chance(0.25) : ctx.chance(0.002);
            if (grid.id() != previousGrid || inTenGroup >= tenGroupSize) {
                closeTenGroup(tenGroup);
                tenGroupNo++;
                inTenGroup = 0;
                tenGroupSize = ctx.between(8, 12);
                previousGrid = grid.id();
            }
            h.tenGroupNo = String.valueOf(tenGroupNo);
            tenGroup.add(h);
            inTenGroup++;
            vd.households.add(h);
        }
        closeTenGroup(tenGroup);
    }

    /** Names the 联户长 (a head in the group) on every household of the finished group. */
    private void closeTenGroup(List<HouseholdRow> group) {
        if (group.isEmpty()) {
            return;
        }
        String leader = group.get(ctx.rnd.nextInt(group.size())).members.get(0).person.name;
        for (HouseholdRow h : group) {
            h.tenGroupLeader = leader;
        }
        group.clear();
    }

    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
}
