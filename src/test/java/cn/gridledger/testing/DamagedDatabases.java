package cn.gridledger.testing;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;

/** Database files damaged the way failing disks damage them, for the tests of what the program then does. */
public final class DamagedDatabases {

    private DamagedDatabases() {
    }

    /**
     * A real GridLedger database whose schema (and so its version) still reads fine, with one table's root
     * page overwritten: only SQLite's quick check, or a read of that table, notices.
     */
    public static Path withADamagedTable(Path file) throws Exception {
        long root;
        long pageSize;
        try (Database db = Database.open(file)) {
            db.writeVoid(c -> {
                Queries.update(c, "CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)");
                Queries.update(c, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                        + "INSERT INTO filler (data) SELECT randomblob(500) FROM n");
            });
            root = db.read(c -> Queries.count(c, "SELECT rootpage FROM sqlite_master WHERE name = 'filler'"));
            pageSize = db.read(c -> Queries.count(c, "PRAGMA page_size"));
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((root - 1) * pageSize);
            raf.write("this page was overwritten by a failing disk ".repeat(20).getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }
}
