package cn.gridledger.roundtrip;

import static cn.gridledger.logic.service.HouseholdFixtures.id;

import java.util.List;

import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.Person;

/**
 * Three households of the {@code HouseholdFixtures} township in which every field C2 carries has a value
 * somewhere, with the cases the demo generator never makes (see the round-trip test that uses it).
 */
final class HandMadeLedger {

    private HandMadeLedger() {
    }

    /** {@code group}: a 村民小组 of the first grid's village. */
    static List<HouseholdDetail> households(List<Grid> grids, long group) {
        Household poor = new Household(null, "130102100201000100", grids.get(0).id(), group, "3", "张联户",
                "安恕镇安恕村一组（东段）1号", "13912341234", "脱贫户", true, false, "已改造", "无需改厕", "低保年审已过（2025年）",
                FuzzyDate.of(2019, 4, 2));
        List<Member> family = List.of(
                member(Person.basic("张三明", id("19500312", 1), "男", FuzzyDate.of(1950, 3, 12), "01", "中共党员",
                        "13912341234"), "户主", "小学", null, "长期慢性病,残疾", "弱劳动力或半劳动力", null, null, true, null),
                member(Person.basic("李秀英", id("19520506", 2), "女", FuzzyDate.of(1952, 5, 6), "03", "群众", null),
                        "配偶", "文盲或半文盲", null, "健康", "丧失劳动力", null, null, true, null),
                member(Person.basic("张小明", id("19800101", 3), "男", FuzzyDate.of(1980, 1, 1), "01", "共青团员",
                        "13800001111"), "之子", "高中", null, "健康", "技能劳动力", 10, "广东省", false,
                        FuzzyDate.of(2019, 4, 2)),
                member(Person.basic("张小宝", id("20140301", 5), "男", FuzzyDate.of(2014, 3, 1), "01", "群众", null),
                        "之孙子", null, "七年级", "健康", null, null, null, true, FuzzyDate.of(2020, 5)),
                member(Person.basic("张无证", null, "女", FuzzyDate.of(1990, 3), "01", "群众", null), "之女", "初中", null,
                        "患有大病", "普通劳动力", 3, "本县", true, null));
        List<Monitoring> episodes = List.of(
                new Monitoring(0, null, "边缘易致贫户", "因病", "因学", "因残", FuzzyDate.of(2021, 3), "产业帮扶,就业帮扶",
                        "王五", "13912345678", true, "帮扶消除", FuzzyDate.of(2022, 6)),
                new Monitoring(0, null, "突发严重困难户", "因意外事故", null, null, FuzzyDate.of(2025, 8), "临时救助（一次性）",
                        "李六，赵七", "13700002222", false, null, null));
        List<Award> awards = List.of(new Award(0, null, "干净人家", 2023, "村"), new Award(0, null, "美丽庭院", 2024, "县"),
                new Award(0, null, "好家风家庭", 2025, "省"));

        Household alone = new Household(null, null, grids.get(1).id(), null, null, null, "安恕镇安恕村二组8号",
                "13600003333", "一般农户", false, true, "安全", "已改厕", null, null);
        List<Member> lonely = List.of(
                member(Person.basic("王独居", id("19400101", 7), "男", FuzzyDate.of(1940, 1, 1), "01", "中共党员",
                        "13600003333"), "户主", "小学", null, "长期慢性病", "无劳动力", null, null, true, null),
                member(Person.basic("王侄儿", id("19850707", 9), "男", FuzzyDate.of(1985, 7, 7), "01", "群众", null),
                        "之侄儿", "初中", null, "健康", "普通劳动力", 12, "北京市", false, null),
                member(Person.basic("王侄女", id("19870808", 8), "女", FuzzyDate.of(1987, 8, 8), "08", "中共预备党员", null),
                        "之侄女", "大专", null, "健康", "技能劳动力", null, null, true, null));

        Household other = new Household(null, "130102100202000007", grids.get(2).id(), null, "1", "刘组长", "太平村5号",
                "13500004444", "一般农户", false, false, "不安全", "未改厕", "房屋待鉴定", null);
        List<Member> third = List.of(
                member(Person.basic("刘太平", id("19700202", 11), "男", FuzzyDate.of(1970, 2, 2), "01", "群众", "13500004444"),
                        "户主", "初中", null, "健康", "普通劳动力", null, null, true, null),
                member(Person.basic("陈太平", id("19720303", 12), "女", FuzzyDate.of(1972, 3, 3), "01", "群众", null),
                        "配偶", "小学", null, "残疾", "弱劳动力或半劳动力", null, null, true, null),
                member(Person.basic("刘小平", id("20200404", 13), "男", FuzzyDate.of(2020, 4, 4), "01", "群众", null),
                        "之子", null, "学前教育", "健康", null, null, null, true, FuzzyDate.of(2020, 4, 4)));

        return List.of(new HouseholdDetail(poor, family, episodes, awards, List.of(), List.of()),
                HouseholdDetail.of(alone, lonely), HouseholdDetail.of(other, third));
    }

    private static Member member(Person p, String relation, String education, String student, String health,
            String skill, Integer monthsAway, String workPlace, boolean resident, FuzzyDate since) {
        return new Member(0, null, p, relation, 0, education, student, health, skill, monthsAway, workPlace, resident,
                since);
    }
}
