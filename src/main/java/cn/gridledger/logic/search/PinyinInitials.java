package cn.gridledger.logic.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Pinyin initials of a Chinese name: 张三明 → zsm. A character with several readings (曾 zeng/ceng,
 * 单 dan/shan) gives several variants, so that typing either finds the person.
 *
 * <p>The common Chinese characters (U+4E00–U+9FFF) are looked up in a table generated from pinyin4j
 * ({@code pinyin-initials.txt}, see PinyinTableGenerator in the tests): loading pinyin4j's own table took
 * a few hundred milliseconds of the household list's first opening. Outside that block pinyin4j knows a
 * single character, 〇 (líng), kept here as a constant, so pinyin4j is needed only by the tests that
 * generate and check the table (PinyinTableTest compares every other character with pinyin4j).
 */
public final class PinyinInitials {

    /** Enough for names with two polyphonic characters; more variants only add noise. */
    private static final int MAX_VARIANTS = 8;
    static final char TABLE_FIRST = '\u4E00';
    static final char TABLE_LAST = '\u9FFF';
    static final String TABLE_RESOURCE = "pinyin-initials.txt";
    /** The one character outside U+4E00–U+9FFF that pinyin4j reads: 〇 as in 二〇二六. */
    static final char LING = '\u3007';

    /** The generated table, loaded on first use (class initialisation is lazy and thread-safe). */
    private static final class Table {
        static final String[] INITIALS = load();

        private static String[] load() {
            try (InputStream in = PinyinInitials.class.getResourceAsStream(TABLE_RESOURCE)) {
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                String[] lines = text.split("\n", -1);
                if (lines.length != TABLE_LAST - TABLE_FIRST + 1) {
                    throw new IllegalStateException(TABLE_RESOURCE + " has " + lines.length + " lines");
                }
                return lines;
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("cannot read " + TABLE_RESOURCE, e);
            }
        }
    }

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

    /** Loads the table (a few milliseconds, once per run) so the first search need not. */
    public static void warmUp() {
        initialsOf('张');
    }

    /** Distinct initials of one character's readings ("zc" for 曾); a latin letter or digit stands for itself. */
    static String initialsOf(char ch) {
        if (ch >= TABLE_FIRST && ch <= TABLE_LAST) {
            return Table.INITIALS[ch - TABLE_FIRST];
        }
        if (ch < 128) {
            return Character.isLetterOrDigit(ch) ? String.valueOf(Character.toLowerCase(ch)) : "";
        }
        return ch == LING ? "l" : "";
    }
}
