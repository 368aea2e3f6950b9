package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.io.DamagedDatabaseException;
import cn.gridledger.model.Township;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAndMigratesANewFileInAMissingFolder() {
        Path file = dir.resolve("a/b/gridledger.db");
        try (Database db = Database.open(file)) {
            assertTrue(Files.exists(file));
            assertTrue(Integer.parseInt(db.schemaVersion()) >= 1, "migrated to the newest version");
            assertTrue(db.migrationsApplied() >= 1);
            assertEquals(0L, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM household")));
        }
        try (Database again = Database.open(file)) {
            assertEquals(0, again.migrationsApplied(), "an up-to-date schema is not migrated twice");
        }
    }

    @Test
    void everyConnectionHasTheSafetyPragmas() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            for (Database.SqlWork<String> probe : new Database.SqlWork[] {
                    c -> Queries.string(c, "PRAGMA foreign_keys"),
                    c -> Queries.string(c, "PRAGMA journal_mode"),
                    c -> Queries.string(c, "PRAGMA synchronous"),
                    c -> Queries.string(c, "PRAGMA busy_timeout")}) {
                String onReader = db.read(probe);
                String onWriter = db.write(probe);
                assertEquals(onReader, onWriter);
            }
            assertEquals("1", db.read(c -> Queries.string(c, "PRAGMA foreign_keys")));
            assertEquals("wal", db.read(c -> Queries.string(c, "PRAGMA journal_mode")));
            assertEquals("2", db.read(c -> Queries.string(c, "PRAGMA synchronous")), "2 = FULL");
            assertEquals("10000", db.read(c -> Queries.string(c, "PRAGMA busy_timeout")));
        }
    }

    @Test
    void aSecondCopyOnTheSameDatabaseGetsAClearChineseMessage() {
        Path file = dir.resolve("locked.db");
        try (Database first = Database.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("正被另一个网格台账程序使用"), e.getMessage());
        }
        try (Database afterClose = Database.open(file)) {
            assertTrue(Integer.parseInt(afterClose.schemaVersion()) >= 1, "the lock is released on close");
        }
    }

    @Test
    void aFailingWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            TownshipRepository repo = new TownshipRepository();
            assertThrows(IllegalStateException.class, () -> db.writeVoid(c -> {
                repo.saveTownship(c, new Township("130102100", "安恕镇", "130102", "示例县"));
                throw new IllegalStateException("boom");
            }));
            assertEquals(null, db.read(repo::township));
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> db.writeVoid(c -> Queries.update(c,
                    "INSERT INTO grid (code, name, village_id) VALUES ('130102100201001', '一组网格', 999)")));
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAChineseMessage() throws Exception {
        Path file = dir.resolve("garbage.db");
        Files.write(file, "这不是数据库文件，而是一段文字。".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("损坏"), e.getMessage());
    }
}
