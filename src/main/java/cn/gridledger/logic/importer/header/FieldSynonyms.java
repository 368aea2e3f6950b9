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
        return Optional.ofNullable(BY_LABEL.get(leaf));
    }

    private static boolean isEducationGroup(String parent) {
        return "全日制教育".equals(parent) || "在职教育".equals(parent);
    }

    /** Every display name, for the NO_HEADER message. */
    static List<String> lookedFor() {
        return Arrays.stream(RosterField.values()).map(RosterField::displayName).toList();
    }
}
