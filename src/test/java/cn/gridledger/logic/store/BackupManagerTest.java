package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.BackupCheck;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.io.BackupFolders;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.io.BackupRotation;
import cn.gridledger.logic.io.DamagedDatabaseException;
import cn.gridledger.logic.io.TinyDisk;
import cn.gridledger.model.Township;

class BackupManagerTest {

    @TempDir
    Path dir;

    private static void addPeople(Database db, int count, String prefix) {
        db.writeVoid(c -> {
            for (int i = 0; i < count; i++) {
                Queries.update(c, "INSERT INTO person (name, phone) VALUES (?, ?)", prefix + i, "1390000" + i);
            }
        });
    }

    private static long people(Database db) {
        return db.read(c -> Queries.count(c, "SELECT count(*) FROM person"));
    }

    @Test
    void aBackupIsAVerifiedSingleFileCopyThatRestoresAndKeepsTheReplacedDatabase() throws Exception {
        Path file = dir.resolve("data/gridledger.db");
        BackupFile backup;
        try (Database db = Database.open(file)) {
            addPeople(db, 500, "甲");
            backup = BackupManager.backup(db, BackupKind.MANUAL);
            addPeople(db, 100, "乙");
        }
        assertEquals(BackupFolders.defaultFolder(file), backup.path().getParent());
        assertFalse(Files.exists(Path.of(backup.path() + "-wal")), "a backup is one self-contained file");
        BackupCheck check = BackupManager.verify(backup.path());
        assertTrue(check.ok(), check.problem());
        assertEquals(newestSchemaVersion(), check.schemaVersion());

        Path kept = BackupManager.restore(file, backup.path());
        assertTrue(kept.getFileName().toString().startsWith("gridledger-pre-restore-"), kept.toString());
        try (Database db = Database.open(file)) {
            assertEquals(500, people(db), "the restored database is the backup");
        }
        try (Database old = Database.open(kept)) {
            assertEquals(600, people(old), "the replaced database was kept aside");
        }
    }

    @Test
    void restoreRefusesFilesThatAreNotGoodGridLedgerDatabasesAndReplacesNothing() throws Exception {
        Path file = dir.resolve("gridledger.db");
        try (Database db = Database.open(file)) {
            addPeople(db, 10, "甲");
        }
        byte[] before = Files.readAllBytes(file);
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "这不是数据库".repeat(1000));
        Path other = dir.resolve("other.db");
        try (var c = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + other)) {
            Queries.update(c, "CREATE TABLE t (x)");
        }
        for (Path bad : List.of(text, other, dir.resolve("missing.db"))) {
            assertFalse(BackupManager.verify(bad).ok(), bad.toString());
            UserFacingException e = assertThrows(UserFacingException.class, () -> BackupManager.restore(file, bad));
            assertTrue(e.getMessage().contains("未被替换") || e.getMessage().contains("找不到"), e.getMessage());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the current database is untouched");
        assertEquals(List.of(), BackupManager.list(file), "no pre-restore copy was made for a refused file");
    }

    @Test
    void restoreIsRefusedWhileTheDatabaseIsOpen() throws Exception {
        Path file = dir.resolve("open.db");
        try (Database db = Database.open(file)) {
            BackupFile b = BackupManager.backup(db, BackupKind.MANUAL);
            UserFacingException e = assertThrows(UserFacingException.class, () -> BackupManager.restore(file, b.path()));
            assertTrue(e.getMessage().contains("正被另一个网格台账程序使用"), e.getMessage());
        }
    }

    @Test
    void anOlderSchemaIsBackedUpBeforeItIsMigrated() {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource(Database.jdbcUrl(file), null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Database db = Database.open(file)) {
            assertTrue(db.migrationsApplied() >= 1, "the V1 database was migrated");
            assertEquals(newestSchemaVersion(), db.schemaVersion());
        }
        List<BackupFile> backups = BackupManager.list(file);
        assertEquals(1, backups.size());
        assertEquals(BackupKind.PRE_MIGRATION, backups.get(0).kind());
        BackupCheck check = BackupManager.verify(backups.get(0).path());
        assertTrue(check.ok(), check.problem());
        assertEquals("1", check.schemaVersion(), "the copy holds the data as it was before the migration");
        try (Database again = Database.open(file)) {
            assertEquals(0, again.migrationsApplied());
        }
        assertEquals(1, BackupManager.list(file).size(), "no backup when nothing is pending");
    }

    @Test
    void aDamagedFileIsDetectedWhenOpeningAndCanBeRestoredFromTheNewestGoodBackup() throws Exception {
        Path file = dir.resolve("damaged.db");
        BackupFile good;
        try (Database db = Database.open(file)) {
            db.writeVoid(c -> new TownshipRepository().saveTownship(c,
                    new Township("130102100", "安恕镇", "130102", "示例县")));
            addPeople(db, 3000, "张");
            good = BackupManager.backup(db, BackupKind.DAILY);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 3; page < raf.length() / 4096; page += 2) {
                raf.seek(page * 4096);
                raf.write(new byte[] {13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
                raf.seek(page * 4096 + 100);
                raf.write("垃圾数据".repeat(40).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("损坏"), e.getMessage());
        assertEquals(file.toAbsolutePath().normalize(), e.file());

        Path kept = BackupManager.restore(file, good.path());
        assertTrue(kept.getFileName().toString().startsWith("damaged.db.damaged-"), "too damaged to copy: renamed aside");
        try (Database db = Database.open(file)) {
            assertEquals(3000, people(db));
            assertEquals("ok", db.read(c -> Queries.string(c, "PRAGMA integrity_check")));
        }
    }

    @Test
    void aFullDiskDuringBackupGivesAClearMessageAndNoFileUnderTheFinalName() throws Exception {
        Path file = dir.resolve("big.db");
        try (Database db = Database.open(file);
                TinyDisk disk = TinyDisk.mount(dir.resolve("stick"))) {
            assumeTrue(disk != null, "cannot mount a tmpfs here");
            addPeople(db, 30_000, "李");
            assertTrue(Files.size(file) > 1_100_000 || Files.size(Path.of(file + "-wal")) > 1_100_000);
            BackupFolders.choose(file, disk.folder());
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> BackupManager.backup(db, BackupKind.MANUAL));
            assertTrue(e.getMessage().startsWith("磁盘空间不足"), e.getMessage());
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertEquals(List.of(), left.toList(), "no half-written backup under any name");
            }
            BackupFolders.choose(file, null);
        }
    }

    @Test
    void rotationKeepsTheFirstAndLastOfSevenDaysFourWeeklyAndThirtyDaysOfPreImportCopies() {
        LocalDateTime now = LocalDateTime.of(2026, 9, 30, 18, 0);
        List<BackupFile> all = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            LocalDateTime at = now.minusDays(day).withHour(8);
            all.add(new BackupFile(dir.resolve("d" + day), BackupKind.DAILY, at, 1));
            all.add(new BackupFile(dir.resolve("e" + day), BackupKind.EXIT, at.withHour(17), 1));
            if (day % 10 == 0) {
                all.add(new BackupFile(dir.resolve("i" + day), BackupKind.PRE_IMPORT, at.withHour(10), 1));
            }
        }
        List<BackupFile> deleted = BackupRotation.toDelete(all, now);
        List<BackupFile> kept = all.stream().filter(b -> !deleted.contains(b)).toList();
        assertEquals(7, kept.stream().filter(b -> b.kind() == BackupKind.DAILY && b.createdAt().isAfter(now.minusDays(7)))
                .count(), "each of the last 7 days keeps its morning copy");
        assertEquals(7, kept.stream().filter(b -> b.kind() == BackupKind.EXIT && b.createdAt().isAfter(now.minusDays(7)))
                .count(), "and its evening copy");
        assertEquals(18, kept.stream().filter(b -> b.kind().regular()).count(), "7 days × 2 + 4 weekly");
        assertEquals(3, kept.stream().filter(b -> b.kind() == BackupKind.PRE_IMPORT).count(), "days 0, 10, 20 (30 is too old)");
        assertEquals(List.of(), BackupRotation.toDelete(List.of(all.get(all.size() - 1)), now.plusYears(1)),
                "the only backup is never deleted");
    }

    /** The version a new database gets: every migration in the tree, whatever later issues add. */
    private String newestSchemaVersion() {
        try (Database fresh = Database.open(dir.resolve("fresh-" + System.nanoTime() + ".db"))) {
            return fresh.schemaVersion();
        }
    }
}
