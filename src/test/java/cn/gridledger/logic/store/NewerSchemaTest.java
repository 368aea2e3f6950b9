package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database last used by a newer program is refused with a Chinese message and left as it was. */
class NewerSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithAMigrationFromANewerProgramIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("newer.db");
        String known;
        try (Database db = Database.open(file)) {
            known = db.schemaVersion();
        }
        int future = Integer.parseInt(known) + 5;
        FutureSchema.addAppliedMigration(file, future);
        byte[] before = Files.readAllBytes(file);

        NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> Database.open(file).close());
        assertTrue(e.getMessage().contains("请安装新版本"), e.getMessage());
        assertTrue(e.getMessage().contains("数据库结构版本 " + future), e.getMessage());
        assertTrue(e.getMessage().contains("本程序只认识到版本 " + known), e.getMessage());
        assertEquals(String.valueOf(future), e.databaseVersion());
        assertEquals(known, e.knownVersion());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is left exactly as it was");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().contains("backups")), "no pre-migration backup was made");
        }

        // the refusal releases the lock: the file can still be opened by other means (a newer program)
        assertThrows(NewerSchemaException.class, () -> Database.open(file).close());
    }

    @Test
    void theSameProgramOpensItsOwnSchemaAgain() {
        Path file = dir.resolve("same.db");
        try (Database db = Database.open(file)) {
            assertTrue(Integer.parseInt(db.schemaVersion()) >= 7);
        }
        try (Database again = Database.open(file)) {
            assertEquals(0, again.migrationsApplied());
        }
    }
}
