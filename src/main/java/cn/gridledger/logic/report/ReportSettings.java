package cn.gridledger.logic.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A county's statistical definitions: age buckets (inclusive upper bounds), education groups (highest
 * first; each matched by keywords, longest keyword wins) and the 后备力量 criteria. The defaults are
 * those of reports.md.
 */
public record ReportSettings(List<Integer> ageUpperBounds, List<EducationGroup> educationGroups,
        ReserveCriteria reserve) {

    public ReportSettings {
        ageUpperBounds = List.copyOf(ageUpperBounds);
        educationGroups = List.copyOf(educationGroups);
    }

    /** An education group of the statistics, e.g. 大学专科 matched by 专科, 大专, 高职. */
    public record EducationGroup(String label, List<String> keywords) {
        public EducationGroup {
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * 后备力量 达标 rule: at least {@code minCount} reserves, of whom {@code minEducated} have
     * {@code educatedFrom} or higher, and {@code minAgeBand} are aged {@code ageFrom}–{@code ageTo}.
     */
    public record ReserveCriteria(int minCount, int minEducated, String educatedFrom, int ageFrom, int ageTo,
            int minAgeBand) {
    }

    public static ReportSettings defaults() {
        return new ReportSettings(List.of(35, 45, 55, 60), List.of(
                new EducationGroup("研究生", List.of("研究生", "博士", "硕士")),
                new EducationGroup("大学本科", List.of("本科", "大学", "学士", "大本")),
                new EducationGroup("大学专科", List.of("专科", "大专", "大学专科", "高职", "高专")),
                new EducationGroup("中专及高中", List.of("中专", "高中", "职高", "技校", "中技", "中职", "中等专科",
                        "中等职业", "职业高中")),
                new EducationGroup("初中及以下", List.of("初中", "小学", "文盲", "半文盲", "不识字"))),
                new ReserveCriteria(2, 1, "中专及高中", 36, 45, 1));
    }

    /** Labels of the age buckets: 35岁及以下, 36-45岁, …, 61岁及以上. */
    public List<String> ageLabels() {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < ageUpperBounds.size(); i++) {
            int to = ageUpperBounds.get(i);
            out.add(i == 0 ? to + "岁及以下" : from + "-" + to + "岁");
            from = to + 1;
        }
        out.add(from + "岁及以上");
        return out;
    }

    /** Index of the age bucket of {@code age}. */
    public int ageBucket(int age) {
        for (int i = 0; i < ageUpperBounds.size(); i++) {
            if (age <= ageUpperBounds.get(i)) {
                return i;
            }
        }
        return ageUpperBounds.size();
    }

    /** Index (0 = highest) of the education group of a wording, or -1 when it matches none. */
    public int educationRank(String wording) {
        if (wording == null || wording.isBlank()) {
            return -1;
        }
        String text = wording.replaceAll("\\s", "");
        int best = -1;
        int bestLength = 0;
        for (int g = 0; g < educationGroups.size(); g++) {
            for (String k : educationGroups.get(g).keywords()) {
                if (k.length() > bestLength && text.contains(k)) {
                    best = g;
                    bestLength = k.length();
                }
            }
        }
        return best;
    }

    /** The higher group of full-time and in-service education (-1 when neither is known). */
    public int highestEducation(String fullTime, String inService) {
        int a = educationRank(fullTime);
        int b = educationRank(inService);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    public int educationIndex(String label) {
        for (int g = 0; g < educationGroups.size(); g++) {
            if (educationGroups.get(g).label().equals(label)) {
                return g;
            }
        }
        return educationGroups.size() - 1;
    }

    /** The notes-row sentence stating the age boundaries in force. */
    public String ageNote() {
        List<String> labels = ageLabels();
        return "年龄按统计截止日期计算周岁；" + labels.get(0).replace("及以下", "及以下含" + ageUpperBounds.get(0) + "岁")
                + "，其余各段均含两端年龄";
    }

    /** The notes-row sentence stating the education groups in force. */
    public String educationNote() {
        StringBuilder sb = new StringBuilder("学历取全日制教育与在职教育中的较高者，分组：");
        for (int g = 0; g < educationGroups.size(); g++) {
            EducationGroup e = educationGroups.get(g);
            sb.append(g == 0 ? "" : "；").append(e.label()).append("含").append(String.join("、", e.keywords()));
        }
        return sb.toString();
    }
}
