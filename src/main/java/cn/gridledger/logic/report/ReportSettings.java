package cn.gridledger.logic.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * One thing wrong with the definitions, for the settings screen to show beside the field:
     * {@code field} is {@code age.N} (the N-th boundary), {@code education.N.label}, {@code education.N.keywords},
     * or {@code reserve.minCount}, {@code reserve.minEducated}, {@code reserve.educatedFrom}, {@code reserve.age},
     * {@code reserve.minAgeBand}.
     */
    public record Problem(String field, String message) {
    }

    /** What stops these definitions from being saved, in Chinese; empty when they are usable. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (ageUpperBounds.isEmpty()) {
            out.add(new Problem("age", "至少要有一个年龄分界。"));
        }
        for (int i = 0; i < ageUpperBounds.size(); i++) {
            Integer b = ageUpperBounds.get(i);
            if (b == null || b < 1 || b > 120) {
                out.add(new Problem("age." + i, "第 " + (i + 1) + " 个分界应是 1 到 120 之间的整数岁数。"));
            } else if (i > 0 && ageUpperBounds.get(i - 1) != null && b <= ageUpperBounds.get(i - 1)) {
                out.add(new Problem("age." + i, "分界应逐个增大：第 " + (i + 1) + " 个分界 " + b + " 岁不大于前一个分界 "
                        + ageUpperBounds.get(i - 1) + " 岁。"));
            }
        }
        if (educationGroups.isEmpty()) {
            out.add(new Problem("education", "至少要有一个学历分组。"));
        }
        Map<String, String> keywordGroup = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < educationGroups.size(); g++) {
            EducationGroup e = educationGroups.get(g);
            String label = e.label() == null ? "" : e.label().trim();
            if (label.isEmpty()) {
                out.add(new Problem("education." + g + ".label", "第 " + (g + 1) + " 个学历分组没有名称。"));
            } else if (labels.contains(label)) {
                out.add(new Problem("education." + g + ".label", "学历分组名称“" + label + "”重复了。"));
            }
            labels.add(label);
            if (e.keywords().stream().allMatch(k -> k == null || k.isBlank())) {
                out.add(new Problem("education." + g + ".keywords", "学历分组“" + label + "”至少要有一个关键词。"));
            }
            for (String k : e.keywords()) {
                String other = keywordGroup.putIfAbsent(k, label);
                if (other != null && !other.equals(label)) {
                    out.add(new Problem("education." + g + ".keywords", "关键词“" + k + "”同时出现在“" + other + "”和“"
                            + label + "”两组中。"));
                }
            }
        }
        if (reserve == null) {
            out.add(new Problem("reserve.minCount", "缺少后备力量达标条件。"));
            return out;
        }
        if (reserve.minCount() < 0 || reserve.minCount() > 99) {
            out.add(new Problem("reserve.minCount", "后备人数下限应在 0 到 99 人之间。"));
        }
        if (reserve.minEducated() < 0 || reserve.minEducated() > reserve.minCount()) {
            out.add(new Problem("reserve.minEducated", "学历达标人数应在 0 人到后备人数下限（" + reserve.minCount() + " 人）之间。"));
        }
        if (!labels.contains(reserve.educatedFrom())) {
            out.add(new Problem("reserve.educatedFrom", "学历条件“" + reserve.educatedFrom() + "”不是现有的学历分组。"));
        }
        if (reserve.ageFrom() < 1 || reserve.ageTo() > 120 || reserve.ageFrom() > reserve.ageTo()) {
            out.add(new Problem("reserve.age", "年龄段应从小到大，在 1 到 120 岁之间（现为 " + reserve.ageFrom() + "–"
                    + reserve.ageTo() + " 岁）。"));
        }
        if (reserve.minAgeBand() < 0 || reserve.minAgeBand() > reserve.minCount()) {
            out.add(new Problem("reserve.minAgeBand", "年龄段达标人数应在 0 人到后备人数下限（" + reserve.minCount() + " 人）之间。"));
        }
        return out;
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
