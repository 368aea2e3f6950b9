package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's writes run on a thread of their own; what the caller sees must not change. */
class ImportWriterTest {

    /** More than one batch, so that batches are handed to the writing thread while rows are still added. */
    private static final int PEOPLE = 5_000;

    @TempDir
    Path dir;

    @Test
    void everyRowOfSeveralBatchesIsWrittenWithTheImportsOneTimestamp() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            db.writeVoid(c -> {
                try (ImportWriter w = new ImportWriter(c)) {
                    for (int i = 1; i <= PEOPLE; i++) {
                        w.insertPerson(i, idNumber(i), person("人员" + i));
                    }
                }
            });
            List<String> stamps = db.read(c -> Queries.list(c,
                    "SELECT DISTINCT created_at || '|' || updated_at FROM person", rs -> rs.getString(1)));
            assertEquals((long) PEOPLE, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM person")));
            assertEquals(1, stamps.size(), stamps.toString());
            String[] both = stamps.get(0).split("\\|");
            assertEquals(both[0], both[1]);
            assertTrue(both[0].matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"), both[0]);
        }
    }

    @Test
    void aFailureOnTheWritingThreadReachesTheCallerAndNothingIsCommitted() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            assertThrows(StoreException.class, () -> db.writeVoid(c -> {
                try (ImportWriter w = new ImportWriter(c)) {
                    for (int i = 1; i <= PEOPLE; i++) {
                        w.insertPerson(i, idNumber(i), person("人员" + i));
                    }
                    w.insertPerson(PEOPLE + 1, idNumber(1), person("重复")); // UNIQUE id_number
                    w.flush();
                }
            }));
            assertEquals(0L, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM person")));
            // the connection is usable again afterwards
            db.writeVoid(c -> {
                try (ImportWriter w = new ImportWriter(c)) {
                    w.insertPerson(1, idNumber(1), person("张三"));
                }
            });
            assertEquals(1L, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM person")));
        }
    }

    private static String idNumber(int i) {
        return String.format("11010119900101%04d", i);
    }

    private static String[] person(String name) {
        String[] values = new String[ImportWriter.PersonColumn.values().length];
        values[ImportWriter.PersonColumn.NAME.ordinal()] = name;
        return values;
    }
}
