package cn.gridledger.model.code;

import java.util.List;
import java.util.Optional;

/** Household demonstration awards. Matched by the core words, since titles vary (美丽庭院示范户 …). */
public enum AwardType {
    美丽庭院("美丽庭院"), 干净人家("干净人家"), 文明示范户("文明"), 好家风家庭("家风");

    private final String keyword;

    AwardType(String keyword) {
        this.keyword = keyword;
    }

    public String label() {
        return name();
    }

    public static Optional<AwardType> match(String raw) {
        String key = CodeText.compact(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (AwardType a : values()) {
            if (key.contains(a.keyword)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public static List<AwardType> all() {
        return List.of(values());
    }
}
