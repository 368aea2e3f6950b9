package cn.gridledger.logic.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.AtomicFileWriter;
import cn.gridledger.logic.io.BackupCheck;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.io.BackupFolders;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.io.BackupRotation;

/**
 * Backups are consistent copies made through SQLite's online backup API (the driver's
 * {@code backup to} statement), never file copies of a live database. Each copy is written under a
 * temporary name, switched to a plain rollback journal (a single self-contained file), quick-checked,
 * and only then given its final name. Restore verifies a copy before anything is replaced.
 */
public final class BackupManager {

    static {
        SqliteNativeLibrary.prepare(); // restore and verify open connections without a Database
    }

    private static final Logger LOG = Logger.getLogger(BackupManager.class.getName());

    private BackupManager() {
    }

    // ---- making copies -------------------------------------------------------------------------

    /** A new backup of the open database in the backup folder. */
    public static BackupFile backup(Database db, BackupKind kind) {
        Path folder = BackupFolders.target(db.file());
        Path target = freshName(folder, kind);
        AtomicFileWriter.replace(target, temporary -> checkedCopy(db, temporary));
        return describe(target, kind);
    }

    /** A backup of the open database to a file the user named ({@code backup --out FILE}). */
    public static void backupTo(Database db, Path out) {
        AtomicFileWriter.replace(out, temporary -> checkedCopy(db, temporary));
    }

    /**
     * The copy, quick-checked. The copy does not wait for the database's own deferred check (the two run side
     * by side: {@link Database#backupTo}); when the copy fails, that check decides what is reported, so a
     * damaged database is refused as such ({@link cn.gridledger.logic.io.DamagedDatabaseException}).
     */
    private static void checkedCopy(Database db, Path temporary) throws SQLException {
        try {
            db.backupTo(temporary);
            finishCopy(temporary);
        } catch (SQLException | RuntimeException e) {
            db.requireIntact();
            throw e;
        }
    }

    /** A backup of a database that no {@link Database} has open (before migration, before restore). */
    static BackupFile backupClosedFile(Path databaseFile, BackupKind kind) {
        Path target = freshName(BackupFolders.target(databaseFile), kind);
        AtomicFileWriter.replace(target, temporary -> {
            try (Connection c = plain(databaseFile)) {
                onlineBackup(c, temporary);
            }
            finishCopy(temporary);
        });
        LOG.info("backup before " + kind.fileTag() + " written");
        return describe(target, kind);
    }

    /** Runs the driver's online backup of {@code c}'s main database into {@code target}. */
    static void onlineBackup(Connection c, Path target) throws SQLException {
        String path = target.toAbsolutePath().toString();
        String quoted;
        if (!path.contains("\"")) {
            quoted = "\"" + path + "\"";
        } else if (!path.contains("'")) {
            quoted = "'" + path + "'";
        } else {
            throw new UserFacingException("备份文件夹的路径中不能同时含有单引号和双引号：" + path);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("backup to " + quoted);
        }
    }

    /** A copy is a single file (no -wal beside it) and passes SQLite's quick check. */
    private static void finishCopy(Path copy) throws SQLException {
        try (Connection c = plain(copy)) {
            Queries.string(c, "PRAGMA journal_mode = DELETE");
            String check = Queries.string(c, "PRAGMA quick_check");
            if (!"ok".equalsIgnoreCase(check)) {
                throw new UserFacingException("备份副本未通过完整性检查，未保存。当前数据库可能已损坏，请运行“检查”。");
            }
        }
    }

    private static Path freshName(Path folder, BackupKind kind) {
        LocalDateTime now = LocalDateTime.now();
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(BackupFile.fileName(kind, now, attempt));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static BackupFile describe(Path file, BackupKind kind) {
        return BackupFile.parse(file, size(file))
                .orElse(new BackupFile(file, kind, LocalDateTime.now(), size(file)));
    }

    // ---- listing and rotation ------------------------------------------------------------------

    /** Every backup of this database in its backup folders, newest first. */
    public static List<BackupFile> list(Path databaseFile) {
        List<BackupFile> out = new ArrayList<>();
        for (Path folder : BackupFolders.all(databaseFile)) {
            out.addAll(listFolder(folder));
        }
        out.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        return out;
    }

    static List<BackupFile> listFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(p -> BackupFile.parse(p, size(p)).stream())
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list a backup folder", e);
            return List.of();
        }
    }

    /** Deletes what {@link BackupRotation} does not keep, folder by folder; returns what was deleted. */
    public static List<Path> rotate(Path databaseFile, LocalDateTime now) {
        List<Path> deleted = new ArrayList<>();
        for (Path folder : BackupFolders.all(databaseFile)) {
            for (BackupFile old : BackupRotation.toDelete(listFolder(folder), now)) {
                try {
                    Files.deleteIfExists(old.path());
                    deleted.add(old.path());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot delete an old backup", e);
                }
            }
        }
        return deleted;
    }

    /**
     * Deletes one backup the user chose. Only a file that {@link #list} shows (a backup of this database,
     * in one of its backup folders) is deleted, so a mistaken path cannot remove anything else.
     */
    public static void delete(Path databaseFile, Path backup) {
        Path wanted = backup.toAbsolutePath().normalize();
        boolean listed = list(databaseFile).stream()
                .anyMatch(b -> b.path().toAbsolutePath().normalize().equals(wanted));
        if (!listed) {
            throw new UserFacingException("找不到该备份（可能已被删除）：" + backup);
        }
        try {
            Files.delete(wanted);
        } catch (IOException e) {
            throw new UserFacingException("无法删除备份文件：" + backup + "（" + e.getMessage() + "）", e);
        }
    }

    // ---- verification and restore --------------------------------------------------------------

    /** Checks that {@code file} is an intact GridLedger database this program can open. */
    public static BackupCheck verify(Path file) {
        if (!Files.isRegularFile(file)) {
            return BackupCheck.refused("找不到备份文件：" + file);
        }
        try (Connection c = readOnly(file)) {
            return verify(c, file);
        } catch (SQLException e) {
            return BackupCheck.refused(looksDamaged(e) ? "文件已损坏或不是数据库文件。" : "无法读取该文件：" + e.getMessage());
        }
    }

    private static BackupCheck verifyWritable(Path copy) {
        try (Connection c = plain(copy)) {
            return verify(c, copy);
        } catch (SQLException e) {
            return BackupCheck.refused(looksDamaged(e) ? "文件已损坏或不是数据库文件。" : "无法读取该文件：" + e.getMessage());
        }
    }

    private static BackupCheck verify(Connection c, Path file) throws SQLException {
        String integrity = Queries.string(c, "PRAGMA integrity_check");
        if (!"ok".equalsIgnoreCase(integrity)) {
            return BackupCheck.refused("文件未通过完整性检查（已损坏）。");
        }
        long tables = Queries.count(c, """
                SELECT count(*) FROM sqlite_master WHERE type = 'table'
                AND name IN ('flyway_schema_history', 'township', 'household', 'setting')
                """);
        if (tables < 4) {
            return BackupCheck.refused("这不是网格台账的数据库文件。");
        }
        String version = Queries.string(c,
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                        + "ORDER BY installed_rank DESC LIMIT 1");
        if (isNewerThanThisProgram(file)) {
            return BackupCheck.refused("该备份由更新版本的网格台账创建（结构版本 " + version + "），请先升级程序再恢复。");
        }
        String township = Queries.string(c, "SELECT name FROM township WHERE id = 1");
        long households = Queries.count(c, "SELECT count(*) FROM household WHERE deleted_at IS NULL");
        return new BackupCheck(true, null, version, township, households);
    }

    private static boolean isNewerThanThisProgram(Path file) {
        MigrationInfo[] all = Database.flyway(file).info().all();
        return Arrays.stream(all).anyMatch(Database::isFuture);
    }

    /**
     * Replaces the database file with a verified copy of {@code backup}. The database must not be open
     * (the lock file is taken here). The current database is kept aside first: as a consistent
     * {@code pre-restore} backup, or, when it is too damaged to copy, by renaming it
     * {@code <name>.damaged-<time>}. Returns where the replaced database was kept (null if there was none).
     */
    public static Path restore(Path databaseFile, Path backup) {
        Path db = databaseFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new UserFacingException("找不到备份文件：" + backup + "。当前数据库未被替换。");
        }
        try {
            Files.createDirectories(db.getParent());
        } catch (IOException e) {
            throw new UserFacingException("无法创建数据库所在的文件夹：" + db.getParent(), e);
        }
        try (FileChannel channel = FileChannel.open(Database.lockFileOf(db), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new UserFacingException("数据库正被另一个网格台账程序使用：" + db + "。请先关闭程序再恢复。");
            }
            return restoreLocked(db, backup);
        } catch (IOException e) {
            throw new UserFacingException("恢复失败，数据库未被替换：" + e.getMessage(), e);
        }
    }

    private static Path restoreLocked(Path db, Path backup) throws IOException {
        Path[] kept = new Path[1];
        AtomicFileWriter.replace(db, temporary -> {
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            BackupCheck v = verifyWritable(temporary);
            if (!v.ok()) {
                throw new UserFacingException("备份文件不能用于恢复：" + v.problem() + "当前数据库未被替换。");
            }
            kept[0] = keepAside(db);
            // a -wal left beside the old file would be replayed into the restored one
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        });
        LOG.info("database restored from a backup");
        return kept[0];
    }

    private static Path keepAside(Path db) throws IOException {
        if (!Files.exists(db) || size(db) == 0) {
            return null;
        }
        try {
            return backupClosedFile(db, BackupKind.PRE_RESTORE).path();
        } catch (RuntimeException damaged) {
            LOG.log(Level.WARNING, "current database cannot be copied; renaming it aside", damaged);
            String stamp = BackupFile.STAMP.format(LocalDateTime.now());
            Path aside = db.resolveSibling(db.getFileName() + ".damaged-" + stamp);
            Files.move(db, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return aside;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcessHoldsIt) {
            return null;
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** True when a failure means the file is damaged or not a database. */
    static boolean looksDamaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")
                    || m.contains("not a database")) {
                return true;
            }
        }
        return false;
    }

    /** True when the file already holds a migrated schema (so a pending migration changes real data). */
    static boolean hasSchema(Path file) {
        if (!Files.exists(file) || size(file) == 0) {
            return false;
        }
        try (Connection c = plain(file)) {
            return Queries.count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'") > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection plain(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        return config.createConnection(Database.jdbcUrl(file));
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection(Database.jdbcUrl(file));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
