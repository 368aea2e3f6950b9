package cn.gridledger.logic.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a Chinese name: 张三明 → zsm. A character with several readings (曾 zeng/ceng,
 * 单 dan/shan) gives several variants, so that typing either finds the person.
 */
public final class PinyinInitials {

    /** Enough for names with two polyphonic characters; more variants only add noise. */
    private static final int MAX_VARIANTS = 8;
    private static final ConcurrentHashMap<Character, String> CACHE = new ConcurrentHashMap<>();

    private PinyinInitials() {
    }

    /** All initials variants of {@code name}, the most common reading first; empty for an empty name. */
    public static List<String> of(String name) {
        List<String> variants = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return variants;
        }
        String single = singleReading(name);
        if (single != null) {
            variants.add(single);
            return variants;
        }
        variants.add("");
        for (char ch : name.toCharArray()) {
            String options = initialsOf(ch);
            if (options.isEmpty()) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String v : variants) {
                for (char o : options.toCharArray()) {
                    if (next.size() < MAX_VARIANTS || o == options.charAt(0)) {
                        next.add(v + o);
                    }
                }
            }
            variants = next.size() > MAX_VARIANTS ? next.subList(0, MAX_VARIANTS) : next;
        }
        return variants;
    }

    /** The initials when no character of the name has two readings (most names); else null. */
    private static String singleReading(String name) {
        char[] out = new char[name.length()];
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            String options = initialsOf(name.charAt(i));
            if (options.length() > 1) {
                return null;
            }
            if (options.length() == 1) {
                out[n++] = options.charAt(0);
            }
        }
        return new String(out, 0, n);
    }

    /** Loads pinyin4j's table (a few hundred milliseconds, once per run) so the first search need not. */
    public static void warmUp() {
        initialsOf('张');
    }

    /** Distinct initials of one character's readings ("zc" for 曾); a latin letter or digit stands for itself. */
    static String initialsOf(char ch) {
        return CACHE.computeIfAbsent(ch, PinyinInitials::lookUp);
    }

    private static String lookUp(char ch) {
        if (ch < 128) {
            return Character.isLetterOrDigit(ch) ? String.valueOf(Character.toLowerCase(ch)) : "";
        }
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch);
        if (readings == null || readings.length == 0) {
            return "";
        }
        Set<Character> initials = new LinkedHashSet<>();
        for (String r : readings) {
            if (!r.isEmpty()) {
                initials.add(Character.toLowerCase(r.charAt(0)));
            }
        }
        StringBuilder sb = new StringBuilder();
        initials.forEach(sb::append);
        return sb.toString();
    }
}
