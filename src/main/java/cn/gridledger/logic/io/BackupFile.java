package cn.gridledger.logic.io;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A backup in a backup folder, recognised by its name {@code gridledger-<kind>-yyyyMMdd-HHmmss[-n].db}. */
public record BackupFile(Path path, BackupKind kind, LocalDateTime createdAt, long sizeBytes) {

    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("gridledger-([a-z-]+)-(\\d{8}-\\d{6})(?:-\\d+)?\\.db");

    public static String fileName(BackupKind kind, LocalDateTime at, int attempt) {
        return "gridledger-" + kind.fileTag() + "-" + STAMP.format(at) + (attempt > 0 ? "-" + attempt : "") + ".db";
    }

    public static Optional<BackupFile> parse(Path path, long size) {
        Matcher m = NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return BackupKind.ofTag(m.group(1))
                .map(kind -> new BackupFile(path, kind, LocalDateTime.parse(m.group(2), STAMP), size));
    }
}
