package cn.gridledger.ui.household;

import static cn.gridledger.ui.household.FieldSpec.code;
import static cn.gridledger.ui.household.FieldSpec.flag;
import static cn.gridledger.ui.household.FieldSpec.mono;
import static cn.gridledger.ui.household.FieldSpec.text;
import static cn.gridledger.ui.household.FieldSpec.wide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gridledger.logic.service.FieldCheck;
import cn.gridledger.logic.service.HouseholdCodes;
import cn.gridledger.logic.service.HouseholdCodes.CodeList;
import cn.gridledger.logic.service.HouseholdFields;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.Member;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.Person;
import cn.gridledger.model.Village;
import cn.gridledger.model.VillagerGroup;

/** The form's fields and rules for each part of a household, and conversion to and from the model. */
final class HouseholdDrafts {

    /** The grids and villager groups the household form can choose from, by their shown label. */
    static final class Choices {
        final Map<String, Grid> grids = new LinkedHashMap<>();
        final Map<String, VillagerGroup> groups = new LinkedHashMap<>();
        final CodeList gridList;
        final CodeList groupList;

        Choices(List<Village> villages, List<Grid> gridList, Map<Long, List<VillagerGroup>> groupsByVillage) {
            Map<Long, String> villageNames = new LinkedHashMap<>();
            villages.forEach(v -> villageNames.put(v.id(), v.name()));
            for (Grid g : gridList) {
                grids.put(gridLabel(villageNames.get(g.villageId()), g), g);
            }
            for (var e : groupsByVillage.entrySet()) {
                for (VillagerGroup vg : e.getValue()) {
                    groups.put(villageNames.get(e.getKey()) + " " + vg.name(), vg);
                }
            }
            this.gridList = new CodeList("网格", List.copyOf(grids.keySet()), raw -> find(grids.keySet(), raw));
            this.groupList = new CodeList("村民小组", List.copyOf(groups.keySet()), raw -> find(groups.keySet(), raw));
        }

        static String gridLabel(String village, Grid g) {
            return village + " " + g.code().substring(g.code().length() - 3) + " " + g.name();
        }

        /** Exact label first, then the only label containing what was typed (e.g. "001" or "一组"). */
        private static Optional<String> find(java.util.Set<String> labels, String raw) {
            String q = raw == null ? "" : raw.strip();
            if (q.isEmpty()) {
                return Optional.empty();
            }
            if (labels.contains(q)) {
                return Optional.of(q);
            }
            List<String> hits = labels.stream().filter(l -> l.contains(q)).toList();
            return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
        }

        String gridLabelOf(Long gridId) {
            return grids.entrySet().stream().filter(e -> gridId != null && e.getValue().id() == gridId)
                    .map(Map.Entry::getKey).findFirst().orElse("");
        }

        String groupLabelOf(Long groupId) {
            return groups.entrySet().stream().filter(e -> groupId != null && e.getValue().id() == groupId)
                    .map(Map.Entry::getKey).findFirst().orElse("");
        }
    }

    private HouseholdDrafts() {
    }

    // ------------------------------------------------------------------ household

    static List<FieldSpec> householdFields(Choices choices) {
        return List.of(new FieldSpec("grid", "所属网格", FieldSpec.Kind.CODE, choices.gridList, 2), text("hhNumber", "户编号"),
                code("group", "村民小组", choices.groupList), code("hhType", "户类型", HouseholdCodes.HOUSEHOLD_TYPE),
                text("phone", "联系电话"), wide("address", "住址", 1), text("tenGroupNo", "十户一组组号"),
                text("tenGroupLeader", "联户长"), code("housing", "住房安全", HouseholdCodes.HOUSING),
                code("toilet", "改厕情况", HouseholdCodes.TOILET), flag("dibao", "低保"), flag("tekun", "特困供养"),
                wide("notes", "备注", 4));
    }

    static Draft household(Runnable onChange, Choices choices) {
        Draft d = new Draft(onChange);
        d.rule("grid", x -> x.v("grid") == null ? "请选择所属网格（可输入网格序号或名称）"
                : choices.gridList.check(x.v("grid")).value() == null ? "没有名为“" + x.v("grid") + "”的网格，请从列表中选择" : null);
        d.rule("hhNumber", x -> x.v("hhNumber") != null && !x.v("hhNumber").matches("[0-9A-Za-z]{1,30}")
                ? "户编号只能由数字或字母组成（不超过30位）" : null);
        d.rule("group", x -> x.v("group") != null && choices.groupList.check(x.v("group")).value() == null
                ? "没有名为“" + x.v("group") + "”的村民小组" : null);
        d.rule("hhType", x -> x.v("hhType") == null ? "请选择户类型" : HouseholdCodes.HOUSEHOLD_TYPE.check(x.v("hhType")).error());
        d.rule("phone", x -> HouseholdFields.phone(x.v("phone")).error());
        d.rule("housing", x -> HouseholdCodes.HOUSING.check(x.v("housing")).error());
        d.rule("toilet", x -> HouseholdCodes.TOILET.check(x.v("toilet")).error());
        d.set("hhType", "一般农户");
        d.revalidate();
        return d;
    }

    static void fill(Draft d, Household h, Choices choices) {
        d.set("grid", choices.gridLabelOf(h.gridId()));
        d.set("hhNumber", h.hhNumber());
        d.set("group", choices.groupLabelOf(h.villagerGroupId()));
        d.set("hhType", h.hhType());
        d.set("phone", h.phone());
        d.set("address", h.address());
        d.set("tenGroupNo", h.tenGroupNo());
        d.set("tenGroupLeader", h.tenGroupLeader());
        d.set("housing", h.housingStatus());
        d.set("toilet", h.toiletStatus());
        d.set("notes", h.notes());
        d.flag("dibao").set(h.dibao());
        d.flag("tekun").set(h.tekun());
    }

    static Household toHousehold(Draft d, String id, FuzzyDate since, Choices choices) {
        Grid grid = choices.grids.get(choices.gridList.check(d.v("grid")).value());
        String groupLabel = choices.groupList.check(d.v("group")).value();
        VillagerGroup group = groupLabel == null ? null : choices.groups.get(groupLabel);
        return new Household(id, d.v("hhNumber"), grid == null ? null : grid.id(), group == null ? null : group.id(),
                d.v("tenGroupNo"), d.v("tenGroupLeader"), d.v("address"), HouseholdFields.phone(d.v("phone")).value(),
                HouseholdCodes.HOUSEHOLD_TYPE.check(d.v("hhType")).value(), d.flag("dibao").get(), d.flag("tekun").get(),
                d.v("housing"), d.v("toilet"), d.v("notes"), since);
    }

    // ------------------------------------------------------------------ members

    static List<FieldSpec> memberFields() {
        return List.of(code("relation", "与户主关系", HouseholdCodes.RELATION), text("name", "姓名"),
                mono("idNumber", "身份证号"), code("gender", "性别", HouseholdCodes.GENDER),
                text("birth", "出生日期"), code("ethnicity", "民族", HouseholdCodes.ETHNICITY),
                code("education", "文化程度", HouseholdCodes.EDUCATION), code("student", "在校生状况", HouseholdCodes.STUDENT),
                text("health", "健康状况"), code("labour", "劳动技能", HouseholdCodes.LABOUR),
                text("monthsAway", "务工月数"), text("workPlace", "务工地点"),
                code("political", "政治面貌", HouseholdCodes.POLITICAL), text("phone", "联系电话"), flag("resident", "常住"));
    }

    static final List<String> MEMBER_COLUMNS = List.of("relation", "name", "idNumber", "gender", "birth", "education",
            "student", "health", "labour", "phone");

    static Draft member(Runnable onChange) {
        Draft d = new Draft(onChange);
        d.rule("relation", x -> x.v("relation") == null ? "请填写与户主关系（如 户主、配偶、之子）"
                : HouseholdCodes.RELATION.check(x.v("relation")).error());
        d.rule("name", x -> HouseholdFields.name(x.v("name")).error());
        d.rule("idNumber", x -> HouseholdFields.idNumber(x.v("idNumber")).error());
        d.rule("gender", x -> HouseholdCodes.GENDER.check(x.v("gender")).error());
        d.rule("birth", x -> HouseholdFields.date(x.v("birth")).error());
        // disagreeing with the ID number is a warning (formats.md §3 step 7): the ID itself may be the wrong one
        d.warning("gender", x -> HouseholdFields.crossCheck(x.v("idNumber"),
                HouseholdCodes.GENDER.check(x.v("gender")).value(), null));
        d.warning("birth", x -> HouseholdFields.crossCheck(x.v("idNumber"), null,
                HouseholdFields.date(x.v("birth")).value()));
        d.rule("ethnicity", x -> HouseholdCodes.ETHNICITY.check(x.v("ethnicity")).error());
        d.rule("education", x -> HouseholdCodes.EDUCATION.check(x.v("education")).error());
        d.rule("student", x -> x.v("education") != null && x.v("student") != null ? "文化程度和在校生状况只能填写一项"
                : HouseholdCodes.STUDENT.check(x.v("student")).error());
        d.rule("health", x -> HouseholdCodes.health(x.v("health")).error());
        d.rule("labour", x -> HouseholdCodes.LABOUR.check(x.v("labour")).error());
        d.rule("monthsAway", x -> HouseholdFields.monthsAway(x.v("monthsAway")).error());
        d.rule("political", x -> HouseholdCodes.POLITICAL.check(x.v("political")).error());
        d.rule("phone", x -> HouseholdFields.phone(x.v("phone")).error());
        // Typing the ID number fills gender and birth date: the number itself says them.
        d.p("idNumber").addListener((obs, old, now) -> {
            FieldCheck<HouseholdFields.IdFacts> id = HouseholdFields.idNumber(now);
            if (!id.hasError() && id.value() != null) {
                d.set("gender", id.value().gender());
                d.set("birth", id.value().birthDate().toString());
            }
        });
        d.set("ethnicity", "汉族");
        d.flag("resident").set(true);
        d.revalidate();
        return d;
    }

    static void fill(Draft d, Member m) {
        Person p = m.person();
        d.id = m.id();
        d.personId = p.id();
        d.set("relation", m.relation());
        d.set("name", p.name());
        d.set("idNumber", p.idNumber());
        d.set("gender", p.gender());
        d.set("birth", p.birthDate() == null ? null : p.birthDate().toIso());
        d.set("ethnicity", HouseholdCodes.ethnicityLabel(p.ethnicity()));
        d.set("education", m.education());
        d.set("student", m.studentStatus());
        d.set("health", m.health());
        d.set("labour", m.labourSkill());
        d.set("monthsAway", m.monthsAway() == null ? null : m.monthsAway().toString());
        d.set("workPlace", m.workPlace());
        d.set("political", p.politicalStatus());
        d.set("phone", p.phone());
        d.flag("resident").set(m.resident());
    }

    static Member toMember(Draft d, String householdId, int seq) {
        FieldCheck<HouseholdFields.IdFacts> id = HouseholdFields.idNumber(d.v("idNumber"));
        Person person = Person.basic(d.v("name"), id.value() == null ? null : id.value().idNumber(),
                HouseholdCodes.GENDER.check(d.v("gender")).value(), HouseholdFields.date(d.v("birth")).value(),
                HouseholdCodes.ethnicityCode(d.v("ethnicity")), HouseholdCodes.POLITICAL.check(d.v("political")).value(),
                HouseholdFields.phone(d.v("phone")).value()).withId(d.personId);
        return new Member(d.id, householdId, person, HouseholdCodes.RELATION.check(d.v("relation")).value(), seq,
                HouseholdCodes.EDUCATION.check(d.v("education")).value(),
                HouseholdCodes.STUDENT.check(d.v("student")).value(), HouseholdCodes.health(d.v("health")).value(),
                HouseholdCodes.LABOUR.check(d.v("labour")).value(), HouseholdFields.monthsAway(d.v("monthsAway")).value(),
                d.v("workPlace"), d.flag("resident").get(), null);
    }

    // ------------------------------------------------------------------ monitoring

    static List<FieldSpec> monitoringFields() {
        return List.of(code("category", "监测对象类别", HouseholdCodes.MONITORING_CATEGORY),
                text("identified", "识别年月"), code("risk1", "风险类型1", HouseholdCodes.RISK),
                code("risk2", "风险类型2", HouseholdCodes.RISK), code("risk3", "风险类型3", HouseholdCodes.RISK),
                wide("measures", "帮扶措施", 1), text("contactName", "帮扶责任人"), text("contactPhone", "责任人电话"),
                flag("eliminated", "风险已消除"), code("method", "消除方式", HouseholdCodes.ELIMINATION),
                text("eliminatedMonth", "消除年月"));
    }

    static final List<String> MONITORING_COLUMNS = List.of("category", "identified", "risk1", "risk2", "measures",
            "contactName", "eliminated", "eliminatedMonth");

    static Draft monitoring(Runnable onChange) {
        Draft d = new Draft(onChange);
        d.rule("category", x -> x.v("category") == null ? "请选择监测对象类别"
                : HouseholdCodes.MONITORING_CATEGORY.check(x.v("category")).error());
        d.rule("identified", x -> x.v("identified") == null ? "请填写识别年月，如 2025-03"
                : HouseholdFields.month(x.v("identified")).error());
        d.rule("risk1", x -> x.v("risk1") == null ? "请至少填写一项风险类型" : HouseholdCodes.RISK.check(x.v("risk1")).error());
        d.rule("risk2", x -> HouseholdCodes.RISK.check(x.v("risk2")).error());
        d.rule("risk3", x -> HouseholdCodes.RISK.check(x.v("risk3")).error());
        d.rule("contactPhone", x -> HouseholdFields.phone(x.v("contactPhone")).error());
        d.rule("method", x -> x.flag("eliminated").get() && x.v("method") == null ? "风险已消除时请填写消除方式"
                : HouseholdCodes.ELIMINATION.check(x.v("method")).error());
        d.rule("eliminatedMonth", x -> {
            if (!x.flag("eliminated").get()) {
                return x.v("eliminatedMonth") == null ? null : "风险未消除时不应填写消除年月";
            }
            FieldCheck<FuzzyDate> m = HouseholdFields.month(x.v("eliminatedMonth"));
            FieldCheck<FuzzyDate> from = HouseholdFields.month(x.v("identified"));
            if (m.value() == null) {
                return m.hasError() ? m.error() : "风险已消除时请填写消除年月";
            }
            return from.value() != null && m.value().compareTo(from.value()) < 0 ? "消除年月不能早于识别年月" : null;
        });
        d.revalidate();
        return d;
    }

    static void fill(Draft d, Monitoring m) {
        d.id = m.id();
        d.set("category", m.category());
        d.set("identified", m.identifiedMonth() == null ? null : m.identifiedMonth().toIso());
        d.set("risk1", m.risk1());
        d.set("risk2", m.risk2());
        d.set("risk3", m.risk3());
        d.set("measures", m.measures());
        d.set("contactName", m.contactName());
        d.set("contactPhone", m.contactPhone());
        d.flag("eliminated").set(m.riskEliminated());
        d.set("method", m.eliminationMethod());
        d.set("eliminatedMonth", m.eliminatedMonth() == null ? null : m.eliminatedMonth().toIso());
    }

    static Monitoring toMonitoring(Draft d, String householdId) {
        return new Monitoring(d.id, householdId, HouseholdCodes.MONITORING_CATEGORY.check(d.v("category")).value(),
                HouseholdCodes.RISK.check(d.v("risk1")).value(), HouseholdCodes.RISK.check(d.v("risk2")).value(),
                HouseholdCodes.RISK.check(d.v("risk3")).value(), HouseholdFields.month(d.v("identified")).value(),
                d.v("measures"), d.v("contactName"), HouseholdFields.phone(d.v("contactPhone")).value(),
                d.flag("eliminated").get(), HouseholdCodes.ELIMINATION.check(d.v("method")).value(),
                HouseholdFields.month(d.v("eliminatedMonth")).value());
    }

    // ------------------------------------------------------------------ awards

    static List<FieldSpec> awardFields() {
        return List.of(code("type", "示范户类型", HouseholdCodes.AWARD_TYPE), text("year", "年度"),
                code("level", "级别", HouseholdCodes.AWARD_LEVEL));
    }

    static Draft award(Runnable onChange) {
        Draft d = new Draft(onChange);
        d.rule("type", x -> x.v("type") == null ? "请选择示范户类型" : HouseholdCodes.AWARD_TYPE.check(x.v("type")).error());
        d.rule("year", x -> HouseholdFields.year(x.v("year")).error());
        d.rule("level", x -> x.v("level") == null ? "请选择级别（村/乡/县/市/省）"
                : HouseholdCodes.AWARD_LEVEL.check(x.v("level")).error());
        d.set("year", String.valueOf(java.time.LocalDate.now().getYear()));
        d.set("level", "村");
        d.revalidate();
        return d;
    }

    static void fill(Draft d, Award a) {
        d.id = a.id();
        d.set("type", a.awardType());
        d.set("year", String.valueOf(a.year()));
        d.set("level", a.level());
    }

    static Award toAward(Draft d, String householdId) {
        return new Award(d.id, householdId, HouseholdCodes.AWARD_TYPE.check(d.v("type")).value(),
                HouseholdFields.year(d.v("year")).value(), HouseholdCodes.AWARD_LEVEL.check(d.v("level")).value());
    }
}
