package cn.gridledger.logic.validate;

import java.util.Objects;

/** One finding about an input value. The message is Chinese and says what is wrong and what is expected. */
public record Issue(Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Issue error(String message) {
        return new Issue(Severity.ERROR, message);
    }

    public static Issue warning(String message) {
        return new Issue(Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (isError() ? "错误：" : "提示：") + message;
    }
}
