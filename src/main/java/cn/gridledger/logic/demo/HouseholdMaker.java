package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.util.List;

import cn.gridledger.logic.demo.DemoRows.EventRow;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.MemberRow;
import cn.gridledger.logic.demo.DemoRows.PersonRow;

/**
 * One household and its members: a head, usually a spouse of the other sex, then parents, children,
 * daughters-in-law and grandchildren as the head's age allows, with attributes that follow age
 * (education or student status, health, labour skill, work away, political status).
 */
final class HouseholdMaker {

    private static final int[] SIZE_WEIGHTS = {10, 22, 20, 21, 14, 9, 4};
    private static final int[] HEAD_AGE_BAND_WEIGHTS = {10, 17, 24, 25, 16, 8};
    private static final int[] HEAD_AGE_BAND_START = {25, 35, 45, 55, 65, 75};
    private static final String[] MINORITIES = {"03", "11", "08", "06", "02", "15"};
    private static final String[] WORK_PLACES = {"本县", "本县", "本市", "省内", "北京市", "天津市", "广东省", "江苏省",
        "浙江省", "山东省"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五"};

    private final DemoContext ctx;

    HouseholdMaker(DemoContext ctx) {
        this.ctx = ctx;
    }

    /** Fills {@code h.members} (persons included) and records the members' dated changes in {@code events}. */
    void fill(HouseholdRow h, String[] villageSurnames, List<PersonRow> persons, List<EventRow> events) {
        int size = ctx.weighted(SIZE_WEIGHTS) + 1;
        boolean headMale = ctx.chance(0.84);
        int headAge = size == 1 && ctx.chance(0.7) ? ctx.between(58, 88)
                : HEAD_AGE_BAND_START[ctx.weighted(HEAD_AGE_BAND_WEIGHTS)] + ctx.rnd.nextInt(10);
        String headSurname = ctx.chance(0.45) ? ctx.pick(villageSurnames) : DemoNames.surname(ctx.rnd);
        MemberRow head = add(h, persons, "户主", headSurname, headMale, headAge);
        int slots = size - 1;

        MemberRow spouse = null;
        if (slots > 0 && ctx.chance(0.88)) {
            int age = Math.max(20, headAge + (headMale ? ctx.between(-6, 2) : ctx.between(-2, 6)));
            spouse = add(h, persons, "配偶", DemoNames.surname(ctx.rnd), !headMale, age);
            slots--;
        }
        String lineSurname = headMale ? headSurname
                : spouse != null ? surnameOf(spouse) : DemoNames.surname(ctx.rnd);

        if (slots > 0 && headAge <= 52 && ctx.chance(0.4)) {
            int fatherAge = Math.min(92, headAge + ctx.between(23, 32));
            boolean both = slots >= 2 && ctx.chance(0.5);
            boolean fatherOnly = !both && ctx.chance(0.4);
            if (both || fatherOnly) {
                add(h, persons, "之父", headSurname, true, fatherAge);
                slots--;
            }
            if (!fatherOnly) {
                add(h, persons, "之母", DemoNames.surname(ctx.rnd), false,
                        Math.max(headAge + 20, fatherAge - ctx.between(0, 4)));
                slots--;
            }
        }

        if (headAge >= 55 && slots > 0) {
            int sonAge = Math.max(22, headAge - ctx.between(24, 32));
            add(h, persons, "之子", lineSurname, true, sonAge);
            slots--;
            if (slots > 0 && ctx.chance(0.85)) {
                MemberRow wife = add(h, persons, "之儿媳", DemoNames.surname(ctx.rnd), false,
                        Math.max(20, sonAge + ctx.between(-4, 2)));
                if (ctx.chance(0.12)) {
                    wife.since = ctx.recentDay(18).toString();
                    events.add(event(h, wife, "迁入", wife.since, "婚迁入户"));
                }
                slots--;
            }
            int grandchildren = 0;
            while (slots > 0 && grandchildren < 3) {
                int age = Math.max(0, sonAge - ctx.between(22, 32) - grandchildren * ctx.between(2, 5));
                boolean male = ctx.chance(0.52);
                add(h, persons, male ? "之孙子" : "之孙女", lineSurname, male, age);
                grandchildren++;
                slots--;
            }
        }
        int childIndex = 0;
        while (slots > 0) {
            int mother = spouse != null && headMale ? ageOf(spouse) : headAge;
            int age = mother - ctx.between(22, 33) - childIndex * ctx.between(2, 6);
            if (age < 0) {
                age = ctx.rnd.nextInt(Math.max(1, Math.min(mother - 19, 6)));
            }
            boolean male = ctx.chance(0.52);
            add(h, persons, male ? "之子" : "之女", lineSurname, male, age);
            childIndex++;
            slots--;
        }

        for (MemberRow m : h.members) {
            describe(m);
        }
        head.person.phone = ctx.mobile();
        h.phone = head.person.phone;
        recordChanges(h, events);
        if (ctx.chance(0.01)) {
            movedIn(h, events);
        }
    }

    /** A whole household that moved into the township recently (members born later keep their birth date). */
    private void movedIn(HouseholdRow h, List<EventRow> events) {
        LocalDate day = ctx.recentDay(15);
        for (MemberRow m : h.members) {
            if (m.endedOn != null && !LocalDate.parse(m.endedOn).isAfter(day)) {
                return;
            }
        }
        h.since = day.toString();
        for (MemberRow m : h.members) {
            if (m.since == null || LocalDate.parse(m.since).isBefore(day)) {
                m.since = h.since;
            }
        }
        events.add(new EventRow(ctx.nextEvent++, h.id, null, "迁入", h.since, "全户迁入，共" + h.members.size() + "人"));
    }

    private MemberRow add(HouseholdRow h, List<PersonRow> persons, String relation, String surname, boolean male,
            int age) {
        PersonRow p = ctx.person(DemoNames.fullName(ctx.rnd, surname, male), male, age);
        if (ctx.chance(0.03)) {
            p.ethnicity = ctx.pick(MINORITIES);
        }
        persons.add(p);
        MemberRow m = new MemberRow();
        m.id = ctx.nextMember++;
        m.householdId = h.id;
        m.person = p;
        m.relation = relation;
        m.seq = h.members.size() + 1;
        h.members.add(m);
        return m;
    }

    private static String surnameOf(MemberRow m) {
        return m.person.name.substring(0, 1);
    }

    private static int ageOf(MemberRow m) {
        return m.person.age;
    }

    /** Age-dependent attributes; 文化程度 and 在校生状况 are never both set. */
    private void describe(MemberRow m) {
        PersonRow p = m.person;
        int age = p.age;
        schooling(m, age);
        m.health = health(age);
        m.labourSkill = labour(m, age);
        if (age >= 18 && age <= 55 && m.studentStatus == null
                && ("普通劳动力".equals(m.labourSkill) || "技能劳动力".equals(m.labourSkill)) && ctx.chance(0.35)) {
            m.monthsAway = ctx.between(3, 12);
            m.workPlace = ctx.pick(WORK_PLACES);
            m.resident = m.monthsAway < 6;
        }
        if (age >= 18) {
            double party = age >= 30 ? 0.07 : 0.03;
            double x = ctx.rnd.nextDouble();
            if (x < party) {
                p.politicalStatus = "中共党员";
                p.partyJoinDate = DemoContext.month(p.birth.plusYears(ctx.between(18, Math.max(18, Math.min(age, 40)))));
            } else if (x < party + 0.004) {
                p.politicalStatus = "中共预备党员";
                p.partyJoinDate = DemoContext.month(ctx.recentDay(11));
            } else if (age <= 28 && x < 0.4) {
                p.politicalStatus = "共青团员";
            } else {
                p.politicalStatus = "群众";
            }
        } else {
            p.politicalStatus = age >= 14 && ctx.chance(0.3) ? "共青团员" : "群众";
        }
        if (age >= 18 && age <= 70 && ctx.chance(0.5)) {
            p.phone = ctx.mobile();
        }
    }

    private void schooling(MemberRow m, int age) {
        if (age < 3) {
            m.studentStatus = "学龄前儿童";
        } else if (age < 6) {
            m.studentStatus = "学前教育";
        } else if (age < 12) {
            m.studentStatus = "小学";
        } else if (age < 15) {
            m.studentStatus = new String[] {"七年级", "八年级", "九年级"}[age - 12];
        } else if (age < 18) {
            if (ctx.chance(0.85)) {
                String grade = NUMERALS[age - 15];
                m.studentStatus = ctx.chance(0.7) ? "普通高中" + grade + "年级" : "中职" + grade + "年级";
            } else {
                m.education = "初中";
            }
        } else if (age < 22 && ctx.chance(0.4)) {
            int year = age - 17;
            m.studentStatus = ctx.chance(0.55) ? "本科" + NUMERALS[year - 1] + "年级"
                    : "高职高专" + NUMERALS[Math.min(year, 3) - 1] + "年级";
        } else {
            m.education = adultEducation(age);
        }
    }

    private String adultEducation(int age) {
        String[] levels = {"文盲或半文盲", "小学", "初中", "高中", "大专", "本科及以上"};
        int[] weights;
        if (age >= 70) {
            weights = new int[] {35, 45, 15, 5, 0, 0};
        } else if (age >= 55) {
            weights = new int[] {12, 40, 38, 9, 1, 0};
        } else if (age >= 40) {
            weights = new int[] {3, 20, 55, 16, 4, 2};
        } else if (age >= 22) {
            weights = new int[] {0, 5, 42, 25, 16, 12};
        } else {
            weights = new int[] {0, 2, 50, 38, 10, 0};
        }
        return levels[ctx.weighted(weights)];
    }

    private String health(int age) {
        double unwell = age < 40 ? 0.04 : age < 60 ? 0.12 : age < 75 ? 0.28 : 0.45;
        if (!ctx.chance(unwell)) {
            return "健康";
        }
        String[] kinds = {"长期慢性病", "患有大病", "残疾", "长期慢性病,残疾", "长期慢性病,患有大病"}; // canonical order (Health.format)
        return kinds[ctx.weighted(new int[] {60, 12, 18, 6, 4})];
    }

    private String labour(MemberRow m, int age) {
        if (age < 16 || m.studentStatus != null) {
            return "无劳动力";
        }
        boolean impaired = m.health.contains("残疾") || m.health.contains("大病");
        if (age < 60) {
            if (impaired) {
                return ctx.chance(0.6) ? "弱劳动力或半劳动力" : "丧失劳动力";
            }
            return ctx.chance(0.18) ? "技能劳动力" : "普通劳动力";
        }
        if (age < 70) {
            return new String[] {"弱劳动力或半劳动力", "普通劳动力", "丧失劳动力"}[ctx.weighted(new int[] {60, 30, 10})];
        }
        return new String[] {"丧失劳动力", "无劳动力", "弱劳动力或半劳动力"}[ctx.weighted(new int[] {50, 20, 30})];
    }

    /** Births in the last year and a half, a few deaths and moves away; the head always stays. */
    private void recordChanges(HouseholdRow h, List<EventRow> events) {
        for (MemberRow m : h.members) {
            LocalDate birth = m.person.birth;
            if (birth.isAfter(ctx.ref.minusMonths(18))) {
                m.since = birth.toString();
                events.add(event(h, m, "出生", m.since, "新生儿落户"));
            }
            if (m.relation.equals("户主")) {
                continue;
            }
            if (m.person.age >= 72 && ctx.chance(0.05)) {
                end(h, m, "死亡", events);
            } else if (m.person.age >= 18 && m.person.age <= 35 && !m.relation.equals("配偶") && ctx.chance(0.03)) {
                end(h, m, "迁出", events);
            }
        }
    }

    private void end(HouseholdRow h, MemberRow m, String reason, List<EventRow> events) {
        LocalDate day = ctx.recentDay(18);
        m.endedOn = day.toString();
        m.endReason = reason;
        m.resident = false;
        events.add(event(h, m, reason, m.endedOn, reason.equals("迁出") ? "迁往外地" : null));
    }

    private EventRow event(HouseholdRow h, MemberRow m, String type, String date, String details) {
        return new EventRow(ctx.nextEvent++, h.id, m.id, type, date, details);
    }
}
