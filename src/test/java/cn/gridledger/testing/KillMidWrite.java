package cn.gridledger.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Crash tests that really crash: runs a main class of the test classpath in a child JVM, waits until it
 * prints {@link #MARKER} (meaning "I am in the middle of my write now"), then kills it with SIGKILL
 * ({@code Process.destroyForcibly()} on Linux) — no shutdown hooks, no finally blocks, no rollback.
 *
 * <p>The child prints the marker and keeps writing (it must not be able to finish on its own before it
 * is killed). Usage, e.g. for the importer:
 *
 * <pre>{@code
 * KillMidWrite.Killed k = KillMidWrite.run(ImportChild.class, db.toString(), workbook.toString());
 * // reopen db and assert it is exactly as before, and PRAGMA integrity_check is ok
 * }</pre>
 */
public final class KillMidWrite {

    /** The line a child prints once it is inside its transaction. */
    public static final String MARKER = "MID-WRITE";

    private KillMidWrite() {
    }

    /** What happened: the child's output before it was killed, and its exit status (137 = SIGKILL). */
    public record Killed(List<String> output, int exitStatus) {
    }

    /** Call from the child once it is mid-write. */
    public static void signalMidWrite() {
        System.out.println(MARKER);
        System.out.flush();
    }

    public static Killed run(Class<?> childMain, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(childMain.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (MARKER.equals(line)) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not die");
        }
        if (!output.contains(MARKER)) {
            throw new IllegalStateException("the child ended before it was mid-write: " + output);
        }
        return new Killed(output, child.exitValue());
    }
}
