package cn.gridledger.model.code;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 致贫/返贫风险 (防返贫监测). Labels differ between provinces, so matching is by keyword after removing a
 * leading 因 (formats.md §2). {@link #code()} is null for the 2023 items that have no numeric code.
 */
public enum Risk {
    因病("01", "病"),
    因残("03", "残"),
    因学("09", "学|教育"),
    因缺劳动力("04", "劳动力|劳力"),
    因意外事故("05", "意外|事故"),
    因产业失败("06", "产业"),
    因务工就业不稳("07", "务工|就业"),
    因自然灾害("02", "灾"),
    因灾洪涝("0201", "洪涝|洪水|水灾"),
    因灾地质("0202", "地质|滑坡|泥石流"),
    因灾旱灾("0203", "旱"),
    因灾生物("0204", "生物|病虫"),
    因灾气象("0205", "气象|冰雹|台风|风灾|雪灾|冻灾"),
    因灾地震("0206", "地震"),
    因灾其他("0299", "其他自然灾害|其他灾害|其他灾"),
    住房安全(null, "住房|房屋"),
    饮水安全(null, "饮水"),
    失学辍学(null, "失学|辍学"),
    未参加医保(null, "医保|医疗保险"),
    其他("99", "^其他$");

    /** Most specific first: 病虫 before 病, 失学 before 学, 其他自然灾害 before 灾. */
    private static final List<Risk> KEYWORD_ORDER = List.of(
            失学辍学, 未参加医保, 住房安全, 饮水安全,
            因灾其他, 因灾洪涝, 因灾地质, 因灾旱灾, 因灾生物, 因灾气象, 因灾地震, 因自然灾害,
            因残, 因病, 因学, 因缺劳动力, 因意外事故, 因产业失败, 因务工就业不稳, 其他);

    private final String code;
    private final Pattern keywords;

    Risk(String code, String keywords) {
        this.code = code;
        this.keywords = Pattern.compile(keywords);
    }

    /** National code (01, 0201 …), or null when the item has none. */
    public String code() {
        return code;
    }

    public String label() {
        return switch (this) {
            case 因灾洪涝 -> "因自然灾害（洪涝）";
            case 因灾地质 -> "因自然灾害（地质）";
            case 因灾旱灾 -> "因自然灾害（旱灾）";
            case 因灾生物 -> "因自然灾害（生物）";
            case 因灾气象 -> "因自然灾害（气象）";
            case 因灾地震 -> "因自然灾害（地震）";
            case 因灾其他 -> "因自然灾害（其他）";
            default -> name();
        };
    }

    /** True for 因自然灾害 and its 02xx subtypes. */
    public boolean isNaturalDisaster() {
        return code != null && code.startsWith("02");
    }

    public static Optional<Risk> match(String raw) {
        String key = CodeText.compact(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.matches("\\d{1,4}")) {
            String code = key.length() == 1 || key.length() == 3 ? "0" + key : key;
            return all().stream().filter(r -> code.equals(r.code)).findFirst();
        }
        for (Risk r : values()) {
            if (r.name().equals(key) || CodeText.compact(r.label()).equals(key)) {
                return Optional.of(r);
            }
        }
        String bare = key.startsWith("因") ? key.substring(1) : key;
        return KEYWORD_ORDER.stream().filter(r -> r.keywords.matcher(bare).find()).findFirst();
    }

    public static List<Risk> all() {
        return List.of(values());
    }
}
