package cn.gridledger.logic.importer.parse;

import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.model.FuzzyDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Parse results by field and cell text, shared by all rows of one import. Code lists and dates repeat
 * endlessly down a roster (汉族, 中共党员, 1985.03), and their parsers are pure functions of the text, so
 * each distinct value is parsed once. Each field keeps at most {@link #MAX_PER_FIELD} values, so a column
 * of unique texts costs bounded memory and simply stops being cached.
 */
public final class ParseCache {

    static final int MAX_PER_FIELD = 4_096;
    static final int MAX_DATES = 65_536;

    private final Map<RosterField, Map<String, Object>> codes = new EnumMap<>(RosterField.class);
    private final Map<RosterField, Map<String, Object>> dates = new EnumMap<>(RosterField.class);
    /** One storage string per distinct date: the people an import keeps in memory then share them. */
    private final Map<FuzzyDate, String> isoDates = new HashMap<>();

    <T> T code(RosterField field, String text, Function<String, T> parse) {
        return cached(codes, field, text, parse);
    }

    <T> T date(RosterField field, String text, Function<String, T> parse) {
        return cached(dates, field, text, parse);
    }

    String iso(FuzzyDate date) {
        String iso = isoDates.get(date);
        if (iso == null) {
            iso = date.toIso();
            if (isoDates.size() < MAX_DATES) {
                isoDates.put(date, iso);
            }
        }
        return iso;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cached(Map<RosterField, Map<String, Object>> all, RosterField field, String text,
                                Function<String, T> parse) {
        Map<String, Object> values = all.computeIfAbsent(field, f -> new HashMap<>());
        Object hit = values.get(text);
        if (hit != null) {
            return (T) hit;
        }
        T value = parse.apply(text);
        if (values.size() < MAX_PER_FIELD) {
            values.put(text, value);
        }
        return value;
    }
}
