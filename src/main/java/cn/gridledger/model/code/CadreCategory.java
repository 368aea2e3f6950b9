package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which roster a cadre belongs to. */
public enum CadreCategory {
    村两委, 驻村干部, 乡镇干部, 网格员, 后备力量;

    private static final Map<String, CadreCategory> ALIASES = Map.of(
            "两委", 村两委, "村两委干部", 村两委, "两委干部", 村两委, "驻村", 驻村干部, "驻村工作队", 驻村干部,
            "乡镇", 乡镇干部, "镇干部", 乡镇干部, "后备干部", 后备力量, "村级后备力量", 后备力量, "网格", 网格员);

    public String label() {
        return name();
    }

    public static Optional<CadreCategory> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<CadreCategory> all() {
        return List.of(values());
    }
}
