package cn.gridledger.logic.validate;

import cn.gridledger.model.code.Provinces;
import java.util.ArrayList;
import java.util.List;

/**
 * 统计用区划代码 (county 6, township 9, village 12 digits) and grid codes (village code + sequence).
 * The official digit ranges are broken by real data, so they only produce warnings (formats.md §3).
 */
public final class Regions {

    public static final int DEFAULT_GRID_SEQUENCE_WIDTH = 3;
    private static final int CJT349_LENGTH = 20;

    private Regions() {
    }

    public static Parsed<String> countyCode(String raw) {
        return digits(raw, 6, "县级区划代码").flatMapChecks(Regions::countyChecks);
    }

    public static Parsed<String> townshipCode(String raw) {
        return digits(raw, 9, "乡镇（街道）代码").flatMapChecks(Regions::townshipChecks);
    }

    public static Parsed<String> villageCode(String raw) {
        return digits(raw, 12, "村（社区）代码").flatMapChecks(code -> {
            List<Issue> issues = townshipChecks(code.substring(0, 9));
            int village = Integer.parseInt(code.substring(9));
            if (village == 0) {
                issues.add(Issue.warning("村（社区）代码 " + code + " 末三位为000，这是乡镇级代码"));
            } else if (village > 599) {
                issues.add(Issue.warning("村（社区）代码 " + code + " 末三位 " + code.substring(9)
                        + " 不在常用范围（001–199 居委会，200–399 村委会，400–599 其他），请核对"));
            }
            return issues;
        });
    }

    /** Grid code with the default 3-digit sequence. {@code villageCode} may be null when unknown. */
    public static Parsed<String> gridCode(String raw, String villageCode) {
        return gridCode(raw, villageCode, DEFAULT_GRID_SEQUENCE_WIDTH);
    }

    /**
     * {@code 12-digit village code + sequence} (width 2–4, configurable per installation). The 20-digit
     * CJ/T 349-2010 form is accepted on import with a warning; its county part must match the village.
     */
    public static Parsed<String> gridCode(String raw, String villageCode, int sequenceWidth) {
        if (sequenceWidth < 2 || sequenceWidth > 4) {
            throw new IllegalArgumentException("网格顺序码位数应为2–4：" + sequenceWidth);
        }
        if (Text.isNotApplicable(raw)) {
            return Parsed.empty();
        }
        String code = Text.compact(raw);
        if (!code.matches("\\d+")) {
            return Parsed.error("网格编号「" + code + "」应全部为数字");
        }
        if (code.length() == CJT349_LENGTH) {
            return cjt349GridCode(code, villageCode);
        }
        int expected = 12 + sequenceWidth;
        if (code.length() != expected) {
            return Parsed.error("网格编号「" + code + "」应为" + expected + "位（村（社区）代码12位＋顺序码"
                    + sequenceWidth + "位），实际为" + code.length() + "位");
        }
        if (villageCode != null && !code.startsWith(villageCode)) {
            return Parsed.error("网格编号「" + code + "」前12位应为所属村（社区）代码 " + villageCode);
        }
        if (code.substring(12).matches("0+")) {
            return Parsed.error("网格编号「" + code + "」的顺序码不能为全0");
        }
        return Parsed.of(code);
    }

    /** Province name for a region code or ID number, or null when the prefix is unknown. */
    public static String provinceName(String code) {
        return Provinces.name(Text.compact(code)).orElse(null);
    }

    private static Parsed<String> cjt349GridCode(String code, String villageCode) {
        // 6 object code + 6 county (GB/T 2260) + 3 township + 3 community + 2 specialised-grid sequence.
        String county = code.substring(6, 12);
        if (villageCode != null && !villageCode.startsWith(county)) {
            return Parsed.error("网格编号「" + code + "」（CJ/T 349 20位格式）中的县级代码 " + county
                    + " 与所属村（社区）代码 " + villageCode + " 不符");
        }
        return Parsed.warning(code, "网格编号「" + code + "」为CJ/T 349的20位格式，已按原样导入；本系统建议使用"
                + "村（社区）代码＋3位顺序码的15位编号");
    }

    private static Checked digits(String raw, int length, String what) {
        if (Text.isNotApplicable(raw)) {
            return new Checked(Parsed.empty());
        }
        String code = Text.compact(raw);
        if (!code.matches("\\d{" + length + "}")) {
            return new Checked(Parsed.error(what + "「" + code + "」应为" + length + "位数字"));
        }
        if (!Provinces.isKnown(code)) {
            return new Checked(Parsed.error(what + "「" + code + "」的前两位 " + code.substring(0, 2) + " 不是有效的省级代码"));
        }
        return new Checked(Parsed.of(code));
    }

    private static List<Issue> countyChecks(String code) {
        List<Issue> issues = new ArrayList<>();
        if (code.endsWith("00")) {
            issues.add(Issue.warning("县级区划代码 " + code + " 末两位为00，这是省级或地级代码，不是县级代码"));
        }
        return issues;
    }

    private static List<Issue> townshipChecks(String code9) {
        List<Issue> issues = countyChecks(code9.substring(0, 6));
        int township = Integer.parseInt(code9.substring(6));
        if (township == 0 || township > 599) {
            issues.add(Issue.warning("乡镇（街道）代码 " + code9 + " 第7–9位 " + code9.substring(6)
                    + " 不在常用范围（001–099 街道，100–199 镇，200–399 乡，400–599 其他乡级单位），请核对"));
        }
        return issues;
    }

    /** A parsed code to which range warnings can be added once the shape is known to be right. */
    private record Checked(Parsed<String> parsed) {
        Parsed<String> flatMapChecks(java.util.function.Function<String, List<Issue>> checks) {
            return parsed.value() == null ? parsed : parsed.withAll(checks.apply(parsed.value()));
        }
    }
}
