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
    void theLauncherAndTheBenchStartWithTheSameClassDataSharingOptions() throws Exception {
        String build = Files.readString(Path.of("installer", "build.sh"), StandardCharsets.UTF_8);
        for (String option : ClassDataSharing.runtimeOptions(Path.of("$APPDIR", "gridledger.jsa"))) {
            String quoted = option.contains("$") ? "'" + option + "'" : option;
            assertTrue(build.contains(quoted), option + " missing from build.sh's cds_options");
        }
        assertTrue(build.contains("class-list-training") && build.contains("-XX:DumpLoadedClassList="), "the same training");
        String postinst = Files.readString(Path.of("installer", "resources", "linux", "postinst"), StandardCharsets.UTF_8);
        assertTrue(postinst.contains("-Xshare:dump -XX:SharedClassListFile=/opt/gridledger/lib/app/gridledger.classlist"),
                "the package makes its archive where the jar is installed");
        String prerm = Files.readString(Path.of("installer", "resources", "linux", "prerm"), StandardCharsets.UTF_8);
        assertTrue(prerm.contains("rm -f /opt/gridledger/lib/app/gridledger.jsa"), "and removes it");
        String postrm = Files.readString(Path.of("installer", "resources", "linux", "postrm"), StandardCharsets.UTF_8);
        assertTrue(postrm.contains("rm -f /opt/gridledger/lib/app/gridledger.jsa"), "also when it was never configured");
    }

    @Test
    void aClassDataSharingArchiveIsMadeAndAChildStartsWithIt() throws Exception {
        String classPath = jarsOnly();
        Path archive = ClassDataSharing.make(dir.resolve("cds"), new PrintWriter(messages, true), classPath);
        assertNotNull(archive, messages.toString());
        assertTrue(Files.size(archive) > 1_000_000, "an archive with the JDK's and the program's classes");
        Path db = SampleTownship.create(dir.resolve("t.db"));
        long before = persons(db);
        Double seconds = new ProcessBench(new PrintWriter(messages, true), archive, classPath).importCadres(db,
                Path.of("sample-data", "rosters", "干部花名册_示例.xlsx"));
        assertNotNull(seconds, messages.toString());
        assertTrue(persons(db) > before, "the child started with the archive and committed the roster");
        assertTrue(messages.toString().contains("类数据共享归档"), messages.toString());
    }

    @Test
    void classListsAreMergedInOrderEachLineOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("a"), "# comment\njava/lang/Object\ncn/A\n");
        Path b = Files.writeString(dir.resolve("b"), "java/lang/Object\ncn/B\n\ncn/A\n");
        Path out = dir.resolve("out");
        ClassDataSharing.merge(List.of(a, b), out);
        assertEquals(List.of("java/lang/Object", "cn/A", "cn/B"), Files.readAllLines(out));
    }

    @Test
    void theWindowFigureComesFromTheProgramItself() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display (run under Xvfb)");
        Double seconds = bench.window(SampleTownship.create(dir.resolve("t.db")));
        assertNotNull(seconds, messages.toString());
        assertTrue(seconds > 0 && seconds < 120, String.valueOf(seconds));
    }

    /**
     * This test run's class path with target/classes packed into a jar and the test classes left out: JDK 17
     * archives classes from jar files only (bench itself runs from the shaded jar).
     */
    private String jarsOnly() throws Exception {
        List<String> entries = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p) && p.endsWith("classes")) {
                Path jar = dir.resolve("classes.jar");
                int status = java.util.spi.ToolProvider.findFirst("jar").orElseThrow()
                        .run(System.out, System.err, "--create", "--file", jar.toString(), "-C", p.toString(), ".");
                assertEquals(0, status, "jar of " + p);
                entries.add(jar.toString());
            } else if (!Files.isDirectory(p)) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static long persons(Path file) {
        try (Database db = Database.open(file)) {
            return db.read(c -> Queries.count(c, "SELECT count(*) FROM person"));
        }
    }
}
