package cn.gridledger.logic.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.gridledger.logic.validate.CodeLists;
import cn.gridledger.model.code.AwardLevel;
import cn.gridledger.model.code.AwardType;
import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.GridType;
import cn.gridledger.model.code.Health;
import cn.gridledger.model.code.HouseholdType;
import cn.gridledger.model.code.LabourSkill;
import cn.gridledger.model.code.MonitoringCategory;
import cn.gridledger.model.code.PoliticalStatus;
import cn.gridledger.model.code.PovertyEducation;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.model.code.Risk;
import cn.gridledger.model.code.StudentStatus;

/**
 * The drop-downs of the household form, each backed by a shared code list: its labels ({@code all()})
 * and its tolerant {@code match} (typing 子 or 儿子 gives 之子), with the same Chinese message as the
 * importer when nothing matches.
 */
public final class HouseholdCodes {

    /** One code list as the form uses it. */
    public record CodeList(String fieldName, List<String> labels, Function<String, Optional<String>> matcher) {

        /** The canonical label for what was typed; empty input gives an empty value without error. */
        public FieldCheck<String> check(String raw) {
            return HouseholdFields.of(CodeLists.parse(raw, matcher, fieldName, labels, Function.identity()));
        }
    }

    private static <E> CodeList list(String field, List<E> all, Function<String, Optional<E>> match,
            Function<E, String> label) {
        return new CodeList(field, all.stream().map(label).toList(), raw -> match.apply(raw).map(label));
    }

    public static final CodeList RELATION = list("与户主关系", Relationship.all(), Relationship::match, Relationship::label);
    public static final CodeList EDUCATION = list("文化程度", PovertyEducation.all(), PovertyEducation::match,
            PovertyEducation::label);
    public static final CodeList STUDENT = list("在校生状况", StudentStatus.all(), StudentStatus::match, StudentStatus::label);
    public static final CodeList LABOUR = list("劳动技能", LabourSkill.all(), LabourSkill::match, LabourSkill::label);
    public static final CodeList POLITICAL = list("政治面貌", PoliticalStatus.all(), PoliticalStatus::match,
            PoliticalStatus::label);
    public static final CodeList ETHNICITY = list("民族", Ethnicity.all(), Ethnicity::match, Ethnicity::label);
    public static final CodeList HOUSEHOLD_TYPE = list("户类型", HouseholdType.all(), HouseholdType::match,
            HouseholdType::label);
    public static final CodeList MONITORING_CATEGORY = list("监测对象类别", MonitoringCategory.all(),
            MonitoringCategory::match, MonitoringCategory::label);
    public static final CodeList RISK = list("风险类型", Risk.all(), Risk::match, Risk::label);
    public static final CodeList AWARD_TYPE = list("示范户类型", AwardType.all(), AwardType::match, AwardType::label);
    public static final CodeList AWARD_LEVEL = list("级别", AwardLevel.all(), AwardLevel::match, AwardLevel::label);
    public static final CodeList GRID_TYPE = list("网格类型", GridType.all(), GridType::match, GridType::label);
    public static final CodeList GENDER = new CodeList("性别", List.of("男", "女"),
            raw -> cn.gridledger.model.Gender.fromText(raw).map(cn.gridledger.model.Gender::label));
    public static final CodeList ELIMINATION = new CodeList("消除方式", List.of("帮扶消除", "自然消除"),
            raw -> raw == null ? Optional.empty() : raw.contains("帮扶") ? Optional.of("帮扶消除")
                    : raw.contains("自然") ? Optional.of("自然消除") : Optional.empty());
    public static final CodeList HOUSING = new CodeList("住房安全", List.of("安全", "不安全", "已改造"),
            raw -> List.of("安全", "不安全", "已改造").stream().filter(s -> s.equals(raw == null ? "" : raw.strip())).findFirst());
    public static final CodeList TOILET = new CodeList("改厕情况", List.of("已改厕", "未改厕", "无需改厕"),
            raw -> List.of("已改厕", "未改厕", "无需改厕").stream().filter(s -> s.equals(raw == null ? "" : raw.strip())).findFirst());

    private HouseholdCodes() {
    }

    /** 健康 is multi-valued: 长期慢性病,残疾. */
    public static FieldCheck<String> health(String raw) {
        return HouseholdFields.of(CodeLists.parseHealth(raw).map(CodeLists::formatHealth));
    }

    public static List<String> healthLabels() {
        return Health.all().stream().map(Health::label).toList();
    }

    /** GB/T 3304 code of an ethnicity label (the person table stores the code), or null. */
    public static String ethnicityCode(String label) {
        return label == null ? null : Ethnicity.match(label).map(Ethnicity::code).orElse(null);
    }

    /** Label of a stored ethnicity code (or already a label), or null. */
    public static String ethnicityLabel(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        return Ethnicity.all().stream().filter(e -> e.code().equals(stored)).map(Ethnicity::label).findFirst()
                .orElseGet(() -> Ethnicity.match(stored).map(Ethnicity::label).orElse(stored));
    }
}
