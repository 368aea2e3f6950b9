package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 网格类型. */
public enum GridType {
    基础网格, 专属网格;

    private static final Map<String, GridType> ALIASES = Map.of("基础", 基础网格, "专属", 专属网格);

    public String label() {
        return name();
    }

    public static Optional<GridType> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<GridType> all() {
        return List.of(values());
    }
}
