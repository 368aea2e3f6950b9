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
import cn.gridledger.model.code.AwardLevel;
import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.HouseholdType;
import cn.gridledger.ui.I18n;

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
            this.gridList = new CodeList(I18n.t("hh.codeList.grid"), List.copyOf(grids.keySet()),
                    raw -> find(grids.keySet(), raw));
            this.groupList = new CodeList(I18n.t("hh.field.group"), List.copyOf(groups.keySet()),
                    raw -> find(groups.keySet(), raw));
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
        return List.of(new FieldSpec("grid", I18n.t("hh.field.grid"), FieldSpec.Kind.CODE, choices.gridList, 2),
                text("hhNumber", I18n.t("hh.field.hhNumber")),
                code("group", I18n.t("hh.field.group"), choices.groupList),
                code("hhType", I18n.t("hh.field.hhType"), HouseholdCodes.HOUSEHOLD_TYPE),
                text("phone", I18n.t("hh.field.phone")), wide("address", I18n.t("hh.field.address"), 1),
                text("tenGroupNo", I18n.t("hh.field.tenGroupNo")),
                text("tenGroupLeader", I18n.t("hh.field.tenGroupLeader")),
                code("housing", I18n.t("hh.field.housing"), HouseholdCodes.HOUSING),
                code("toilet", I18n.t("hh.field.toilet"), HouseholdCodes.TOILET), flag("dibao", I18n.t("hh.field.dibao")),
                flag("tekun", I18n.t("hh.field.tekun")), wide("notes", I18n.t("hh.field.notes"), 4));
    }

    static Draft household(Runnable onChange, Choices choices) {
        Draft d = new Draft(onChange);
        d.rule("grid", x -> x.v("grid") == null ? I18n.t("hh.err.gridMissing")
                : choices.gridList.check(x.v("grid")).value() == null ? I18n.t("hh.err.gridUnknown", x.v("grid")) : null);
        d.rule("hhNumber", x -> x.v("hhNumber") != null && !x.v("hhNumber").matches("[0-9A-Za-z]{1,30}")
                ? I18n.t("hh.err.hhNumber") : null);
        d.rule("group", x -> x.v("group") != null && choices.groupList.check(x.v("group")).value() == null
                ? I18n.t("hh.err.groupUnknown", x.v("group")) : null);
        d.rule("hhType", x -> x.v("hhType") == null ? I18n.t("hh.err.hhTypeMissing")
                : HouseholdCodes.HOUSEHOLD_TYPE.check(x.v("hhType")).error());
        d.rule("phone", x -> HouseholdFields.phone(x.v("phone")).error());
        d.rule("housing", x -> HouseholdCodes.HOUSING.check(x.v("housing")).error());
        d.rule("toilet", x -> HouseholdCodes.TOILET.check(x.v("toilet")).error());
        d.set("hhType", HouseholdType.一般农户.label());
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
        return List.of(code("relation", I18n.t("hh.member.relation"), HouseholdCodes.RELATION),
                text("name", I18n.t("hh.member.name")), mono("idNumber", I18n.t("hh.member.idNumber")),
                code("gender", I18n.t("hh.member.gender"), HouseholdCodes.GENDER),
                text("birth", I18n.t("hh.member.birth")),
                code("ethnicity", I18n.t("hh.member.ethnicity"), HouseholdCodes.ETHNICITY),
                code("education", I18n.t("hh.member.education"), HouseholdCodes.EDUCATION),
                code("student", I18n.t("hh.member.student"), HouseholdCodes.STUDENT),
                text("health", I18n.t("hh.member.health")), code("labour", I18n.t("hh.member.labour"), HouseholdCodes.LABOUR),
                text("monthsAway", I18n.t("hh.member.monthsAway")), text("workPlace", I18n.t("hh.member.workPlace")),
                code("political", I18n.t("hh.member.political"), HouseholdCodes.POLITICAL),
                text("phone", I18n.t("hh.member.phone")), flag("resident", I18n.t("hh.member.resident")));
    }

    static final List<String> MEMBER_COLUMNS = List.of("relation", "name", "idNumber", "gender", "birth", "education",
            "student", "health", "labour", "phone");

    static Draft member(Runnable onChange) {
        Draft d = new Draft(onChange);
        d.rule("relation", x -> x.v("relation") == null ? I18n.t("hh.err.relationMissing")
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
        d.rule("student", x -> x.v("education") != null && x.v("student") != null ? I18n.t("hh.err.educationOrStudent")
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
        d.set("ethnicity", Ethnicity.汉族.label());
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
        return List.of(code("category", I18n.t("hh.monitoring.category"), HouseholdCodes.MONITORING_CATEGORY),
                text("identified", I18n.t("hh.monitoring.identified")),
                code("risk1", I18n.t("hh.monitoring.risk1"), HouseholdCodes.RISK),
                code("risk2", I18n.t("hh.monitoring.risk2"), HouseholdCodes.RISK),
                code("risk3", I18n.t("hh.monitoring.risk3"), HouseholdCodes.RISK),
                wide("measures", I18n.t("hh.monitoring.measures"), 1),
                text("contactName", I18n.t("hh.monitoring.contactName")),
                text("contactPhone", I18n.t("hh.monitoring.contactPhone")),
                flag("eliminated", I18n.t("hh.monitoring.eliminated")),
                code("method", I18n.t("hh.monitoring.method"), HouseholdCodes.ELIMINATION),
                text("eliminatedMonth", I18n.t("hh.monitoring.eliminatedMonth")));
    }

    static final List<String> MONITORING_COLUMNS = List.of("category", "identified", "risk1", "risk2", "measures",
            "contactName", "eliminated", "eliminatedMonth");

    static Draft monitoring(Runnable onChange) {
        Draft d = new Draft(onChange);
        d.rule("category", x -> x.v("category") == null ? I18n.t("hh.err.categoryMissing")
                : HouseholdCodes.MONITORING_CATEGORY.check(x.v("category")).error());
        d.rule("identified", x -> x.v("identified") == null ? I18n.t("hh.err.identifiedMissing")
                : HouseholdFields.month(x.v("identified")).error());
        d.rule("risk1", x -> x.v("risk1") == null ? I18n.t("hh.err.riskMissing")
                : HouseholdCodes.RISK.check(x.v("risk1")).error());
        d.rule("risk2", x -> HouseholdCodes.RISK.check(x.v("risk2")).error());
        d.rule("risk3", x -> HouseholdCodes.RISK.check(x.v("risk3")).error());
        d.rule("contactPhone", x -> HouseholdFields.phone(x.v("contactPhone")).error());
        d.rule("method", x -> x.flag("eliminated").get() && x.v("method") == null ? I18n.t("hh.err.methodMissing")
                : HouseholdCodes.ELIMINATION.check(x.v("method")).error());
        d.rule("eliminatedMonth", x -> {
            if (!x.flag("eliminated").get()) {
                return x.v("eliminatedMonth") == null ? null : I18n.t("hh.err.eliminatedMonthNotYet");
            }
            FieldCheck<FuzzyDate> m = HouseholdFields.month(x.v("eliminatedMonth"));
            FieldCheck<FuzzyDate> from = HouseholdFields.month(x.v("identified"));
            if (m.value() == null) {
                return m.hasError() ? m.error() : I18n.t("hh.err.eliminatedMonthMissing");
            }
            return from.value() != null && m.value().compareTo(from.value()) < 0
                    ? I18n.t("hh.err.eliminatedBeforeIdentified") : null;
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
        return List.of(code("type", I18n.t("hh.award.type"), HouseholdCodes.AWARD_TYPE),
                text("year", I18n.t("hh.award.year")), code("level", I18n.t("hh.award.level"), HouseholdCodes.AWARD_LEVEL));
    }

    static Draft award(Runnable onChange) {
        Draft d = new Draft(onChange);
        d.rule("type", x -> x.v("type") == null ? I18n.t("hh.err.awardTypeMissing")
                : HouseholdCodes.AWARD_TYPE.check(x.v("type")).error());
        d.rule("year", x -> HouseholdFields.year(x.v("year")).error());
        d.rule("level", x -> x.v("level") == null ? I18n.t("hh.err.awardLevelMissing")
                : HouseholdCodes.AWARD_LEVEL.check(x.v("level")).error());
        d.set("year", String.valueOf(java.time.LocalDate.now().getYear()));
        d.set("level", AwardLevel.村.name()); // the short form 村, as typed; the code list reads it as 村级
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
