package cn.gridledger.logic.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Writes {@code pinyin-initials.txt} (one line per character from U+4E00 to U+9FFF: its initials, empty when
 * pinyin4j has no reading) from pinyin4j. Run it after upgrading pinyin4j:
 * {@code java -cp target/classes:target/test-classes:<pinyin4j jar> cn.gridledger.logic.search.PinyinTableGenerator}
 * from the project folder. PinyinTableTest checks the committed table against pinyin4j.
 */
public final class PinyinTableGenerator {

    private PinyinTableGenerator() {
    }

    static String table() {
        StringBuilder sb = new StringBuilder();
        for (char ch = PinyinInitials.TABLE_FIRST; ; ch++) {
            sb.append(lookUp(ch));
            if (ch == PinyinInitials.TABLE_LAST) {
                return sb.toString();
            }
            sb.append('\n');
        }
    }

    /** What pinyin4j gives for {@code ch}: distinct initials of its readings, "" when it has none. */
    static String lookUp(char ch) {
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

    public static void main(String[] args) throws IOException {
        Path out = Path.of("src/main/resources/cn/gridledger/logic/search", PinyinInitials.TABLE_RESOURCE);
        Files.writeString(out, table(), StandardCharsets.US_ASCII);
        System.out.println("written " + out);
    }
}
