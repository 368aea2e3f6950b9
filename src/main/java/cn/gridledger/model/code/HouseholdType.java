package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 户类型. Older data splits 脱贫户 into 一般/低保/特困供养脱贫户; all read as 脱贫户. */
public enum HouseholdType {
    一般农户, 脱贫户;

    private static final Map<String, HouseholdType> ALIASES = Map.of(
            "普通农户", 一般农户, "农户", 一般农户, "一般户", 一般农户,
            "一般脱贫户", 脱贫户, "低保脱贫户", 脱贫户, "特困供养脱贫户", 脱贫户,
            "建档立卡贫困户", 脱贫户, "建档立卡脱贫户", 脱贫户);

    public String label() {
        return name();
    }

    public static Optional<HouseholdType> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<HouseholdType> all() {
        return List.of(values());
    }
}
