package cn.gridledger.model.code;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** GB/T 2260 province-level prefixes (first two digits of region codes and ID numbers). */
public final class Provinces {

    private static final Map<String, String> NAMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        String[] pairs = {
            "11", "北京", "12", "天津", "13", "河北", "14", "山西", "15", "内蒙古",
            "21", "辽宁", "22", "吉林", "23", "黑龙江",
            "31", "上海", "32", "江苏", "33", "浙江", "34", "安徽", "35", "福建", "36", "江西", "37", "山东",
            "41", "河南", "42", "湖北", "43", "湖南", "44", "广东", "45", "广西", "46", "海南",
            "50", "重庆", "51", "四川", "52", "贵州", "53", "云南", "54", "西藏",
            "61", "陕西", "62", "甘肃", "63", "青海", "64", "宁夏", "65", "新疆",
            "71", "台湾", "81", "香港", "82", "澳门",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        NAMES = Collections.unmodifiableMap(m);
    }

    private Provinces() {
    }

    /** Province name for the first two digits of {@code code}, if known. */
    public static Optional<String> name(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(code.substring(0, 2)));
    }

    public static boolean isKnown(String code) {
        return name(code).isPresent();
    }

    /** Prefix → name, in GB/T 2260 order. */
    public static Map<String, String> all() {
        return NAMES;
    }
}
