package cn.gridledger.logic.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every parser returns: the value (null when the input was empty or unusable) and the issues found.
 * By convention a value is only present when there is no ERROR, so callers may trust {@code value()}
 * whenever {@link #ok()}.
 */
public record Parsed<T>(T value, List<Issue> issues) {

    public Parsed {
        issues = List.copyOf(issues);
    }

    /** Empty or "not applicable" input: no value, no issue. */
    public static <T> Parsed<T> empty() {
        return new Parsed<>(null, List.of());
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, List.of());
    }

    public static <T> Parsed<T> of(T value, List<Issue> issues) {
        return new Parsed<>(value, issues);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, List.of(Issue.error(message)));
    }

    public static <T> Parsed<T> warning(T value, String message) {
        return new Parsed<>(value, List.of(Issue.warning(message)));
    }

    /** No ERROR (warnings allowed). */
    public boolean ok() {
        return !hasError();
    }

    public boolean hasError() {
        return issues.stream().anyMatch(Issue::isError);
    }

    public boolean hasWarning() {
        return issues.stream().anyMatch(i -> !i.isError());
    }

    /** True when no value came out (empty input or an error). */
    public boolean isEmpty() {
        return value == null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    public <R> Parsed<R> map(Function<? super T, ? extends R> f) {
        return new Parsed<>(value == null ? null : f.apply(value), issues);
    }

    /** Same result with one more issue; an ERROR drops the value, keeping the convention above. */
    public Parsed<T> with(Issue issue) {
        List<Issue> all = new ArrayList<>(issues);
        all.add(issue);
        return new Parsed<>(issue.isError() ? null : value, all);
    }

    public Parsed<T> withAll(List<Issue> more) {
        Parsed<T> result = this;
        for (Issue i : more) {
            result = result.with(i);
        }
        return result;
    }

    /** All messages joined with "；" for a cell comment or a tooltip. */
    public String messages() {
        return issues.stream().map(Issue::message).collect(Collectors.joining("；"));
    }
}
