package cn.gridledger.model.code;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 健康状况 (poverty monitoring). Multi-valued: {@code 残疾,长期慢性病} is common. Parsing a cell with
 * several values is {@code logic.validate.CodeLists.parseHealth}.
 */
public enum Health {
    健康, 长期慢性病, 患有大病, 残疾;

    /** Includes the GB/T 2261.3 simple codes 1 健康或良好, 3 有慢性病, 6 残疾. */
    private static final Map<String, Health> ALIASES = Map.ofEntries(
            Map.entry("良好", 健康), Map.entry("健康或良好", 健康), Map.entry("1", 健康),
            Map.entry("慢性病", 长期慢性病), Map.entry("有慢性病", 长期慢性病), Map.entry("长期慢性病患者", 长期慢性病),
            Map.entry("3", 长期慢性病), Map.entry("大病", 患有大病), Map.entry("重病", 患有大病),
            Map.entry("重大疾病", 患有大病), Map.entry("残疾人", 残疾), Map.entry("残", 残疾), Map.entry("6", 残疾));

    public String label() {
        return name();
    }

    public static Optional<Health> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    /** Canonical order (declaration order), joined with {@code ,}: what the exporter writes. */
    public static String format(Collection<Health> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Health::name).collect(Collectors.joining(","));
    }

    public static List<Health> all() {
        return List.of(values());
    }
}
