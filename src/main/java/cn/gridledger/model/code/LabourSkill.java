package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 劳动技能 (poverty monitoring). */
public enum LabourSkill {
    普通劳动力, 技能劳动力, 弱劳动力或半劳动力, 丧失劳动力, 无劳动力;

    private static final Map<String, LabourSkill> ALIASES = Map.of(
            "弱劳动力", 弱劳动力或半劳动力, "半劳动力", 弱劳动力或半劳动力, "弱劳力", 弱劳动力或半劳动力,
            "普通劳力", 普通劳动力, "技能劳力", 技能劳动力, "丧失劳力", 丧失劳动力, "无劳力", 无劳动力);

    public String label() {
        return name();
    }

    public static Optional<LabourSkill> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<LabourSkill> all() {
        return List.of(values());
    }
}
