package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 民族, GB/T 3304-1991 (56 nationalities plus 97/98). The constant name is the label. */
public enum Ethnicity {
    汉族("01"), 蒙古族("02"), 回族("03"), 藏族("04"), 维吾尔族("05"), 苗族("06"), 彝族("07"), 壮族("08"),
    布依族("09"), 朝鲜族("10"), 满族("11"), 侗族("12"), 瑶族("13"), 白族("14"), 土家族("15"), 哈尼族("16"),
    哈萨克族("17"), 傣族("18"), 黎族("19"), 傈僳族("20"), 佤族("21"), 畲族("22"), 高山族("23"), 拉祜族("24"),
    水族("25"), 东乡族("26"), 纳西族("27"), 景颇族("28"), 柯尔克孜族("29"), 土族("30"), 达斡尔族("31"),
    仫佬族("32"), 羌族("33"), 布朗族("34"), 撒拉族("35"), 毛南族("36"), 仡佬族("37"), 锡伯族("38"),
    阿昌族("39"), 普米族("40"), 塔吉克族("41"), 怒族("42"), 乌孜别克族("43"), 俄罗斯族("44"), 鄂温克族("45"),
    德昂族("46"), 保安族("47"), 裕固族("48"), 京族("49"), 塔塔尔族("50"), 独龙族("51"), 鄂伦春族("52"),
    赫哲族("53"), 门巴族("54"), 珞巴族("55"), 基诺族("56"),
    其他未识别民族("97"), 外国血统中国籍人士("98");

    /** Short forms seen in rosters that are not simply the label without 族. */
    private static final Map<String, Ethnicity> ALIASES = Map.of(
            "蒙族", 蒙古族, "维族", 维吾尔族, "维吾尔", 维吾尔族, "未识别民族", 其他未识别民族,
            "其他", 其他未识别民族, "外国血统", 外国血统中国籍人士);

    private final String code;

    Ethnicity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return name();
    }

    /** Statistics split 汉族 / 少数民族 on code != 01; 97/98 are not counted as minorities. */
    public boolean isMinority() {
        return this != 汉族 && this != 其他未识别民族 && this != 外国血统中国籍人士;
    }

    /** Accepts {@code 汉}, {@code 汉族}, {@code 01}, {@code 1}, common short forms. */
    public static Optional<Ethnicity> match(String raw) {
        String key = CodeText.withoutRemarks(CodeText.compact(raw));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.matches("\\d{1,2}")) {
            String code = key.length() == 1 ? "0" + key : key;
            return all().stream().filter(e -> e.code.equals(code)).findFirst();
        }
        if (ALIASES.containsKey(key)) {
            return Optional.of(ALIASES.get(key));
        }
        String label = key.endsWith("族") ? key : key + "族";
        return all().stream().filter(e -> e.name().equals(label) || e.name().equals(key)).findFirst();
    }

    public static List<Ethnicity> all() {
        return List.of(values());
    }
}
