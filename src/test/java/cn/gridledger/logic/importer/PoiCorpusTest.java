package cn.gridledger.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.HeaderDetector;
import cn.gridledger.logic.importer.read.CellKind;
import cn.gridledger.logic.importer.read.RowStream;
import cn.gridledger.logic.importer.read.SheetInfo;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.SourceWorkbook;
import cn.gridledger.logic.importer.read.WorkbookReader;
import cn.gridledger.logic.importer.rows.RowClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The robustness suite: every file in {@code <project>/../shared/testdata/poi-corpus} (Apache POI's public
 * test data, Apache License 2.0) must end as the table poi-corpus-expected.tsv says — read, or refused with
 * the expected reason — and never with any other exception. The timeout only guards against hangs.
 */
class PoiCorpusTest {

    private record Expectation(String outcome, Map<String, String> checks) {
    }

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final Map<String, Expectation> EXPECTED = loadExpectations();

    static Path corpus() {
        // CI puts shared/ beside the clone; a worktree may sit one level deeper, so look further up too.
        for (Path dir = Path.of("").toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/poi-corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Stream<String> corpusFiles() throws IOException {
        Path dir = corpus();
        if (dir == null) {
            return Stream.of("(corpus absent)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void endsAsExpected(String fileName) {
        Path dir = corpus();
        assumeTrue(dir != null, "shared/testdata/poi-corpus not found next to the project");
        Expectation expected = EXPECTED.get(fileName);
        assertNotNull(expected, fileName + " is new in the corpus: add its expected outcome to poi-corpus-expected.tsv");
        Path file = dir.resolve(fileName);

        String outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (SourceWorkbook wb = WorkbookReader.open(file)) {
                readEverything(wb, expected.checks());
                return "READ";
            } catch (ImportRefusedException refused) {
                assertFalse(refused.getMessage().isBlank());
                assertTrue(refused.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "refusal message must be Chinese: " + refused.getMessage());
                return refused.reason().name();
            } catch (RuntimeException other) {
                fail(fileName + ": only ImportRefusedException may escape the importer", other);
                return "unreachable";
            }
        });
        assertEquals(expected.outcome(), outcome, fileName);
    }

    /** Everything the importer will do with a workbook: sheets, top area, header, all rows. */
    private static void readEverything(SourceWorkbook wb, Map<String, String> checks) {
        if (checks.containsKey("date1904")) {
            assertEquals(Boolean.parseBoolean(checks.get("date1904")), wb.date1904(), "1904 flag");
        }
        if (checks.containsKey("hidden")) {
            String hidden = checks.get("hidden");
            for (SheetInfo sheet : wb.sheets()) {
                assertEquals(sheet.name().equals(hidden), sheet.hidden(), "hidden flag of " + sheet.name());
            }
        }
        if (checks.containsKey("a1date")) {
            SourceCell a1 = wb.topArea(0).cell(0, 0);
            assertEquals(CellKind.DATE, a1.kind());
            assertEquals(LocalDate.parse(checks.get("a1date")), a1.dateTime(wb.date1904()).toLocalDate(),
                    "the date Excel shows, honouring the workbook's date system");
        }
        for (SheetInfo sheet : wb.sheets()) {
            DetectedHeader header = null;
            try {
                header = HeaderDetector.detect(sheet.name(), wb.topArea(sheet.index()));
            } catch (ImportRefusedException noHeader) {
                assertEquals(ImportRefusedException.Reason.NO_HEADER, noHeader.reason());
                assertTrue(noHeader.getMessage().contains("姓名"), "the message names the columns looked for");
            }
            try (RowStream rows = wb.rows(sheet.index())) {
                if (header != null) {
                    RowClassifier.classifyAll(header, rows);
                } else {
                    rows.forEachRemaining(row -> { });
                }
            }
        }
    }

    private static Map<String, Expectation> loadExpectations() {
        Map<String, Expectation> map = new HashMap<>();
        try (InputStream in = PoiCorpusTest.class.getResourceAsStream("poi-corpus-expected.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                Map<String, String> checks = new HashMap<>();
                if (f.length > 2 && !"-".equals(f[2])) {
                    for (String check : List.of(f[2].split(","))) {
                        String[] kv = check.split("=", 2);
                        checks.put(kv[0].strip(), kv[1].strip());
                    }
                }
                map.put(f[0], new Expectation(f[1], checks));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return map;
    }
}
