package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 监测对象类别 (防返贫动态监测). */
public enum MonitoringCategory {
    脱贫不稳定户, 边缘易致贫户, 突发严重困难户;

    private static final Map<String, MonitoringCategory> ALIASES = Map.of(
            "脱贫不稳定", 脱贫不稳定户, "边缘易致贫", 边缘易致贫户, "边缘户", 边缘易致贫户,
            "突发严重困难", 突发严重困难户, "严重困难户", 突发严重困难户);

    public String label() {
        return name();
    }

    /** Monitoring rules treat the first two categories together as "unstable". */
    public boolean isUnstable() {
        return this == 脱贫不稳定户 || this == 边缘易致贫户;
    }

    public static Optional<MonitoringCategory> match(String raw) {
        return Lookup.nameOrAlias(values(), raw, ALIASES);
    }

    public static List<MonitoringCategory> all() {
        return List.of(values());
    }
}
