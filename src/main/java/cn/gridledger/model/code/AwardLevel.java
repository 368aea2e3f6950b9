package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Level of an award, lowest first so that {@code compareTo} orders them. */
public enum AwardLevel {
    村, 乡, 县, 市, 省;

    private static final Map<String, AwardLevel> ALIASES = Map.ofEntries(
            Map.entry("村级", 村), Map.entry("社区", 村), Map.entry("乡级", 乡), Map.entry("镇", 乡),
            Map.entry("镇级", 乡), Map.entry("乡镇", 乡), Map.entry("乡镇级", 乡), Map.entry("街道", 乡),
            Map.entry("县级", 县), Map.entry("区", 县), Map.entry("区级", 县), Map.entry("县区", 县),
            Map.entry("市级", 市), Map.entry("州", 市), Map.entry("州级", 市), Map.entry("地市", 市),
            Map.entry("省级", 省));

    public String label() {
        return name() + "级";
    }

    public static Optional<AwardLevel> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<AwardLevel> all() {
        return List.of(values());
    }
}
