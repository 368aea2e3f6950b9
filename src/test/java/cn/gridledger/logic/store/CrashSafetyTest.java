package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.testing.KillMidWrite;

/** SIGKILL in the middle of a large write leaves the database exactly as it was. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aProcessKilledMidWriteLeavesTheDatabaseAsBefore() throws Exception {
        Path file = dir.resolve("crash.db");
        String before;
        try (Database db = Database.open(file)) {
            db.writeVoid(c -> {
                for (int i = 0; i < 100; i++) {
                    Queries.update(c, "INSERT INTO person (name, phone) VALUES (?, ?)", "原有" + i, "1380000" + i);
                }
            });
            before = snapshot(db);
        }

        KillMidWrite.Killed killed = KillMidWrite.run(LargeWriteChild.class, file.toString(), "150000");
        assertEquals(137, killed.exitStatus(), "killed by SIGKILL: " + killed.output());
        Path wal = Path.of(file + "-wal");
        long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
        System.out.println("WAL left by the killed writer: " + walBytes + " bytes");

        try (Database db = Database.open(file)) {
            assertEquals("ok", db.read(c -> Queries.string(c, "PRAGMA integrity_check")));
            assertEquals(before, snapshot(db), "not one row of the killed transaction is visible");
            assertEquals(100L, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM person")));
            assertTrue(db.read(c -> Queries.count(c, "SELECT count(*) FROM person WHERE name = '已改'")) == 0);
        }
    }

    private static String snapshot(Database db) {
        return db.read(c -> Queries.string(c,
                "SELECT count(*) || ':' || group_concat(id || name || phone, ',') FROM person"));
    }
}
