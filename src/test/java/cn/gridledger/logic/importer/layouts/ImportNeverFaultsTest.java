package cn.gridledger.logic.importer.layouts;

import static org.junit.jupiter.api.Assertions.fail;

import cn.gridledger.cli.InProcessCli;
import cn.gridledger.logic.importer.PoiCorpusAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 1: no input ever ends in an internal fault. Every layout file, every sample roster, every
 * file of the POI corpus and seeded variants of the layouts (columns dropped, swapped, renamed; merged
 * blocks; blank and note rows; unknown villages) go through the real command line, in-process:
 * {@code import cadres FILE --dry-run} and {@code import households FILE --dry-run}, and a committing
 * import of the layout files as their own kind. Each must end in a result (exit 0) or a Chinese refusal
 * (exit 1) without Java exception names — never exit 3, never an exception out of the command line.
 */
class ImportNeverFaultsTest {

    private static final Path SAMPLES = Path.of("sample-data", "rosters");
    private static final int VARIANTS_PER_LAYOUT = 2;
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\bjava\\.[a-z]+\\.|\\bat cn\\.gridledger\\.|\\borg\\.apache\\.");

    @TempDir
    Path dir;

    /** One file and whether it is also imported for real (and as which kind). */
    private record Input(String label, Path file, String commitKind) {
    }

    @TestFactory
    Stream<DynamicTest> noFileEndsInAnInternalFault() throws Exception {
        Path township = LayoutTownship.create(Files.createDirectories(dir.resolve("db")).resolve("township.db"));
        List<Input> inputs = new ArrayList<>();
        List<Layout> layouts = LayoutCorpus.all();
        for (int i = 0; i < layouts.size(); i++) {
            Layout l = layouts.get(i);
            Path d = Files.createDirectories(dir.resolve("layout" + i));
            LayoutTruth truth = l.write(d);
            String kind = l.kind() == cn.gridledger.logic.importer.header.RosterKind.CADRE ? "cadres" : "households";
            inputs.add(new Input(l.id(), truth.file(), kind));
            for (Path v : LayoutVariants.of(truth, d, 1000L + i, VARIANTS_PER_LAYOUT)) {
                inputs.add(new Input(l.id() + " " + v.getFileName(), v, null));
            }
        }
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            samples.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(p -> inputs.add(new Input("sample-data " + p.getFileName(), p, null)));
        }
        Path corpus = PoiCorpusAccess.dir();
        if (corpus != null) {
            for (String name : PoiCorpusAccess.files().toList()) {
                inputs.add(new Input("poi-corpus " + name, corpus.resolve(name), null));
            }
        }
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.label(), () -> walk(in, township)));
    }

    private void walk(Input in, Path township) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("cadres", "households")) {
            check(problems, "import " + kind + " --dry-run", InProcessCli.run("--db", township.toString(), "import", kind,
                    in.file().toString(), "--dry-run"));
        }
        if (in.commitKind() != null) {
            Path fresh = LayoutTownship.create(Files.createDirectories(dir.resolve("commit-" + Math.abs(in.label().hashCode())))
                    .resolve("t.db"));
            check(problems, "import " + in.commitKind(), InProcessCli.run("--db", fresh.toString(), "import", in.commitKind(),
                    in.file().toString()));
        }
        if (!problems.isEmpty()) {
            fail(in.label() + "（" + in.file().getFileName() + "）\n  " + String.join("\n  ", problems));
        }
    }

    private static void check(List<String> problems, String what, InProcessCli.Run r) {
        if (r.status() == InProcessCli.INTERNAL || r.fault() != null) {
            Throwable e = r.fault();
            problems.add(what + " → 退出码 " + r.status() + "（内部错误）"
                    + (e == null ? "" : "：" + e + " at " + LayoutCorpusTest.where(e)));
            return;
        }
        if (r.status() != InProcessCli.OK && r.status() != InProcessCli.REFUSED) {
            problems.add(what + " → 退出码 " + r.status() + "：" + firstLine(r.err()));
        }
        if (r.status() == InProcessCli.REFUSED && r.err().codePoints()
                .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            problems.add(what + " → 退出码 1 但没有中文说明：" + firstLine(r.err()));
        }
        if (JAVA_NAMES.matcher(r.err()).find() || JAVA_NAMES.matcher(r.out()).find()) {
            problems.add(what + " → 输出中有 Java 异常名：" + r.err().lines().filter(l -> JAVA_NAMES.matcher(l).find())
                    .limit(2).collect(Collectors.joining(" / ")));
        }
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("（无输出）");
    }
}
