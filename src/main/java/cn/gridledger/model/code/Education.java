package cn.gridledger.model.code;

import java.util.List;
import java.util.Optional;

/**
 * 学历 as cadre rosters and 组织部 statistics use it: GB/T 4658-2006 categories collapsed to levels.
 * Declared from lowest to highest so that {@link #rank()} compares attainment.
 */
public enum Education {
    文盲或半文盲("90"), 小学("80"), 初中("70"), 高中("60"), 中专("40"), 大学专科("30"), 大学本科("20"), 研究生("10");

    /** The five groups of the township statistics tables. */
    public enum StatsBucket { 研究生, 大学本科, 大学专科, 中专及高中, 初中及以下 }

    /** Words removed before matching: how the education was obtained, not its level. */
    private static final String MODE_PREFIX =
            "^(全日制|在职|中央党校|省委党校|市委党校|州委党校|县委党校|党校|函授|自考|自学考试|成人|成教|网络|远程|电大|夜大|业余)+";
    private static final String STATUS_SUFFIX = "(毕业|结业|肄业|学历|文化|教育|在读|以上|及以上)+$";

    private final String code;

    Education(String code) {
        this.code = code;
    }

    /**
     * The GB/T 4658 category code (10, 20, …). GB/T 4658 has no illiterate category; 90 (其他) is the
     * closest and is what statistics use for it.
     */
    public String code() {
        return code;
    }

    public String label() {
        return name();
    }

    /** Higher is more education; compare full-time and in-service education with {@link #highest}. */
    public int rank() {
        return ordinal();
    }

    public StatsBucket statsBucket() {
        return switch (this) {
            case 研究生 -> StatsBucket.研究生;
            case 大学本科 -> StatsBucket.大学本科;
            case 大学专科 -> StatsBucket.大学专科;
            case 中专, 高中 -> StatsBucket.中专及高中;
            default -> StatsBucket.初中及以下;
        };
    }

    /** The higher of two (either may be null), e.g. 全日制 and 在职 education of one cadre. */
    public static Education highest(Education a, Education b) {
        if (a == null) {
            return b;
        }
        return b == null || a.rank() >= b.rank() ? a : b;
    }

    /**
     * Accepts the display words (研究生/博士/硕士, 大学/本科, 大专, 中专/职高/技校, 高中, 初中, 小学, 文盲),
     * GB/T 4658 codes (two digits: the first digit is the level) and prefixed forms such as
     * {@code 省委党校研究生}, {@code 全日制大专}, {@code 在职大学}, {@code 大学本科毕业}.
     */
    public static Optional<Education> match(String raw) {
        String key = CodeText.withoutRemarks(CodeText.compact(raw));
        if (key.matches("\\d{2}")) {
            return fromCode(key);
        }
        key = key.replaceAll(MODE_PREFIX, "").replaceAll(STATUS_SUFFIX, "");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // Order matters: 大学专科 contains 大学, 高职高专 contains 职高, 中等专科 contains 专科,
        // 职业高中 contains 高中.
        if (key.matches(".*(研究生|博士|硕士).*")) {
            return Optional.of(研究生);
        }
        if (key.matches(".*(大学专科|大专|高职|高专).*")) {
            return Optional.of(大学专科);
        }
        if (key.matches(".*(中专|中等专科|中等职业|职高|职业高中|技校|技工|中技|中职).*")) {
            return Optional.of(中专);
        }
        if (key.contains("专科")) {
            return Optional.of(大学专科);
        }
        if (key.matches(".*(本科|大学|大本|学士).*")) {
            return Optional.of(大学本科);
        }
        if (key.contains("高中")) {
            return Optional.of(高中);
        }
        if (key.matches(".*(初中|初级中学).*")) {
            return Optional.of(初中);
        }
        if (key.contains("小学")) {
            return Optional.of(小学);
        }
        if (key.matches(".*(文盲|不识字).*")) {
            return Optional.of(文盲或半文盲);
        }
        return Optional.empty();
    }

    private static Optional<Education> fromCode(String twoDigits) {
        return switch (twoDigits.charAt(0)) {
            case '1' -> Optional.of(研究生);
            case '2' -> Optional.of(大学本科);
            case '3' -> Optional.of(大学专科);
            case '4' -> Optional.of(中专);
            case '6' -> Optional.of(高中);
            case '7' -> Optional.of(初中);
            case '8' -> Optional.of(小学);
            case '9' -> Optional.of(文盲或半文盲);
            default -> Optional.empty();
        };
    }

    /** Highest first, as drop-downs list them. */
    public static List<Education> all() {
        List<Education> list = new java.util.ArrayList<>(List.of(values()));
        java.util.Collections.reverse(list);
        return List.copyOf(list);
    }
}
