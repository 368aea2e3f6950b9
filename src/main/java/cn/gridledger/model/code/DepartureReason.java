package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a person left a household (the 户籍 wording): 迁出, 死亡, 分户 (now a member of a new household),
 * 其他. Recorded with its date as a status event; the quarter's reports count the person up to that day.
 */
public enum DepartureReason {
    迁出, 死亡, 分户, 其他;

    private static final Map<String, DepartureReason> ALIASES = Map.ofEntries(
            Map.entry("迁移", 迁出), Map.entry("外迁", 迁出), Map.entry("户口迁出", 迁出), Map.entry("去世", 死亡),
            Map.entry("死亡注销", 死亡), Map.entry("病故", 死亡), Map.entry("分户另立", 分户), Map.entry("移出", 其他));

    public String label() {
        return name();
    }

    /** As the status event and the 变动 list say it: 其他 is 移出 there (the opposite of 入户). */
    public String eventType() {
        return this == 其他 ? "移出" : name();
    }

    /** The event types that take a person out of a household. */
    public static List<String> eventTypes() {
        List<String> types = new java.util.ArrayList<>(java.util.Arrays.stream(values()).map(DepartureReason::eventType).toList());
        types.add(HouseholdChange.MERGE_LEAVE); // written by 合户, never chosen in the 移出 dialog
        return List.copyOf(types);
    }

    public static Optional<DepartureReason> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<DepartureReason> all() {
        return List.of(values());
    }
}
