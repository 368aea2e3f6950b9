package cn.gridledger.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figures of a whole program run, as a user starts it: a fresh JVM with the installed launcher's options
 * (start-up, JIT warm-up and garbage collection included, which an in-process figure hides).
 */
final class ProcessBench {

    /**
     * The launcher's JVM options that change speed (installer/jpackage-common.args; a test keeps the two
     * equal). The parallel collector: on two cores G1's barriers and concurrent work cost the import about
     * 15%; less inlining and a tenuring threshold of 1 cut a fresh process's compiler and copying work
     * (docs/decisions/import-speed.md, round 2 session 11).
     */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:FreqInlineSize=50",
            "-XX:InlineSmallCode=500", "-XX:MaxTenuringThreshold=1");
    /** The heap the import target is stated for (smaller than the launcher's -Xmx1g). */
    static final String IMPORT_HEAP = "-Xmx256m";
    static final String GUI_HEAP = "-Xmx1g";
    /** As {@code ui.common.StartupClock} prints it (the command line does not load the UI classes). */
    static final String WINDOW_FIGURE = "window_at_ms=";

    private final PrintWriter err;
    /** The class-data-sharing archive the launcher would start with ({@link ClassDataSharing}), or null. */
    private final Path archive;
    private final String classPath;

    ProcessBench(PrintWriter err) {
        this(err, null);
    }

    ProcessBench(PrintWriter err, Path archive) {
        this(err, archive, System.getProperty("java.class.path"));
    }

    /** @param classPath the children's class path (an archive is made for one class path and used with it only) */
    ProcessBench(PrintWriter err, Path archive, String classPath) {
        this.err = err;
        this.archive = archive;
        this.classPath = classPath;
    }

    /** Seconds for {@code gridledger --db=DB import cadres FILE} from process start to exit, or null. */
    Double importCadres(Path database, Path roster) {
        List<String> command = launch(IMPORT_HEAP);
        command.addAll(List.of("cn.gridledger.Main", "--db=" + database, "import", "cadres", roster.toString()));
        long start = System.nanoTime();
        Integer exit = run(command, 600, null);
        double seconds = BenchCommand.round((System.nanoTime() - start) / 1e9);
        if (exit == null || exit != Cli.OK) {
            err.println("整个进程的导入未能完成（退出码 " + exit + "），记为 null。");
            return null;
        }
        err.printf("整个进程导入（新启动的程序，%s %s%s，含启动）：%.2f 秒%n", IMPORT_HEAP, String.join(" ", LAUNCHER_OPTIONS),
                archive == null ? "，无类数据共享归档" : "，类数据共享归档", seconds);
        return seconds;
    }

    /**
     * Seconds from process start until the first window (login) is drawn, as the program itself measures
     * it (StartupClock), or null without a display.
     */
    Double window(Path database) {
        if (isLinuxWithoutDisplay()) {
            err.println("没有显示器（DISPLAY 未设置），不测窗口启动时间，记为 null。");
            return null;
        }
        List<String> command = launch(GUI_HEAP);
        command.add(1, "-Dgridledger.db=" + database);
        command.add(1, "-Dgridledger.exitAfterWindow=true");
        command.add("cn.gridledger.Main");
        StringBuilder out = new StringBuilder();
        long started = System.currentTimeMillis();
        Integer exit = run(command, 120, out);
        String figure = out.toString().lines().filter(l -> l.startsWith(WINDOW_FIGURE)).findFirst().orElse(null);
        if (exit == null || figure == null) {
            err.println("窗口启动时间未能测得（退出码 " + exit + "），记为 null。");
            return null;
        }
        double seconds = BenchCommand.round((Long.parseLong(figure.substring(WINDOW_FIGURE.length())) - started) / 1000.0);
        err.printf("窗口启动（新启动的程序，到登录界面画出）：%.2f 秒%n", seconds);
        return seconds;
    }

    static boolean isLinuxWithoutDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String display = System.getenv("DISPLAY");
        return os.contains("linux") && (display == null || display.isBlank()) && System.getenv("WAYLAND_DISPLAY") == null;
    }

    /** {@link #java} with the archive, as the installed launcher starts (build.sh adds the same options). */
    private List<String> launch(String heap) {
        List<String> command = java(heap, classPath);
        if (archive != null) {
            command.addAll(1, ClassDataSharing.runtimeOptions(archive));
        }
        return command;
    }

    /** This Java with the launcher's speed options, the given heap and this class path; the caller adds the rest. */
    static List<String> java(String heap, String classPath) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(heap);
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Duser.language=zh", "-Duser.country=CN",
                "-cp", classPath));
        return command;
    }

    /** Runs to the end (or kills it after {@code timeoutSeconds}); the exit code, or null. */
    private Integer run(List<String> command, int timeoutSeconds, StringBuilder stdout) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread reader = new Thread(() -> {
                try {
                    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (stdout != null) {
                        synchronized (stdout) {
                            stdout.append(text);
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the figure is then missing and reported so
                }
            }, "bench-child-output");
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            reader.join(5_000);
            return p.exitValue();
        } catch (java.io.IOException e) {
            err.println("子进程未能启动（" + e.getMessage() + "）");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
