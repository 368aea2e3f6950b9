package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.sampledata.SampleTownship;
import cn.gridledger.testing.LedgerEdits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import households} of a ledger sent again without one member: the person is listed as 可能迁出/死亡
 * and stays, until {@code --missing} says why they left; wrong choices are refused before anything is written.
 */
class ImportMissingMembersCommandTest {

    private static final Path LEDGER = Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx");

    @TempDir
    Path dir;

    @Test
    void theLeftOutMemberIsListedAndEndedOnlyWithMissing() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        Path shorter = dir.resolve("少一人.xlsx");
        String dropped = LedgerEdits.withoutFirstNonHead(LEDGER, shorter);
        assertEquals(Cli.OK, CliTest.run("--db", db.toString(), "import", "households", LEDGER.toString()).status());

        CliTest.Run kept = CliTest.run("--db", db.toString(), "--json", "import", "households", shorter.toString());
        assertEquals(Cli.OK, kept.status(), kept.err());
        assertTrue(kept.err().contains("可能迁出/死亡") && kept.err().contains(dropped)
                && kept.err().contains("仍保留在原户") && kept.err().contains("--missing"), kept.err());
        JsonNode listed = new ObjectMapper().readTree(kept.out()).get("missingMembers");
        assertEquals(1, listed.size());
        assertEquals(dropped, listed.get(0).get("name").asText());
        assertTrue(listed.get(0).get("ended").isNull());
        assertEquals(0, ended(db));

        CliTest.Run split = CliTest.run("--db", db.toString(), "import", "households", "--missing", "分户",
                shorter.toString());
        assertEquals(Cli.REFUSED, split.status(), split.err());
        assertTrue(split.err().contains("只能是 迁出、死亡 或 其他"), split.err());

        CliTest.Run stranger = CliTest.run("--db", db.toString(), "import", "households", "--missing", "迁出",
                "--missing-who", "查无此人", shorter.toString());
        assertEquals(Cli.REFUSED, stranger.status(), stranger.err());
        assertTrue(stranger.err().contains("查无此人") && stranger.err().contains("不在"), stranger.err());
        assertEquals(0, ended(db), "a refused choice ends nobody");

        String today = LocalDate.now().toString();
        CliTest.Run gone = CliTest.run("--db", db.toString(), "--json", "import", "households", "--missing", "外迁",
                "--missing-date", today, "--missing-who", dropped, "--missing-note", "迁往县城", shorter.toString());
        assertEquals(Cli.OK, gone.status(), gone.err());
        assertTrue(gone.err().contains("已迁出（" + today + "）"), gone.err());
        assertEquals("迁出", new ObjectMapper().readTree(gone.out()).get("missingMembers").get(0).get("ended").asText());
        assertEquals(1, ended(db));

        CliTest.Run again = CliTest.run("--db", db.toString(), "import", "households", shorter.toString());
        assertTrue(!again.err().contains("可能迁出/死亡"), "nobody is missing any more: " + again.err());
    }

    @Test
    void aDateInTheFutureOrUnreadableIsRefused() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        CliTest.Run future = CliTest.run("--db", db.toString(), "import", "households", "--missing", "死亡",
                "--missing-date", LocalDate.now().plusDays(1).toString(), LEDGER.toString());
        assertEquals(Cli.REFUSED, future.status(), future.err());
        assertTrue(future.err().contains("不能晚于今天"), future.err());
        CliTest.Run garbled = CliTest.run("--db", db.toString(), "import", "households", "--missing", "死亡",
                "--missing-date", "上个月", LEDGER.toString());
        assertEquals(Cli.REFUSED, garbled.status(), garbled.err());
        assertTrue(garbled.err().contains("年-月-日"), garbled.err());
    }

    /** Memberships ended with a reason, and their 迁出 events. */
    private static int ended(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM member WHERE end_reason = '迁出' AND ended_on IS NOT NULL")) {
            rs.next();
            int members = rs.getInt(1);
            try (ResultSet ev = s.executeQuery("SELECT count(*) FROM status_event WHERE event_type = '迁出'"
                    + " AND details = '迁往县城'")) {
                ev.next();
                assertEquals(members, ev.getInt(1), "each ended membership has its 迁出 event with the note");
            }
            return members;
        }
    }
}
