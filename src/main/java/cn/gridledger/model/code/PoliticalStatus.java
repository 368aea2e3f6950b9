package cn.gridledger.model.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 政治面貌, GB/T 4762-1984. The constant name is the short form rosters print. */
public enum PoliticalStatus {
    中共党员("01", "中国共产党党员"),
    中共预备党员("02", "中国共产党预备党员"),
    共青团员("03", "中国共产主义青年团团员"),
    民革会员("04", "中国国民党革命委员会会员"),
    民盟盟员("05", "中国民主同盟盟员"),
    民建会员("06", "中国民主建国会会员"),
    民进会员("07", "中国民主促进会会员"),
    农工党党员("08", "中国农工民主党党员"),
    致公党党员("09", "中国致公党党员"),
    九三学社社员("10", "九三学社社员"),
    台盟盟员("11", "台湾民主自治同盟盟员"),
    无党派人士("12", "无党派民主人士"),
    群众("13", "群众"),
    /**
     * Rosters often write just 民主党派 without saying which party. GB/T 4762 has no code for that,
     * so {@link #code()} is empty; the exporter writes the label.
     */
    民主党派("", "民主党派（未注明具体党派）");

    private static final Map<String, PoliticalStatus> ALIASES = Map.ofEntries(
            Map.entry("党员", 中共党员), Map.entry("共产党员", 中共党员), Map.entry("中共正式党员", 中共党员),
            Map.entry("正式党员", 中共党员), Map.entry("中国共产党员", 中共党员),
            Map.entry("预备党员", 中共预备党员), Map.entry("中共预备", 中共预备党员),
            Map.entry("团员", 共青团员), Map.entry("共青团", 共青团员), Map.entry("共青团员", 共青团员),
            Map.entry("无党派", 无党派人士), Map.entry("无党派民主人士", 无党派人士),
            Map.entry("普通群众", 群众), Map.entry("民主党派", 民主党派), Map.entry("民主党派成员", 民主党派));

    /** Keywords of the eight parties, checked before the generic 党员 (农工党党员 contains 党员). */
    private static final Map<String, PoliticalStatus> PARTY_KEYWORDS = Map.of(
            "民革", 民革会员, "民盟", 民盟盟员, "民建", 民建会员, "民进", 民进会员, "农工", 农工党党员,
            "致公", 致公党党员, "九三", 九三学社社员, "台盟", 台盟盟员);

    private final String code;
    private final String fullName;

    PoliticalStatus(String code, String fullName) {
        this.code = code;
        this.fullName = fullName;
    }

    public String code() {
        return code;
    }

    public String label() {
        return name();
    }

    public String fullName() {
        return fullName;
    }

    /** 中共党员 and 中共预备党员 (codes 01 and 02). */
    public boolean isPartyMember() {
        return this == 中共党员 || this == 中共预备党员;
    }

    public static Optional<PoliticalStatus> match(String raw) {
        String key = CodeText.compact(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.matches("\\d{1,2}")) {
            String code = key.length() == 1 ? "0" + key : key;
            return all().stream().filter(p -> p.code.equals(code)).findFirst();
        }
        for (PoliticalStatus p : values()) {
            if (p.name().equals(key) || p.fullName.equals(key)) {
                return Optional.of(p);
            }
        }
        if (ALIASES.containsKey(key)) {
            return Optional.of(ALIASES.get(key));
        }
        String bare = CodeText.withoutRemarks(key);
        if (key.contains("预备")) {
            return Optional.of(中共预备党员);
        }
        for (Map.Entry<String, PoliticalStatus> e : PARTY_KEYWORDS.entrySet()) {
            if (bare.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        if (bare.contains("团员")) {
            return Optional.of(共青团员);
        }
        if (bare.matches("(中共|中国共产党)?党员")) {
            return Optional.of(中共党员);
        }
        return Optional.empty();
    }

    public static List<PoliticalStatus> all() {
        return List.of(values());
    }
}
