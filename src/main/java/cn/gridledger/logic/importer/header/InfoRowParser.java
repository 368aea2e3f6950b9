package cn.gridledger.logic.importer.header;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads info rows such as {@code 填报单位：XX镇人民政府（盖章）  填报日期：2026年9月30日  单位：人} or
 * {@code 村：  组：  调查日期：} into key → value (empty when the form was left blank).
 */
final class InfoRowParser {

    /** Keys that run into the value before them when a cell has no spaces (`XX镇填报日期：`). */
    private static final List<String> KNOWN_KEYS = List.of("统计截止日期", "填报单位", "填报日期", "调查日期", "网格名称",
            "网格编号", "填表人", "审核人", "负责人", "联系电话", "单位", "日期", "乡镇", "村", "组", "网格");

    private static final int MAX_KEY_LENGTH = 10;
    /** Short runs are taken whole (行政村, 统计截止日期); only longer ones are cut at a known key. */
    private static final int SHORT_KEY_LENGTH = 6;

    private InfoRowParser() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        String s = text.replace(':', '：');
        List<int[]> keys = new ArrayList<>(); // {keyStart, colonIndex}
        for (int colon = s.indexOf('：'); colon >= 0; colon = s.indexOf('：', colon + 1)) {
            int start = colon;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1)) && s.charAt(start - 1) != '：'
                    && colon - start < 40) {
                start--;
            }
            String run = s.substring(start, colon);
            String key = keyAtEndOf(run);
            if (key.isEmpty()) {
                continue;
            }
            keys.add(new int[] {colon - key.length(), colon});
        }
        for (int i = 0; i < keys.size(); i++) {
            int[] k = keys.get(i);
            int valueEnd = i + 1 < keys.size() ? keys.get(i + 1)[0] : s.length();
            String key = s.substring(k[0], k[1]);
            String value = s.substring(k[1] + 1, Math.max(k[1] + 1, valueEnd)).strip();
            result.putIfAbsent(key, value);
        }
        return result;
    }

    private static String keyAtEndOf(String run) {
        if (run.length() <= SHORT_KEY_LENGTH) {
            return run;
        }
        for (String known : KNOWN_KEYS) {
            if (run.endsWith(known) && run.length() > known.length()) {
                return known;
            }
        }
        return run.length() <= MAX_KEY_LENGTH ? run : "";
    }
}
