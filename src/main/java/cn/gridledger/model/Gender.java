package cn.gridledger.model;

import cn.gridledger.model.code.CodeText;
import java.util.Locale;
import java.util.Optional;

/** 性别 (GB/T 2261.1 codes 1 and 2; "unknown" is represented by null, not a constant). */
public enum Gender {
    男("1"), 女("2");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return name();
    }

    /** Accepts 男/女, 1/2, 男性/女性, M/F (any case); anything else is empty. */
    public static Optional<Gender> fromText(String raw) {
        String key = CodeText.compact(raw).toUpperCase(Locale.ROOT);
        return switch (key) {
            case "男", "1", "男性", "M", "MALE" -> Optional.of(男);
            case "女", "2", "女性", "F", "FEMALE" -> Optional.of(女);
            default -> Optional.empty();
        };
    }
}
