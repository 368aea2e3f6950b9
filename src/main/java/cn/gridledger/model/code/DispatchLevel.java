package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Level of the unit that dispatched a first secretary or work-team member, highest first. */
public enum DispatchLevel {
    中央, 省, 市, 县, 乡;

    private static final Map<String, DispatchLevel> ALIASES = Map.ofEntries(
            Map.entry("中央级", 中央), Map.entry("中直", 中央), Map.entry("中央单位", 中央),
            Map.entry("省级", 省), Map.entry("省直", 省), Map.entry("市级", 市), Map.entry("市直", 市),
            Map.entry("州", 市), Map.entry("州级", 市), Map.entry("县级", 县), Map.entry("县直", 县),
            Map.entry("区", 县), Map.entry("区级", 县), Map.entry("乡级", 乡), Map.entry("镇", 乡),
            Map.entry("镇级", 乡), Map.entry("乡镇", 乡), Map.entry("乡镇级", 乡), Map.entry("街道", 乡));

    public String label() {
        return this == 中央 ? "中央" : name() + "级";
    }

    public static Optional<DispatchLevel> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<DispatchLevel> all() {
        return List.of(values());
    }
}
