package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A cadre's post. Roster wording varies a lot, so {@link #match} falls back to keywords. */
public enum PostType {
    村党组织书记, 村委会主任,
    /** 书记兼主任: one person holds both top posts. */
    一肩挑,
    副书记, 两委委员, 村务监督委员会主任, 第一书记, 驻村工作队长, 驻村工作队员, 包村干部, 网格长, 网格员;

    private static final Map<String, PostType> ALIASES = Map.ofEntries(
            Map.entry("书记兼主任", 一肩挑), Map.entry("村党组织书记兼村委会主任", 一肩挑),
            Map.entry("党支部书记兼村委会主任", 一肩挑), Map.entry("书记、主任", 一肩挑), Map.entry("书记主任", 一肩挑),
            Map.entry("村支书", 村党组织书记), Map.entry("支书", 村党组织书记), Map.entry("书记", 村党组织书记),
            Map.entry("村主任", 村委会主任), Map.entry("主任", 村委会主任),
            Map.entry("工作队长", 驻村工作队长), Map.entry("队长", 驻村工作队长),
            Map.entry("工作队员", 驻村工作队员), Map.entry("队员", 驻村工作队员),
            Map.entry("专职网格员", 网格员), Map.entry("兼职网格员", 网格员));

    public String label() {
        return name();
    }

    /** Posts of the 村两委 (party branch committee and villagers' committee). */
    public boolean isTwoCommittees() {
        return this == 村党组织书记 || this == 村委会主任 || this == 一肩挑 || this == 副书记 || this == 两委委员;
    }

    public static Optional<PostType> match(String raw) {
        Optional<PostType> exact = Lookup.nameOrAlias(values(), raw, ALIASES);
        if (exact.isPresent()) {
            return exact;
        }
        String key = CodeText.compact(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // Most specific first: 第一书记 and 副书记 contain 书记; 监督委员会主任 and 副主任 contain 主任.
        if (key.contains("第一书记")) {
            return Optional.of(第一书记);
        }
        if (key.contains("一肩挑") || key.matches(".*书记.*主任.*") && !key.contains("副")) {
            return Optional.of(一肩挑);
        }
        if (key.contains("监督") || key.contains("监委")) {
            return Optional.of(村务监督委员会主任);
        }
        if (key.contains("副书记")) {
            return Optional.of(副书记);
        }
        if (key.contains("书记")) {
            return Optional.of(村党组织书记);
        }
        if (key.contains("副主任") || key.contains("委员")) {
            return Optional.of(两委委员);
        }
        if (key.contains("主任")) {
            return Optional.of(村委会主任);
        }
        if (key.contains("队长")) {
            return Optional.of(驻村工作队长);
        }
        if (key.contains("队员")) {
            return Optional.of(驻村工作队员);
        }
        if (key.contains("包村")) {
            return Optional.of(包村干部);
        }
        if (key.contains("网格长")) {
            return Optional.of(网格长);
        }
        return key.contains("网格员") ? Optional.of(网格员) : Optional.empty();
    }

    public static List<PostType> all() {
        return List.of(values());
    }
}
