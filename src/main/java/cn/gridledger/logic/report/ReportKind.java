package cn.gridledger.logic.report;

import java.util.Arrays;
import java.util.Optional;

/** The county's quarterly statistics (R1–R5, R7) and standard rosters (C1, C2) of reports.md. */
public enum ReportKind {
    GRID_SUMMARY("grid-summary", "网格基本情况统计表", true, true, "个、人、户"),
    CADRE_STRUCTURE("cadre-structure", "村干部队伍结构统计表", true, true, "人"),
    MONITORING("monitoring", "防返贫监测对象台账", true, true, "户、人"),
    POINTS("points", "积分制管理季度汇总表", true, false, "分"),
    RESERVE("reserve", "后备力量台账", true, true, "人"),
    CADRE_ROSTER("cadre-roster", "干部花名册", false, true, "人"),
    HOUSEHOLD_LEDGER("household-ledger", "农户信息台账", false, true, "户、人"),
    /** R7 (issue #17): visit coverage per grid and village. */
    VISITS("visits", "走访工作统计表", true, true, "户、次、件"),
    /** R6 (issue #15): persons who joined or left a household, and households that began or ended, in the quarter. */
    CHANGES("changes", "人口变动花名册", true, true, "人、户");

    private final String code;
    private final String title;
    private final boolean quarterly;
    private final boolean landscape;
    private final String unit;

    ReportKind(String code, String title, boolean quarterly, boolean landscape, String unit) {
        this.code = code;
        this.title = title;
        this.quarterly = quarterly;
        this.landscape = landscape;
        this.unit = unit;
    }

    /** The command-line name, e.g. {@code grid-summary}. */
    public String code() {
        return code;
    }

    /** The report's name as printed in titles and file names, e.g. 网格基本情况统计表. */
    public String title() {
        return title;
    }

    /** Quarterly statistics (title with the quarter) rather than a standard roster. */
    public boolean quarterly() {
        return quarterly;
    }

    public boolean landscape() {
        return landscape;
    }

    /** What the 单位 of the info row names. */
    public String unit() {
        return unit;
    }

    public static Optional<ReportKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
