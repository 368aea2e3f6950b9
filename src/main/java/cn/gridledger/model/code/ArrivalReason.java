package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a person joined a household already on the ledger: 出生, 迁入, 合户 (from another household on the
 * ledger), 其他. Recorded with its date; the quarter's reports count the person from that day.
 */
public enum ArrivalReason {
    出生, 迁入, 合户, 其他;

    private static final Map<String, ArrivalReason> ALIASES = Map.ofEntries(
            Map.entry("新生", 出生), Map.entry("新生儿", 出生), Map.entry("户口迁入", 迁入), Map.entry("婚入", 迁入),
            Map.entry("嫁入", 迁入), Map.entry("入户", 其他));

    public String label() {
        return name();
    }

    /** As the status event and the 变动 list say it: 其他 is 入户 there (the opposite of 移出). */
    public String eventType() {
        return this == 其他 ? "入户" : name();
    }

    /** The event types that bring a person into a household. */
    public static List<String> eventTypes() {
        List<String> types = new java.util.ArrayList<>(java.util.Arrays.stream(values()).map(ArrivalReason::eventType).toList());
        types.add(HouseholdChange.SPLIT_JOIN); // written by 分户, never chosen in the 入户 dialog
        return List.copyOf(types);
    }

    public static Optional<ArrivalReason> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<ArrivalReason> all() {
        return List.of(values());
    }
}
