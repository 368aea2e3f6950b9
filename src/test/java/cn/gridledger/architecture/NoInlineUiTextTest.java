package cn.gridledger.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DEVELOPERS.md: user-facing text of the UI lives in {@code messages_zh_CN.properties}. A string literal with Chinese
 * characters (or full-width punctuation) in {@code ui/} is either UI text that belongs in the bundle, or a data value
 * (code list, enum label) that should come from the model. Comments and javadoc are not looked at.
 */
class NoInlineUiTextTest {

    private static final Path UI = Path.of("src/main/java/cn/gridledger/ui");

    /** File name relative to {@link #UI} → why its Chinese literals may stay. */
    private static final Map<String, String> ALLOWED = Map.of(
            // font family names as installed on the machine ("微软雅黑", "宋体"), not words shown to the user
            "common/Fonts.java", "font family names");

    @Test
    void noChineseLiteralsInTheUi() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = UI.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.containsKey(name)) {
                    continue;
                }
                for (Literal l : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (hasChinese(l.text())) {
                        found.add(name + ":" + l.line() + ": " + l.text());
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            fail("界面代码中的中文字面量应放进 messages_zh_CN.properties（数据值请取自模型的枚举或常量）：\n"
                    + String.join("\n", found));
        }
    }

    @Test
    void theScannerSeesLiteralsButNotComments() {
        String src = """
                // "注释"
                /* "块注释" */
                /** "文档" */
                class X {
                    String a = "a\\"b"; char q = '"'; char c = '中';
                    String b = "界面文字";
                    String t = \"""
                        文本块
                        \""";
                    String p = "，";
                }
                """;
        List<String> chinese = literals(src).stream().filter(l -> hasChinese(l.text()))
                .map(l -> l.line() + ":" + l.text()).toList();
        assertEquals(List.of("5:'中'", "6:\"界面文字\"", "7:\"\"\"\n        文本块\n        \"\"\"", "10:\"，\""), chinese);
        assertTrue(ALLOWED.keySet().stream().allMatch(f -> Files.isRegularFile(UI.resolve(f))),
                "allow-listed files must exist, or the entry is stale");
    }

    static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF));
    }

    record Literal(int line, String text) {
    }

    /** String, text-block and char literals (as written, quotes included) with the line they start on. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !src.startsWith("\"\"\"", j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 3);
                out.add(new Literal(line, src.substring(i, end)));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                out.add(new Literal(line, src.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }
}
