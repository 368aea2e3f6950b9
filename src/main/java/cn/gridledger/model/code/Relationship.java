package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 与户主关系 in household-register wording (the poverty system's list), each with the GB/T 4761 code of
 * the suggested mapping in formats.md §4.6.
 */
public enum Relationship {
    户主("02"), 配偶("10"), 之子("20"), 之女("30"), 之儿媳("38"), 之女婿("28"),
    之孙子("41"), 之孙女("42"), 之外孙子("43"), 之外孙女("44"),
    之父("51"), 之母("52"), 之岳父("55"), 之岳母("56"), 之公公("53"), 之婆婆("54"),
    之祖父("61"), 之祖母("62"), 之外祖父("63"), 之外祖母("64"),
    之兄弟姐妹("70"), 之曾孙子("47"), 之曾孙女("48"), 之侄儿("93"), 之侄女("94"),
    /** 72 嫂 and 74 弟媳 are both possible; 79 is the neutral code. */
    之兄弟媳妇("79"),
    /** 81 伯父 and 83 叔父 are both possible; 97 is the neutral code. */
    之叔伯("97"),
    其他("97");

    private static final Map<String, Relationship> ALIASES = Map.ofEntries(
            Map.entry("本人", 户主), Map.entry("户主本人", 户主),
            Map.entry("妻", 配偶), Map.entry("夫", 配偶), Map.entry("妻子", 配偶), Map.entry("丈夫", 配偶),
            Map.entry("老婆", 配偶), Map.entry("老公", 配偶), Map.entry("爱人", 配偶), Map.entry("夫妻", 配偶),
            Map.entry("儿子", 之子), Map.entry("子/婿", 之子), Map.entry("女儿", 之女), Map.entry("女/媳", 之女),
            Map.entry("儿媳妇", 之儿媳), Map.entry("媳妇", 之儿媳),
            Map.entry("父亲", 之父), Map.entry("母亲", 之母), Map.entry("爷爷", 之祖父), Map.entry("奶奶", 之祖母),
            Map.entry("外公", 之外祖父), Map.entry("外婆", 之外祖母), Map.entry("姥爷", 之外祖父), Map.entry("姥姥", 之外祖母),
            Map.entry("兄弟", 之兄弟姐妹), Map.entry("姐妹", 之兄弟姐妹), Map.entry("哥哥", 之兄弟姐妹),
            Map.entry("弟弟", 之兄弟姐妹), Map.entry("姐", 之兄弟姐妹), Map.entry("妹", 之兄弟姐妹),
            Map.entry("嫂子", 之兄弟媳妇), Map.entry("侄子", 之侄儿), Map.entry("叔叔", 之叔伯), Map.entry("伯伯", 之叔伯),
            Map.entry("叔", 之叔伯), Map.entry("伯", 之叔伯));

    private final String gbCode;

    Relationship(String gbCode) {
        this.gbCode = gbCode;
    }

    /** GB/T 4761-2008 code of this wording. */
    public String gbCode() {
        return gbCode;
    }

    public String label() {
        return name();
    }

    /**
     * Accepts the wording ({@code 之子}), the wording without 之 ({@code 子}), everyday words ({@code 儿子},
     * {@code 妻}, {@code 本人}), GB/T 4761 codes and labels, and the coarse poverty list
     * ({@code 子/婿}, {@code 女/媳}). Codes that do not tell the sex or the exact relative (40 孙子女,
     * 50 父母, 60 祖父母) have no wording and stay unmatched, so the importer asks the user.
     */
    public static Optional<Relationship> match(String raw) {
        String key = CodeText.compact(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.matches("\\d{1,2}")) {
            return fromGbCode(key.length() == 1 ? "0" + key : key);
        }
        for (Relationship r : values()) {
            if (r.name().equals(key) || r.name().equals("之" + key)) {
                return Optional.of(r);
            }
        }
        if (ALIASES.containsKey(key)) {
            return Optional.of(ALIASES.get(key));
        }
        return FamilyRelationCodes.codeOfLabel(key).flatMap(Relationship::fromGbCode);
    }

    /** GB/T 4761 code → wording; see {@link #match} for the codes that have none. */
    public static Optional<Relationship> fromGbCode(String code) {
        int c;
        try {
            c = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Relationship r = switch (c) {
            case 1, 2 -> 户主;
            case 10, 11, 12 -> 配偶;
            case 28 -> 之女婿;
            case 38 -> 之儿媳;
            case 41 -> 之孙子;
            case 42 -> 之孙女;
            case 43 -> 之外孙子;
            case 44 -> 之外孙女;
            case 47 -> 之曾孙子;
            case 48 -> 之曾孙女;
            case 51, 57 -> 之父;
            case 52, 58 -> 之母;
            case 53 -> 之公公;
            case 54 -> 之婆婆;
            case 55 -> 之岳父;
            case 56 -> 之岳母;
            case 61 -> 之祖父;
            case 62 -> 之祖母;
            case 63 -> 之外祖父;
            case 64 -> 之外祖母;
            case 70, 71, 73, 75, 77, 79 -> 之兄弟姐妹;
            case 72, 74 -> 之兄弟媳妇;
            case 81, 83 -> 之叔伯;
            case 93 -> 之侄儿;
            case 94 -> 之侄女;
            case 45, 46, 76, 78, 80, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 95, 96, 97, 99 -> 其他;
            default -> {
                if (c >= 20 && c <= 29) {
                    yield 之子;
                }
                yield c >= 30 && c <= 39 ? 之女 : null;
            }
        };
        return Optional.ofNullable(r);
    }

    public static List<Relationship> all() {
        return List.of(values());
    }
}
