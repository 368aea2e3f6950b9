package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 走访类型 of the visit log (issue #17). */
public enum VisitType {
    入户走访, 防返贫排查, 矛盾调解, 民事代办, 政策宣传, 其他;

    // wordings seen in township ledgers for the same kinds of visit
    private static final Map<String, VisitType> ALIASES = Map.ofEntries(
            Map.entry("走访", 入户走访), Map.entry("入户", 入户走访), Map.entry("走访入户", 入户走访),
            Map.entry("防返贫", 防返贫排查), Map.entry("返贫排查", 防返贫排查), Map.entry("监测排查", 防返贫排查),
            Map.entry("防返贫监测排查", 防返贫排查), Map.entry("矛盾纠纷调解", 矛盾调解), Map.entry("调解", 矛盾调解),
            Map.entry("纠纷调解", 矛盾调解), Map.entry("代办", 民事代办), Map.entry("代办服务", 民事代办),
            Map.entry("为民代办", 民事代办), Map.entry("宣传", 政策宣传), Map.entry("政策宣讲", 政策宣传));

    public String label() {
        return name();
    }

    public static Optional<VisitType> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<VisitType> all() {
        return List.of(values());
    }
}
