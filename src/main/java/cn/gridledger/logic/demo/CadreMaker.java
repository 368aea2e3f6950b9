package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gridledger.logic.demo.DemoRows.GridRow;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.MemberRow;
import cn.gridledger.logic.demo.DemoRows.PersonRow;
import cn.gridledger.logic.demo.DemoRows.PostRow;
import cn.gridledger.logic.demo.DemoRows.ReserveRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;

/**
 * A village's cadres: 村两委 (书记, often 一肩挑), 监委会主任, a 包村干部, sometimes a 第一书记 with a
 * 驻村工作队, grid leaders and grid workers, and the reserve cadres. Most are picked among the village's
 * own household members, so the cadre and the member are one person record.
 */
final class CadreMaker {

    private static final String[] SOURCES = {"本村党员", "本村党员", "本村党员", "致富带头人", "退役军人", "返乡创业人员"};
    private static final String[] DISPATCH_UNITS = {"县农业农村局", "县委组织部", "县财政局", "县人民医院", "县教育局",
        "县自然资源局", "市交通运输局", "市供销合作社", "市生态环境局", "省农业农村厅", "省林业和草原局"};
    private static final String[] DIRECTIONS = {"村党组织书记", "村委会主任", "村两委委员", "村务监督委员会成员"};
    private static final String[] TRAININGS = {"跟班学习", "导师帮带", "参加县委党校培训", "到乡镇挂职锻炼", "参与村级事务管理"};
    private static final String[] OCCUPATIONS = {"个体经营", "种植大户", "村文书", "养殖户", "返乡创业人员", "退役军人",
        "合作社负责人", "外出务工", "乡村医生", "村会计"};
    private static final String[] SCHOOLS_COLLEGE = {"省农业大学农学专业", "省师范大学汉语言文学专业", "省财经大学会计学专业",
        "省理工大学计算机科学与技术专业", "市学院行政管理专业"};
    private static final String[] SCHOOLS_VOCATIONAL = {"市职业技术学院畜牧兽医专业", "市职业技术学院会计专业",
        "省广播电视大学行政管理专业", "县职教中心农学专业"};
    private static final String[] SCHOOLS_INSERVICE = {"省委党校经济管理专业", "省广播电视大学行政管理专业",
        "市委党校法律专业", "省农业大学（函授）农业经济管理专业"};

    /** What the rest of the village needs from its cadres. */
    record VillageCadres(String secretaryName, Map<Long, String> gridWorkerByGrid, List<PersonRow> contacts,
            int cadreCount, Map<Long, PersonRow> gridWorkerPersons) {
    }

    private final DemoContext ctx;

    CadreMaker(DemoContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param gridsWithoutWorker grids deliberately left without a 网格员 (the home page flags them)
     * @param reserveShortfall 0 = the village meets the reserve rule; 1 = only one reserve cadre;
     *     2 = two, but none aged 36–45 with 高中 or above
     */
    VillageCadres make(VillageData vd, Set<Long> gridsWithoutWorker, boolean oneShoulder, int reserveShortfall) {
        long villageId = vd.village.id();
        List<MemberRow> pool = candidates(vd.households);
        List<PersonRow> twoCommittees = new ArrayList<>();
        List<PersonRow> cadres = new ArrayList<>();
        String start = "2021-03";

        PersonRow secretary = cadre(vd, pool, 42, 60, true, true);
        twoCommittees.add(secretary);
        post(vd, secretary, "村党组织书记", "村两委", villageId, null, start, null, oneShoulder, false);
        if (oneShoulder) {
            post(vd, secretary, "村委会主任", "村两委", villageId, null, start, null, true, false);
        } else {
            PersonRow director = cadre(vd, pool, 35, 58, ctx.chance(0.6), ctx.chance(0.85));
            twoCommittees.add(director);
            post(vd, director, "村委会主任", "村两委", villageId, null, start, null, false, false);
        }
        if (ctx.chance(0.35)) {
            PersonRow former = cadre(vd, pool, 55, 66, true, true);
            post(vd, former, "村党组织书记", "村两委", villageId, null, "2018-03", start, false, false);
            cadres.add(former);
        }
        if (ctx.chance(0.7)) {
            PersonRow deputy = cadre(vd, pool, 32, 55, true, ctx.chance(0.75));
            twoCommittees.add(deputy);
            post(vd, deputy, "副书记", "村两委", villageId, null, start, null, false, false);
        }
        int members = ctx.between(2, 4);
        for (int i = 0; i < members; i++) {
            // the first 委员 is the 妇女委员
            PersonRow member = cadre(vd, pool, 28, 62, i == 0 ? Boolean.FALSE : null, ctx.chance(0.8));
            twoCommittees.add(member);
            post(vd, member, "两委委员", "村两委", villageId, null, start, null, false, ctx.chance(0.45));
        }
        PersonRow supervisor = cadre(vd, pool, 40, 65, null, ctx.chance(0.9));
        twoCommittees.add(supervisor);
        post(vd, supervisor, "村务监督委员会主任", "村两委", villageId, null, start, null, false, ctx.chance(0.3));
        cadres.addAll(twoCommittees);

        PersonRow liaison = outsider(vd, ctx.between(28, 52), true);
        liaison.occupation = ctx.townshipName + "人民政府";
        vd.posts.add(new PostRow(ctx.nextPost++, liaison.id, "包村干部", "乡镇干部", villageId, null,
                ctx.townshipName + "人民政府", "乡", null, DemoContext.month(ctx.recentDay(40)), null, false, false, null,
                null));
        cadres.add(liaison);

        if (vd.village.sortOrder() == 0 || ctx.chance(0.4)) {
            String unit = ctx.pick(DISPATCH_UNITS);
            String level = unit.substring(0, 1);
            String since = DemoContext.month(ctx.recentDay(30));
            PersonRow first = outsider(vd, ctx.between(30, 50), true);
            first.occupation = unit;
            dispatched(vd, first, "第一书记", unit, level, since);
            dispatched(vd, first, "驻村工作队长", unit, level, since);
            cadres.add(first);
            int teamMembers = ctx.between(1, 2);
            for (int i = 0; i < teamMembers; i++) {
                PersonRow member = outsider(vd, ctx.between(26, 55), ctx.chance(0.8));
                member.occupation = unit;
                dispatched(vd, member, "驻村工作队员", unit, level, since);
                cadres.add(member);
            }
        }

        Map<Long, String> workers = new HashMap<>();
        Map<Long, PersonRow> workerPersons = new HashMap<>();
        int leaderIndex = 0;
        for (GridRow grid : vd.grids) {
            PersonRow leader = twoCommittees.get(leaderIndex++ % twoCommittees.size());
            post(vd, leader, "网格长", "网格员", villageId, grid.id(), "2023-05", null, false, false);
            if (gridsWithoutWorker.contains(grid.id())) {
                continue;
            }
            boolean special = grid.gridType().equals("专属网格");
            int count = !special && ctx.chance(0.2) ? 2 : 1;
            for (int i = 0; i < count; i++) {
                boolean fullTime = i == 0 && !special && ctx.chance(0.45);
                PersonRow worker = cadre(vd, pool, 25, 55, null, ctx.chance(0.35));
                vd.posts.add(new PostRow(ctx.nextPost++, worker.id, "网格员", "网格员", villageId, grid.id(), null, null,
                        fullTime, DemoContext.month(ctx.recentDay(36)), null, false, false, null, null));
                workers.putIfAbsent(grid.id(), worker.name);
                workerPersons.putIfAbsent(grid.id(), worker);
                cadres.add(worker);
            }
        }

        reserves(vd, pool, reserveShortfall);
        List<PersonRow> contacts = new ArrayList<>(twoCommittees);
        contacts.add(liaison);
        return new VillageCadres(secretary.name, workers, contacts, (int) cadres.stream().distinct().count(),
                workerPersons);
    }

    private void reserves(VillageData vd, List<MemberRow> pool, int shortfall) {
        int count = shortfall == 1 ? 1 : shortfall == 2 ? 2 : ctx.between(2, 4);
        for (int i = 0; i < count; i++) {
            boolean qualifying = shortfall == 0 && i == 0;
            // the qualifying one stays inside 36–45 for every quarter-end within a year of the reference date
            int low = qualifying ? 38 : shortfall == 0 ? 25 : 26;
            int high = qualifying ? 43 : shortfall == 0 ? 45 : 34;
            PersonRow p = pickMemberWithEducation(pool, low, high, null, false);
            if (p == null) {
                p = outsider(vd, ctx.between(low, high), ctx.chance(0.7));
            }
            if (qualifying && !atLeastHighSchool(p.eduFulltime)) {
                p.eduFulltime = ctx.chance(0.6) ? "高中" : "大专";
                upgradeMemberEducation(vd, p);
            }
            if (shortfall != 0 && atLeastHighSchool(p.eduFulltime)) {
                p.eduFulltime = "初中";
                upgradeMemberEducation(vd, p);
            }
            cadreDetails(p);
            if (p.occupation == null) {
                p.occupation = ctx.pick(OCCUPATIONS);
            }
            if (p.phone == null) {
                p.phone = ctx.mobile();
            }
            String training = ctx.pick(TRAININGS);
            if (ctx.chance(0.5)) {
                String second = ctx.pick(TRAININGS);
                if (!second.equals(training)) {
                    training = training + "、" + second;
                }
            }
            vd.reserves.add(new ReserveRow(ctx.nextReserve++, p.id, vd.village.id(), ctx.recentDay(36).toString(),
                    ctx.pick(DIRECTIONS), training));
        }
    }

    private static boolean atLeastHighSchool(String edu) {
        return edu != null && !edu.equals("初中") && !edu.equals("小学");
    }

    /** Keeps the household ledger's 文化程度 in step with the cadre wording. */
    private static void upgradeMemberEducation(VillageData vd, PersonRow p) {
        for (HouseholdRow h : vd.households) {
            for (MemberRow m : h.members) {
                if (m.person == p && m.education != null) {
                    m.education = householdWording(p.eduFulltime);
                    return;
                }
            }
        }
    }

    /** Adults who can hold a post: living in the village, not at school, not illiterate. Shuffled. */
    private List<MemberRow> candidates(List<HouseholdRow> households) {
        List<MemberRow> out = new ArrayList<>();
        for (HouseholdRow h : households) {
            for (MemberRow m : h.members) {
                int age = m.person.age;
                if (m.endedOn == null && m.resident && age >= 25 && age <= 66 && m.education != null
                        && !m.education.equals("文盲或半文盲")) {
                    out.add(m);
                }
            }
        }
        Collections.shuffle(out, ctx.rnd);
        return out;
    }

    /** A village cadre: a member of the village (85%) or someone registered elsewhere. */
    private PersonRow cadre(VillageData vd, List<MemberRow> pool, int low, int high, Boolean male, boolean party) {
        PersonRow p = null;
        if (ctx.chance(0.85)) {
            // since the 2021 elections villages favour better-educated cadres ("一降一升")
            if (ctx.chance(0.5)) {
                p = pickMemberWithEducation(pool, low, high, male, true);
            }
            if (p == null) {
                p = pickMemberWithEducation(pool, low, high, male, false);
            }
        }
        if (p == null) {
            p = outsider(vd, ctx.between(low, high), male == null ? ctx.chance(0.7) : male);
        }
        if (party && !"中共党员".equals(p.politicalStatus)) {
            p.politicalStatus = "中共党员";
            p.partyJoinDate = DemoContext.month(p.birth.plusYears(ctx.between(22, Math.max(22, p.age - 2))));
        }
        cadreDetails(p);
        return p;
    }

    /** A member of the pool in the age range (and gender, when given), taken out of the pool; null if none. */
    private PersonRow pickMemberWithEducation(List<MemberRow> pool, int low, int high, Boolean male,
            boolean highSchoolOrAbove) {
        for (int i = 0; i < pool.size(); i++) {
            MemberRow m = pool.get(i);
            PersonRow p = m.person;
            if (p.age >= low && p.age <= high && (male == null || male == p.gender.equals("男"))
                    && (!highSchoolOrAbove || atLeastHighSchool(cadreWording(m.education)))) {
                pool.remove(i);
                if (p.eduFulltime == null) {
                    p.eduFulltime = cadreWording(m.education);
                }
                return p;
            }
        }
        return null;
    }

    /** A person not registered in the village's households (dispatched cadres, township staff, outsiders). */
    private PersonRow outsider(VillageData vd, int age, boolean male) {
        PersonRow p = ctx.person(DemoNames.fullName(ctx.rnd, DemoNames.surname(ctx.rnd), male), male, age);
        p.politicalStatus = ctx.chance(0.85) ? "中共党员" : "群众";
        if (p.politicalStatus.equals("中共党员")) {
            p.partyJoinDate = DemoContext.month(p.birth.plusYears(ctx.between(21, Math.max(21, age - 2))));
        }
        p.eduFulltime = age < 40 ? (ctx.chance(0.7) ? "大学本科" : "大专") : ctx.pick(new String[] {"大学本科", "大专", "中专", "高中"});
        if (p.eduFulltime.equals("大学本科") && ctx.chance(0.08)) {
            p.eduFulltime = "研究生";
        }
        p.phone = ctx.mobile();
        cadreDetails(p);
        vd.persons.add(p);
        return p;
    }

    /** Native place, work start, schools and degrees; in-service study for some (一降一升). */
    private void cadreDetails(PersonRow p) {
        if (p.workStartDate != null) {
            return;
        }
        LocalDate birth = p.birth;
        p.nativePlace = ctx.chance(0.8) ? "河北" + ctx.countyName.replace("县", "") : ctx.pick(new String[] {"河北石家庄",
            "河北保定", "河北邢台", "山东德州", "河南安阳"});
        p.workStartDate = DemoContext.month(birth.plusYears(ctx.between(18, 23)).plusMonths(ctx.between(0, 11)));
        if (p.phone == null) {
            p.phone = ctx.mobile();
        }
        if (p.eduFulltime == null) {
            p.eduFulltime = "高中";
        }
        switch (p.eduFulltime) {
            case "研究生" -> {
                p.degreeFulltime = "硕士";
                p.schoolFulltime = ctx.pick(SCHOOLS_COLLEGE);
            }
            case "大学本科" -> {
                p.degreeFulltime = ctx.chance(0.85) ? "学士" : null;
                p.schoolFulltime = ctx.pick(SCHOOLS_COLLEGE);
            }
            case "大专", "中专" -> p.schoolFulltime = ctx.pick(SCHOOLS_VOCATIONAL);
            default -> {
                if (ctx.chance(0.35)) {
                    p.eduInservice = ctx.chance(0.7) ? "大专" : "大学本科";
                    p.schoolInservice = ctx.pick(SCHOOLS_INSERVICE);
                }
            }
        }
    }

    private void dispatched(VillageData vd, PersonRow p, String postType, String unit, String level, String since) {
        vd.posts.add(new PostRow(ctx.nextPost++, p.id, postType, "驻村干部", vd.village.id(), null, unit, level, null,
                since, null, false, false, null, null));
    }

    private void post(VillageData vd, PersonRow p, String type, String category, long villageId, Long gridId,
            String start, String end, boolean oneShoulder, boolean cross) {
        vd.posts.add(new PostRow(ctx.nextPost++, p.id, type, category, villageId, gridId, null, null, null, start, end,
                oneShoulder, cross, category.equals("村两委") ? ctx.pick(SOURCES) : null, null));
    }

    /** Household-ledger 文化程度 → cadre roster wording. */
    static String cadreWording(String householdEducation) {
        if (householdEducation == null) {
            return "初中";
        }
        return switch (householdEducation) {
            case "本科及以上" -> "大学本科";
            case "大专" -> "大专";
            case "高中" -> "高中";
            case "小学", "文盲或半文盲" -> "小学";
            default -> "初中";
        };
    }

    /** Cadre roster wording → household-ledger 文化程度. */
    static String householdWording(String cadreEducation) {
        return switch (cadreEducation) {
            case "研究生", "大学本科" -> "本科及以上";
            case "大专" -> "大专";
            case "中专", "高中" -> "高中";
            case "小学" -> "小学";
            default -> "初中";
        };
    }
}
