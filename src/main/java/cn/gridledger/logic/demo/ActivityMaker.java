package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.demo.CadreMaker.VillageCadres;
import cn.gridledger.logic.demo.DemoRows.AwardRow;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.MonitoringRow;
import cn.gridledger.logic.demo.DemoRows.PersonRow;
import cn.gridledger.logic.demo.DemoRows.PointsEntryRow;
import cn.gridledger.logic.demo.DemoRows.PointsItemRow;
import cn.gridledger.logic.demo.DemoRows.RedemptionRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;

/** What happens to households over time: monitoring episodes, awards, points entries and redemptions. */
final class ActivityMaker {

    /** Labels as in the shared code list (model.code.Risk). */
    private static final String[] RISKS = {"因病", "因残", "因学", "因缺劳动力", "因意外事故", "因产业失败", "因务工就业不稳",
        "因自然灾害", "住房安全", "饮水安全", "其他"};
    private static final int[] RISK_WEIGHTS = {30, 16, 8, 12, 6, 6, 10, 5, 3, 2, 2};
    private static final String[] MEASURES = {"产业帮扶", "就业帮扶", "金融帮扶", "公益岗位", "健康帮扶", "教育帮扶",
        "住房保障", "饮水保障", "综合保障", "社会帮扶"};
    private static final String[] AWARDS = {"美丽庭院", "干净人家", "文明示范户", "好家风家庭"};
    private static final String[] LEVELS = {"村", "乡", "县", "市", "省"};
    private static final String[] GOODS = {"洗衣液", "食用油", "大米", "毛巾", "香皂", "洗洁精", "牙膏", "酱油", "面粉"};
    private static final String[][] PLUS_ITEMS = {{"参加志愿服务", "5"}, {"环境卫生评比优秀", "3"}, {"移风易俗", "5"},
        {"孝老爱亲", "5"}, {"参加村集体活动", "2"}, {"垃圾分类", "2"}, {"按时缴纳医保", "2"}, {"见义勇为", "10"},
        {"子女考上大学", "5"}};
    private static final int[] PLUS_WEIGHTS = {25, 25, 8, 8, 20, 20, 15, 1, 2};
    private static final String[][] MINUS_ITEMS = {{"乱堆乱放", "3"}, {"焚烧秸秆", "5"}, {"私搭乱建", "5"},
        {"大操大办", "5"}, {"不赡养老人", "10"}};
    private static final int[] MINUS_WEIGHTS = {45, 20, 15, 15, 5};

    private final DemoContext ctx;

    ActivityMaker(DemoContext ctx) {
        this.ctx = ctx;
    }

    void monitoringAndAwards(VillageData vd, VillageCadres cadres) {
        for (HouseholdRow h : vd.households) {
            boolean poor = h.hhType.equals("脱贫户");
            if (ctx.chance(poor ? 0.09 : 0.018)) {
                vd.monitoring.add(monitoring(h, poor, cadres));
            }
            int awards = ctx.chance(0.1) ? (ctx.chance(0.2) ? 2 : 1) : 0;
            for (int i = 0; i < awards; i++) {
                vd.awards.add(new AwardRow(ctx.nextAward++, h.id, ctx.pick(AWARDS),
                        ctx.ref.getYear() - ctx.between(0, 3), LEVELS[ctx.weighted(new int[] {60, 25, 12, 2, 1})]));
            }
        }
    }

    private MonitoringRow monitoring(HouseholdRow h, boolean poor, VillageCadres cadres) {
        String category = poor ? (ctx.chance(0.85) ? "脱贫不稳定户" : "突发严重困难户")
                : (ctx.chance(0.8) ? "边缘易致贫户" : "突发严重困难户");
        List<String> risks = new ArrayList<>();
        int riskCount = ctx.weighted(new int[] {55, 35, 10}) + 1;
        while (risks.size() < riskCount) {
            String r = RISKS[ctx.weighted(RISK_WEIGHTS)];
            if (!risks.contains(r)) {
                risks.add(r);
            }
        }
        YearMonth refMonth = YearMonth.from(ctx.ref);
        // two thirds identified within the last six quarters, the rest in earlier years
        YearMonth identified = ctx.chance(0.67) ? refMonth.minusMonths(ctx.between(0, 17))
                : refMonth.minusMonths(ctx.between(18, 54));
        long age = identified.until(refMonth, java.time.temporal.ChronoUnit.MONTHS);
        boolean eliminated = age >= 9 ? ctx.chance(0.55) : age >= 3 && ctx.chance(0.2);
        String method = null;
        String eliminatedMonth = null;
        if (eliminated) {
            method = ctx.chance(0.75) ? "帮扶消除" : "自然消除";
            eliminatedMonth = identified.plusMonths(ctx.between(3, (int) age)).toString();
        }
        List<String> measures = new ArrayList<>();
        int measureCount = ctx.between(1, 3);
        while (measures.size() < measureCount) {
            String m = ctx.pick(MEASURES);
            if (!measures.contains(m)) {
                measures.add(m);
            }
        }
        PersonRow contact = ctx.pick(cadres.contacts());
        return new MonitoringRow(ctx.nextMonitoring++, h.id, category, risks.get(0),
                risks.size() > 1 ? risks.get(1) : null, risks.size() > 2 ? risks.get(2) : null, identified.toString(),
                String.join(",", measures), contact.name, contact.phone, eliminated, method, eliminatedMonth);
    }

    /** The village's points catalogue, then entries over the last four quarters and some redemptions. */
    void points(VillageData vd, VillageCadres cadres) {
        List<PointsItemRow> plus = new ArrayList<>();
        List<PointsItemRow> minus = new ArrayList<>();
        for (String[] item : PLUS_ITEMS) {
            plus.add(item(vd, item, "加分"));
        }
        for (String[] item : MINUS_ITEMS) {
            minus.add(item(vd, item, "减分"));
        }
        vd.pointsItems.addAll(plus);
        vd.pointsItems.addAll(minus);
        LocalDate from = ctx.ref.withDayOfMonth(1).minusMonths(12);
        int span = (int) (ctx.ref.toEpochDay() - from.toEpochDay());
        for (HouseholdRow h : vd.households) {
            if (!ctx.chance(0.8)) {
                continue;
            }
            String recorder = cadres.gridWorkerByGrid().getOrDefault(h.gridId, cadres.secretaryName());
            int entries = ctx.between(1, 6);
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                days.add(from.plusDays(ctx.rnd.nextInt(span)));
            }
            days.sort(null);
            int balance = 0;
            LocalDate last = from;
            for (LocalDate day : days) {
                boolean bad = ctx.chance(0.12);
                PointsItemRow item = bad ? minus.get(ctx.weighted(MINUS_WEIGHTS)) : plus.get(ctx.weighted(PLUS_WEIGHTS));
                int points = bad ? -item.defaultPoints() : item.defaultPoints();
                vd.pointsEntries.add(new PointsEntryRow(ctx.nextPointsEntry++, h.id, item.id(), day.toString(), points,
                        item.name(), recorder, cadres.secretaryName()));
                balance += points;
                last = day;
            }
            if (balance >= 8 && ctx.chance(0.35)) {
                int spend = ctx.between(5, Math.min(balance, 30));
                LocalDate day = last.plusDays(ctx.between(0, 20));
                if (day.isBefore(ctx.ref)) {
                    vd.redemptions.add(new RedemptionRow(ctx.nextRedemption++, h.id, day.toString(), spend,
                            ctx.pick(GOODS), recorder));
                }
            }
        }
    }

    private PointsItemRow item(VillageData vd, String[] item, String direction) {
        return new PointsItemRow(ctx.nextPointsItem++, vd.village.id(), item[0], direction, Integer.parseInt(item[1]));
    }
}
