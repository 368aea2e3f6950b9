package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.io.DamagedDatabaseException;
import cn.gridledger.testing.DamagedDatabases;

/** {@link Database#openCheckingLater}: the quick check runs behind the caller, and nothing gets past a failed one. */
class DeferredQuickCheckTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedPageIsReportedToEveryReadAndWriteAsAtOpening() throws Exception {
        Path file = DamagedDatabases.withADamagedTable(dir.resolve("damaged.db"));

        assertThrows(DamagedDatabaseException.class, () -> Database.open(file), "the window's way: refused at once");
        try (Database db = Database.openCheckingLater(file)) { // the schema is readable: the check goes behind
            DamagedDatabaseException read = assertThrows(DamagedDatabaseException.class,
                    () -> db.read(c -> Queries.count(c, "SELECT count(*) FROM household")));
            assertTrue(read.getMessage().contains("损坏"), read.getMessage());
            assertThrows(DamagedDatabaseException.class, () -> db.writeVoid(c -> Queries.update(c,
                    "INSERT INTO filler (data) VALUES (x'00')")));
            assertThrows(DamagedDatabaseException.class, db::openReader);
            try (Database.OwnReader ahead = db.openReaderBeforeCheck()) {
                // reading ahead is allowed; its result is only used inside a write, which is refused
                assertEquals(0L, (long) ahead.read(c -> Queries.count(c, "SELECT count(*) FROM household")));
            }
        }
    }

    @Test
    void anIntactFileOpensCheckingLaterAndWorks() {
        Path file = dir.resolve("ok.db");
        try (Database db = Database.open(file)) {
            db.writeVoid(c -> Queries.update(c, "CREATE TABLE t (x INTEGER)"));
        }
        try (Database db = Database.openCheckingLater(file)) {
            db.writeVoid(c -> Queries.update(c, "INSERT INTO t VALUES (1)"));
            assertEquals(1L, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM t")));
        }
    }
}
