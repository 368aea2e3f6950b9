package cn.gridledger.logic.validate;

import cn.gridledger.model.Gender;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A checked 18-character 公民身份号码 (text, never a number). Gender and birth date are what the
 * number itself says; obtain instances through {@link IdNumbers#parse(String)}.
 */
public record IdNumber(String value, Gender gender, LocalDate birthDate) {

    public IdNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18) {
            throw new IllegalArgumentException("身份证号应为18位：" + value);
        }
    }

    /** {@code 2204**********123X}: first 4 and last 4 characters, for lists shown to every role. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
