package cn.gridledger.logic.importer.header;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up a flattened header label (its parts from parent to leaf) in the synonym table.
 * Tries the most specific reading first: the full path, then parent + leaf, then the parts run together
 * (`全日制` + `学历` = `全日制学历`), then the leaf alone.
 */
final class FieldSynonyms {

    private static final String PATH_SEPARATOR = "/";
    private static final Map<String, RosterField> BY_LABEL = buildTable();

    /** Group headers are written in several ways; they matter only in front of 学历/学位/院校. */
    private static final Map<String, String> PARENT_ALIASES = Map.of(
            "全日制", "全日制教育", "全日制教育", "全日制教育", "全日制学历教育", "全日制教育",
            "在职", "在职教育", "在职教育", "在职教育", "在职学历教育", "在职教育");

    private FieldSynonyms() {
    }

    private static Map<String, RosterField> buildTable() {
        Map<String, RosterField> table = new HashMap<>();
        for (RosterField field : RosterField.values()) {
            table.putIfAbsent(LabelNormalizer.normalize(field.displayName()), field);
            for (String synonym : field.synonyms()) {
                table.putIfAbsent(LabelNormalizer.normalize(synonym), field);
            }
        }
        return Map.copyOf(table);
    }

    /** @param parts normalised label parts, parent first, at least one */
    static Optional<RosterField> match(List<String> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String leaf = parts.get(parts.size() - 1);
        if (parts.size() > 1) {
            String parent = parts.get(parts.size() - 2);
            String canonicalParent = PARENT_ALIASES.getOrDefault(parent, parent);
            for (String key : List.of(String.join(PATH_SEPARATOR, parts), canonicalParent + PATH_SEPARATOR + leaf,
                    String.join("", parts), canonicalParent + leaf)) {
                RosterField f = BY_LABEL.get(key);
                if (f != null) {
                    return Optional.of(f);
                }
            }
            if (isEducationGroup(canonicalParent)) {
                return Optional.empty(); // 在职教育/备注-like oddities must not fall back to the bare leaf
            }
        }
        RosterField exact = BY_LABEL.get(leaf);
        if (exact != null) {
            return Optional.of(exact);
        }
        String bare = LabelNormalizer.withoutNote(leaf);
        if (!bare.equals(leaf) && BY_LABEL.containsKey(bare)) {
            return Optional.of(BY_LABEL.get(bare));
        }
        return byKeyword(bare);
    }

    /**
     * Labels nobody listed still say what they hold: 本人身份证号, 干部本人姓名, 出生年月（公历）. Checked in
     * order, most specific first; a 户主… label is left to the exact table (户主姓名 is not the member's name).
     */
    private static final List<Map.Entry<String, RosterField>> KEYWORDS = List.of(
            Map.entry("身份证", RosterField.ID_NUMBER), Map.entry("身份号码", RosterField.ID_NUMBER),
            Map.entry("证件号", RosterField.ID_NUMBER), Map.entry("与户主", RosterField.RELATION),
            Map.entry("户编号", RosterField.HOUSEHOLD_NO), Map.entry("入党", RosterField.PARTY_JOIN_DATE),
            Map.entry("参加工作", RosterField.WORK_START_DATE), Map.entry("出生", RosterField.BIRTH_DATE),
            Map.entry("姓名", RosterField.NAME), Map.entry("性别", RosterField.GENDER),
            Map.entry("民族", RosterField.ETHNICITY), Map.entry("政治面貌", RosterField.POLITICAL_STATUS),
            Map.entry("手机", RosterField.PHONE), Map.entry("电话", RosterField.PHONE),
            Map.entry("派出层级", RosterField.DISPATCH_LEVEL), Map.entry("派出单位", RosterField.DISPATCH_UNIT),
            Map.entry("任职时间", RosterField.POST_SINCE), Map.entry("职务", RosterField.POST),
            Map.entry("一肩挑", RosterField.ONE_SHOULDER));

    private static Optional<RosterField> byKeyword(String label) {
        if (label.length() < 2 || label.length() > 16 || label.startsWith("户主") || label.startsWith("是否") && !label.contains("一肩挑")) {
            return Optional.empty();
        }
        for (Map.Entry<String, RosterField> k : KEYWORDS) {
            if (label.contains(k.getKey())) {
                return Optional.of(k.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean isEducationGroup(String parent) {
        return "全日制教育".equals(parent) || "在职教育".equals(parent);
    }

    /** Every display name, for the NO_HEADER message. */
    static List<String> lookedFor() {
        return Arrays.stream(RosterField.values()).map(RosterField::displayName).toList();
    }
}
