package cn.gridledger.logic.validate;

import cn.gridledger.model.code.Health;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a code-list matcher into a {@link Parsed} with a Chinese message listing the allowed values. */
public final class CodeLists {

    /** Separators of multi-valued cells: {@code 残疾,长期慢性病}, {@code 患有大病、残疾}. */
    private static final String MULTI_SEPARATORS = "[,，、;；/\\s]+";

    private CodeLists() {
    }

    /**
     * Example: {@code CodeLists.parse(cell, Ethnicity::match, "民族", Ethnicity.all(), Ethnicity::label)}.
     * Empty and "not applicable" cells give an empty result without an issue.
     */
    public static <E> Parsed<E> parse(String raw, Function<String, Optional<E>> matcher, String fieldName,
                                      Collection<E> allowed, Function<E, String> label) {
        if (Text.isNotApplicable(raw)) {
            return Parsed.empty();
        }
        Optional<E> match = matcher.apply(raw);
        if (match.isPresent()) {
            return Parsed.of(match.get());
        }
        String choices = allowed.stream().map(label).collect(Collectors.joining("、"));
        return Parsed.error(fieldName + "「" + Text.normalise(raw) + "」无法识别，应为：" + choices);
    }

    /** 健康状况, multi-valued; 健康 together with an illness is kept but flagged. */
    public static Parsed<Set<Health>> parseHealth(String raw) {
        if (Text.isNotApplicable(raw)) {
            return Parsed.empty();
        }
        EnumSet<Health> found = EnumSet.noneOf(Health.class);
        for (String part : Text.normalise(raw).split(MULTI_SEPARATORS)) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Health> h = Health.match(part);
            if (h.isEmpty()) {
                return Parsed.error("健康状况「" + part + "」无法识别，应为：健康、长期慢性病、患有大病、残疾，多项用逗号分隔");
            }
            found.add(h.get());
        }
        if (found.isEmpty()) {
            return Parsed.empty();
        }
        Set<Health> value = Set.copyOf(found);
        if (found.contains(Health.健康) && found.size() > 1) {
            return Parsed.of(value, List.of(Issue.warning("健康状况同时填写了「健康」和疾病或残疾（"
                    + Health.format(found) + "），请核对")));
        }
        return Parsed.of(value);
    }

    /** Canonical order joined with {@code ,}. */
    public static String formatHealth(Set<Health> values) {
        return Health.format(values);
    }
}
