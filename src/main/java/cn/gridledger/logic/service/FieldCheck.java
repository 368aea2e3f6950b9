package cn.gridledger.logic.service;

/**
 * The outcome of checking one field as typed: the clean value, or a Chinese message saying what is
 * wrong. A warning keeps the value.
 */
public record FieldCheck<T>(T value, String error, String warning) {

    public static <T> FieldCheck<T> ok(T value) {
        return new FieldCheck<>(value, null, null);
    }

    public static <T> FieldCheck<T> empty() {
        return new FieldCheck<>(null, null, null);
    }

    public static <T> FieldCheck<T> error(String message) {
        return new FieldCheck<>(null, message, null);
    }

    public boolean hasError() {
        return error != null;
    }
}
