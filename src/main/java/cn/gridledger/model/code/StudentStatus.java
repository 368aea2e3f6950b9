package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 在校生状况 (poverty monitoring). Mutually exclusive with {@link PovertyEducation}. */
public enum StudentStatus {
    学龄前儿童, 学前教育, 小学, 七年级, 八年级, 九年级,
    普通高中一年级, 普通高中二年级, 普通高中三年级,
    中职一年级, 中职二年级, 中职三年级,
    高职高专一年级, 高职高专二年级, 高职高专三年级,
    技师学院一年级, 技师学院二年级, 技师学院三年级, 技师学院四年级,
    本科一年级, 本科二年级, 本科三年级, 本科四年级, 本科五年级,
    硕士研究生及以上;

    private static final Map<String, StudentStatus> ALIASES = Map.ofEntries(
            Map.entry("初一", 七年级), Map.entry("初二", 八年级), Map.entry("初三", 九年级),
            Map.entry("初中一年级", 七年级), Map.entry("初中二年级", 八年级), Map.entry("初中三年级", 九年级),
            Map.entry("高一", 普通高中一年级), Map.entry("高二", 普通高中二年级), Map.entry("高三", 普通高中三年级),
            Map.entry("大一", 本科一年级), Map.entry("大二", 本科二年级), Map.entry("大三", 本科三年级),
            Map.entry("大四", 本科四年级), Map.entry("幼儿园", 学前教育), Map.entry("学前班", 学前教育),
            Map.entry("研究生", 硕士研究生及以上), Map.entry("硕士", 硕士研究生及以上),
            Map.entry("博士", 硕士研究生及以上), Map.entry("硕士研究生", 硕士研究生及以上),
            Map.entry("博士研究生", 硕士研究生及以上));

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    public String label() {
        return name();
    }

    public boolean isCompulsoryEducation() {
        return this == 小学 || this == 七年级 || this == 八年级 || this == 九年级;
    }

    /** Also {@code 初一}, {@code 高一}, {@code 高中1年级}, {@code 小学三年级}, {@code 幼儿园}. */
    public static Optional<StudentStatus> match(String raw) {
        String key = CodeText.withoutRemarks(CodeText.compact(raw)).replace("在读", "");
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? CHINESE_DIGITS.charAt(c - '0') : c);
        }
        key = sb.toString();
        if (key.startsWith("小学")) {
            return Optional.of(小学);
        }
        if (key.startsWith("高中")) {
            key = "普通" + key;
        }
        if (ALIASES.containsKey(key)) {
            return Optional.of(ALIASES.get(key));
        }
        for (StudentStatus s : values()) {
            if (s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static List<StudentStatus> all() {
        return List.of(values());
    }
}
