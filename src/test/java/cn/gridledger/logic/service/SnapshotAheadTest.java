package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gridledger.logic.importer.KnownRecords;
import cn.gridledger.logic.store.Database;
import cn.gridledger.sampledata.SampleTownship;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's snapshot is read before its transaction begins; it must never be older than the data the
 * import then writes over.
 */
class SnapshotAheadTest {

    private static final String ADDED = "110101199003071234";

    @TempDir
    Path dir;

    @Test
    void aWriteCommittedAfterReadingAheadIsSeenByTheImport() {
        try (Database db = Database.open(SampleTownship.create(dir.resolve("t.db")));
             SnapshotAhead ahead = SnapshotAhead.start(db, false)) {
            db.read(ahead::current); // the read ahead has finished before the next write
            db.writeVoid(c -> insertPerson(c, "新来的"));
            KnownRecords known = db.write(ahead::current);
            assertNotNull(known.personByIdNumber(ADDED), "a person committed since reading ahead");
        }
    }

    @Test
    void auditEntriesAloneKeepTheSnapshotReadAhead() throws Exception {
        Path file = SampleTownship.create(dir.resolve("t.db"));
        try (Database db = Database.open(file);
             SnapshotAhead ahead = SnapshotAhead.start(db, true)) {
            long before = db.changeCount();
            db.appendToLog(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO audit_log (user_name, action, entity_type) VALUES ('测试', '备份', '数据库')");
                }
            });
            assertEquals(before, db.changeCount(), "an audit entry is not a change to the records");
            db.read(ahead::current); // wait for the read ahead
            // written behind the Database's back: only a re-read would see it, so the copy read ahead is used
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                insertPerson(other, "旁路写入");
            }
            assertNull(db.write(ahead::current).personByIdNumber(ADDED));
        }
    }

    private static void insertPerson(Connection c, String name) throws java.sql.SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO person (name, id_number) VALUES ('" + name + "', '" + ADDED + "')");
        }
    }
}
