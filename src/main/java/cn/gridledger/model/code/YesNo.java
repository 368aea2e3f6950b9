package cn.gridledger.model.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** 是/否 columns (风险是否已消除, 低保, 特困供养 …), however the office ticked them. */
public enum YesNo {
    是, 否;

    private static final Set<String> YES = Set.of("是", "Y", "YES", "1", "√", "✓", "✔", "有", "对", "TRUE");
    private static final Set<String> NO = Set.of("否", "N", "NO", "0", "×", "✗", "✘", "无", "没有", "不是", "FALSE");

    public String label() {
        return name();
    }

    public boolean toBoolean() {
        return this == 是;
    }

    public static YesNo of(boolean value) {
        return value ? 是 : 否;
    }

    public static Optional<YesNo> match(String raw) {
        String key = CodeText.compact(raw).toUpperCase(Locale.ROOT);
        if (YES.contains(key)) {
            return Optional.of(是);
        }
        return NO.contains(key) ? Optional.of(否) : Optional.empty();
    }

    public static List<YesNo> all() {
        return List.of(values());
    }
}
