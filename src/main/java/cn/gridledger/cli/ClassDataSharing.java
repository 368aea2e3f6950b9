package cn.gridledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A class-data-sharing archive of this jar, made as installer/build.sh makes the installed launcher's: the
 * classes loaded by {@code class-list-training} (and, with a display, by opening the window) are listed with
 * {@code -XX:DumpLoadedClassList}, and {@code -Xshare:dump} writes them, with the JDK's own, into one static
 * archive. A program started with it maps the classes instead of reading, verifying and linking them from
 * the jar. On JDK 17 the archive must be made by the same Java runtime for the same jar (a changed jar is
 * refused with a warning on stderr and the program runs without it), so it is made where it is used: at
 * packaging time for the installer, in the bench folder for bench's child processes.
 */
final class ClassDataSharing {

    /** The launcher's options with an archive (build.sh writes the same three, with $APPDIR/gridledger.jsa). */
    static List<String> runtimeOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable", "-Xlog:all=warning:stderr");
    }

    private ClassDataSharing() {
    }

    /**
     * Makes {@code dir/gridledger.jsa} for the running Java and class path, or returns null (and says why on
     * {@code err}) when any step fails; the figures are then measured without an archive.
     */
    static Path make(Path dir, PrintWriter err) {
        return make(dir, err, System.getProperty("java.class.path"));
    }

    /** As {@link #make(Path, PrintWriter)} for children started with {@code classPath} (jar files only). */
    static Path make(Path dir, PrintWriter err, String classPath) {
        long start = System.nanoTime();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (Files.isDirectory(Path.of(entry))) { // JDK 17 archives classes from jar files only
                err.println("类数据共享归档：类路径中有文件夹（" + entry + "），不用归档测量。");
                return null;
            }
        }
        try {
            Files.createDirectories(dir);
            List<Path> lists = new ArrayList<>();
            Path cli = dir.resolve("cli.classlist");
            if (run(withList(ProcessBench.java(ProcessBench.IMPORT_HEAP, classPath), cli, "cn.gridledger.Main",
                    "class-list-training", dir.resolve("training").toString())) != Cli.OK) {
                err.println("类数据共享归档：训练命令未能完成，不用归档测量。");
                return null;
            }
            lists.add(cli);
            if (!ProcessBench.isLinuxWithoutDisplay()) {
                Path window = dir.resolve("window.classlist");
                List<String> command = withList(ProcessBench.java(ProcessBench.GUI_HEAP, classPath), window, "cn.gridledger.Main");
                command.add(1, "-Dgridledger.db=" + dir.resolve("training").resolve("training.db"));
                command.add(1, "-Dgridledger.exitAfterWindow=true");
                if (run(command) == Cli.OK) {
                    lists.add(window);
                }
            }
            Path merged = dir.resolve("classes.classlist");
            merge(lists, merged);
            Path archive = dir.resolve("gridledger.jsa");
            List<String> dump = ProcessBench.java(ProcessBench.IMPORT_HEAP, classPath);
            dump.addAll(1, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + merged, "-XX:SharedArchiveFile=" + archive));
            if (run(dump) != Cli.OK || !Files.isRegularFile(archive)) {
                err.println("类数据共享归档：-Xshare:dump 未能完成，不用归档测量。");
                return null;
            }
            List<String> check = ProcessBench.java(ProcessBench.IMPORT_HEAP, classPath);
            check.addAll(1, runtimeOptions(archive));
            check.add(1, "-Xshare:on"); // refuses to start unless the archive maps
            check.addAll(List.of("cn.gridledger.Main", "--version"));
            if (run(check) != Cli.OK) {
                err.println("类数据共享归档不能使用（-Xshare:on 启动失败），不用归档测量。");
                return null;
            }
            err.printf("类数据共享归档（如安装版的启动器）：%.1f MB，制作用时 %.1f 秒%n", Files.size(archive) / 1048576.0,
                    (System.nanoTime() - start) / 1e9);
            return archive;
        } catch (IOException e) {
            err.println("类数据共享归档未能制作（" + e.getMessage() + "），不用归档测量。");
            return null;
        }
    }

    private static List<String> withList(List<String> command, Path list, String... rest) {
        command.add(1, "-XX:DumpLoadedClassList=" + list);
        command.addAll(List.of(rest));
        return command;
    }

    /** The lists in turn, each line once (a class's first line comes before any class that needs it). */
    static void merge(List<Path> lists, Path out) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : lists) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
