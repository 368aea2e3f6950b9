package cn.gridledger.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gridledger.ui.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A literal key passed to {@code I18n.t("…")} that is missing from the bundle only fails when that screen opens
 * (MissingResourceException); reading the sources as text catches it at build time. Computed keys are not checked.
 */
class UiBundleKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("I18n\\.t\\(\"([^\"]+)\"");

    @Test
    void everyLiteralKeyUsedInTheUiExistsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gridledger/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!I18n.bundle().containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "界面用到但 messages_zh_CN.properties 里没有的键");
    }
}
