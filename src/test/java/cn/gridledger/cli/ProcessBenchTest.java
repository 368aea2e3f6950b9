package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.sampledata.SampleTownship;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench's whole-process figures: a program of its own, started with the installed launcher's options. */
class ProcessBenchTest {

    @TempDir
    Path dir;

    private final StringWriter messages = new StringWriter();
    private final ProcessBench bench = new ProcessBench(new PrintWriter(messages, true));

    @Test
    void theWholeProcessImportReallyImports() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        long before = persons(db);
        Double seconds = bench.importCadres(db, Path.of("sample-data", "rosters", "干部花名册_示例.xlsx"));
        assertNotNull(seconds, messages.toString());
        assertTrue(persons(db) > before, "the child process committed the roster");
        assertTrue(messages.toString().contains("整个进程导入"), messages.toString());
    }

    @Test
    void aFailedImportIsNoFigure() throws Exception {
        Path notAWorkbook = dir.resolve("坏文件.xlsx");
        Files.writeString(notAWorkbook, "这不是工作簿");
        assertEquals(null, bench.importCadres(SampleTownship.create(dir.resolve("t.db")), notAWorkbook));
        assertTrue(messages.toString().contains("记为 null"), messages.toString());
    }

    @Test
    void theBenchMeasuresWithTheInstalledLaunchersOptions() throws Exception {
        List<String> args = Files.readAllLines(Path.of("installer", "jpackage-common.args"), StandardCharsets.US_ASCII);
        for (String option : ProcessBench.LAUNCHER_OPTIONS) {
            assertTrue(args.contains("--java-options " + option), option + " missing from jpackage-common.args");
        }
    }

    @Test
    void theWindowFigureComesFromTheProgramItself() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display (run under Xvfb)");
        Double seconds = bench.window(SampleTownship.create(dir.resolve("t.db")));
        assertNotNull(seconds, messages.toString());
        assertTrue(seconds > 0 && seconds < 120, String.valueOf(seconds));
    }

    private static long persons(Path file) {
        try (Database db = Database.open(file)) {
            return db.read(c -> Queries.count(c, "SELECT count(*) FROM person"));
        }
    }
}
