package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class SqliteNativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void theKeptCopyIsTheJarsLibraryAndADamagedCopyIsReplaced() throws Exception {
        byte[] jar;
        String name = System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name)) {
            assertNotNull(in, "the driver carries a library for this platform");
            jar = in.readAllBytes();
        }
        Path kept = SqliteNativeLibrary.keptCopy(dir.resolve("native"));
        assertEquals(dir.resolve("native").resolve(name), kept);
        assertArrayEquals(jar, Files.readAllBytes(kept));

        Files.write(kept, new byte[] {1, 2, 3}); // a copy cut short or altered
        assertArrayEquals(jar, Files.readAllBytes(SqliteNativeLibrary.keptCopy(dir.resolve("native"))));
        try (var files = Files.list(dir.resolve("native"))) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void theDriverLoadsTheKeptCopy() {
        try (Database db = Database.open(dir.resolve("x.db"))) {
            assertEquals(1L, (long) db.read(c -> Queries.count(c, "SELECT 1")));
        }
        String folder = System.getProperty("org.sqlite.lib.path");
        assertNotNull(folder, "the driver was pointed at the kept copy");
        assertEquals(true, Files.isRegularFile(Path.of(folder, System.getProperty("org.sqlite.lib.name"))));
    }
}
