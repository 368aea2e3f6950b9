package cn.gridledger.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.store.Database;

/** The versions the build writes down are the pom's and the newest migration's. */
class AppVersionTest {

    @TempDir
    Path dir;

    @Test
    void theProgramVersionIsThePoms() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>gridledger</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        assertEquals(m.group(1), AppVersion.program());
    }

    @Test
    void theSchemaVersionIsTheNewestMigrationAndWhatANewDatabaseGets() throws IOException {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(String.valueOf(newest), AppVersion.schema(),
                "set <gridledger.schema.version> in pom.xml to the newest migration's number");
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertEquals(AppVersion.schema(), db.schemaVersion());
        }
    }

    @Test
    void theSummaryNamesBoth() {
        assertEquals("网格台账 GridLedger " + AppVersion.program() + "（数据库结构版本 " + AppVersion.schema() + "）",
                AppVersion.summary());
    }
}
