package cn.gridledger.logic.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.CheckFinding;

/**
 * 导出诊断包: one zip for support staff with what they ask for first — versions and machine facts, the
 * result of the database check, the program log — and nothing personal. The log holds no names, ID
 * numbers or phones by rule; as a second line of defence anything shaped like an ID number or a mobile
 * number is masked here, and the user's home folder (which carries the login name) is written as ~.
 */
final class Diagnostics {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

    private Diagnostics() {
    }

    static Path write(Path zip, MaintenanceService.CheckReport check, String databaseFile, long databaseBytes) {
        return write(zip, check, databaseFile, databaseBytes, AppLog.file().getParent());
    }

    /** {@code logFolder}: where gridledger0.log … are (null or missing: the package has no logs). */
    static Path write(Path zip, MaintenanceService.CheckReport check, String databaseFile, long databaseBytes,
            Path logFolder) {
        Path target = zip.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream z = new ZipOutputStream(out)) {
                add(z, "version.txt", facts(check, databaseFile, databaseBytes));
                add(z, "check.txt", checkText(check));
                for (Path log : logFiles(logFolder)) {
                    add(z, "logs/" + log.getFileName(), Files.readString(log, StandardCharsets.UTF_8));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new UserFacingException("无法写入诊断包：" + target + "（" + e.getMessage() + "）。"
                    + "请换一个文件夹，或检查磁盘空间和 U 盘。", e);
        }
    }

    private static void add(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(redact(text).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    static String redact(String text) {
        String home = System.getProperty("user.home");
        String out = home == null || home.length() < 2 ? text : text.replace(home, "~");
        out = ID_NUMBER.matcher(out).replaceAll("$1********$2");
        return MOBILE.matcher(out).replaceAll("$1****$2");
    }

    private static String facts(MaintenanceService.CheckReport check, String databaseFile, long databaseBytes) {
        Runtime rt = Runtime.getRuntime();
        return String.join("\n",
                "网格台账诊断包 " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                "程序版本：" + AppVersion.program(),
                "数据库结构版本：本程序 " + AppVersion.schema() + "，当前数据库 " + check.schemaVersion(),
                "数据库文件：" + databaseFile + "（" + databaseBytes / 1024 + " KB）",
                "日志文件：" + AppLog.file(),
                "Java：" + System.getProperty("java.version") + "（" + System.getProperty("java.vendor") + "）",
                "JavaFX：" + System.getProperty("javafx.runtime.version", "未加载"),
                "操作系统：" + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "处理器：" + rt.availableProcessors() + " 个；内存上限 " + rt.maxMemory() / (1024 * 1024) + " MB",
                "语言与编码：" + System.getProperty("user.language") + "_" + System.getProperty("user.country")
                        + "，file.encoding=" + System.getProperty("file.encoding")
                        + "，sun.stdout.encoding=" + System.getProperty("sun.stdout.encoding"),
                "");
    }

    private static String checkText(MaintenanceService.CheckReport check) {
        if (check.findings().isEmpty()) {
            return "数据库检查：通过，没有发现问题。\n";
        }
        StringBuilder sb = new StringBuilder("数据库检查：" + (check.hasErrors() ? "发现错误" : "有提醒") + "\n");
        for (CheckFinding f : check.findings()) {
            sb.append(f.error() ? "错误：" : "提醒：").append(f.message()).append('\n');
        }
        return sb.toString();
    }

    private static List<Path> logFiles(Path folder) throws IOException {
        List<Path> logs = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return logs;
        }
        try (var files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().matches("gridledger\\d+\\.log")).sorted().forEach(logs::add);
        }
        return logs;
    }
}
