package cn.gridledger.model.code;

import java.util.List;
import java.util.Optional;

/**
 * 文化程度 in the poverty-monitoring wording. Mutually exclusive with {@link StudentStatus}: a member
 * still at school has a student status instead. Declared from lowest to highest.
 */
public enum PovertyEducation {
    文盲或半文盲, 小学, 初中, 高中, 大专, 本科及以上;

    public String label() {
        return name();
    }

    /** The poverty wording, or any cadre/GB wording mapped onto it (中专 counts as 高中 here). */
    public static Optional<PovertyEducation> match(String raw) {
        String key = CodeText.compact(raw);
        for (PovertyEducation p : values()) {
            if (p.name().equals(key)) {
                return Optional.of(p);
            }
        }
        return Education.match(key).map(PovertyEducation::fromEducation);
    }

    public static PovertyEducation fromEducation(Education e) {
        return switch (e) {
            case 研究生, 大学本科 -> 本科及以上;
            case 大学专科 -> 大专;
            case 中专, 高中 -> 高中;
            case 初中 -> 初中;
            case 小学 -> 小学;
            case 文盲或半文盲 -> 文盲或半文盲;
        };
    }

    public static List<PovertyEducation> all() {
        return List.of(values());
    }
}
