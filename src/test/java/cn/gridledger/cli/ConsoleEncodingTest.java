package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.Main;

/**
 * The command line run as a child process, as a console would start it, and its bytes decoded the way
 * that console would: Chinese must come out right in a Windows cp936 (GBK) console and in a UTF-8
 * terminal. The launchers pass {@code -Dfile.encoding=UTF-8}, which used to reach the console as is.
 */
class ConsoleEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String HELP_TEXT = "显示帮助并退出";
    private static final String USAGE_TEXT = "无法识别的参数";

    @TempDir
    Path dir;

    record Output(int status, byte[] out, byte[] err) {
    }

    @Test
    void aWindowsCp936ConsoleOnJava17GetsGbk() throws Exception {
        // Java 17 on Windows sets sun.stdout.encoding to the console's code page (picocli reads it too)
        assertReadableIn(GBK, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=MS936", "-Dsun.stderr.encoding=MS936");
    }

    @Test
    void aWindowsCp936ConsoleOnNewerJavaGetsGbk() throws Exception {
        // Java 19+ sets stdout.encoding / stderr.encoding
        assertReadableIn(GBK, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=GBK", "-Dstderr.encoding=GBK");
    }

    @Test
    void aUtf8TerminalGetsUtf8() throws Exception {
        assertReadableIn(StandardCharsets.UTF_8, "-Dfile.encoding=UTF-8");
        assertReadableIn(StandardCharsets.UTF_8, "-Dfile.encoding=GBK", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8");
        assertReadableIn(StandardCharsets.UTF_8, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=cp65001",
                "-Dsun.stderr.encoding=cp65001"); // chcp 65001
    }

    @Test
    void aShellWithoutAChineseCapableCharsetGetsUtf8NotQuestionMarks() throws Exception {
        assertReadableIn(StandardCharsets.UTF_8, "-Dfile.encoding=US-ASCII");
    }

    private void assertReadableIn(Charset console, String... jvmOptions) throws Exception {
        Output help = runCli(jvmOptions, "--help");
        assertEquals(0, help.status());
        assertDecodes(help.out(), console, HELP_TEXT, jvmOptions);

        Output usage = runCli(jvmOptions, "--db", dir.resolve("x.db").toString(), "check", "--bogus");
        assertEquals(Cli.USAGE, usage.status());
        assertDecodes(usage.err(), console, USAGE_TEXT, jvmOptions);
    }

    private static void assertDecodes(byte[] bytes, Charset console, String expected, String[] jvmOptions) {
        String shown = new String(bytes, console);
        assertTrue(shown.contains(expected), String.join(" ", jvmOptions) + " → in " + console + ": " + shown);
        Charset other = console.equals(GBK) ? StandardCharsets.UTF_8 : GBK;
        assertFalse(new String(bytes, other).contains(expected), "the bytes really are " + console);
    }

    private Output runCli(String[] jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".bin");
        Path err = Files.createTempFile(dir, "err", ".bin");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("the command line did not finish: " + command);
        }
        return new Output(child.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
    }
}
