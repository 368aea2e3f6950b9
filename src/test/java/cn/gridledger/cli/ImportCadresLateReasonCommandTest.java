package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gridledger.testing.CadreRosterFile;
import cn.gridledger.testing.SubmittedLedger;

/**
 * {@code import cadres} of a roster whose posts reach the submitted 2026Q3 (报送, #15): refused with the list
 * and a hint at {@code --late-reason}, nothing written; {@code --dry-run} lists them; with the reason the
 * import goes ahead and the facts are kept for the next export's 补充说明.
 */
class ImportCadresLateReasonCommandTest {

    private static final String POST = "张新 两委委员 任职 2026.08.01（2026年第3季度）";
    private static final String RESERVE = "储六 后备力量 入库 2026.09.01（2026年第3季度）";

    @TempDir
    Path dir;

    @Test
    void aRosterReachingASubmittedQuarterNeedsLateReason() throws Exception {
        Path db = SubmittedLedger.create(dir.resolve("r.db"), dir);
        Path file = new CadreRosterFile().post("张新", "男", "1990.05", "安恕村", "村委会委员", "2026.08")
                .reserve("储六", "女", "1995.03", "安恕村", "2026.09").write(dir.resolve("late.xlsx"));

        CliTest.Run refused = CliTest.run(args(db, file));
        assertEquals(Cli.REFUSED, refused.status(), refused.err());
        assertTrue(refused.err().contains("无法导入 late.xlsx：本次导入会修改已报送季度内的数据（2 项）")
                && refused.err().contains(POST) && refused.err().contains(RESERVE)
                && refused.err().contains("请加 --late-reason \"修改原因\" 重新运行") && refused.err().contains("数据库未做任何修改"),
                refused.err());
        assertEquals("14 5 0", state(db), "nothing was written");

        CliTest.Run dry = CliTest.run(args(db, file, "--json", "--dry-run"));
        assertEquals(Cli.OK, dry.status(), dry.err());
        assertTrue(dry.err().contains(POST) && dry.err().contains("--late-reason"), dry.err());
        JsonNode listed = new ObjectMapper().readTree(dry.out()).get("lateEdits");
        assertEquals(2, listed.size(), dry.out());
        assertEquals(POST, listed.get(0).asText());
        assertEquals("14 5 0", state(db));

        CliTest.Run done = CliTest.run(args(db, file, "--json", "--late-reason", "任职文件核实后补录"));
        assertEquals(Cli.OK, done.status(), done.err());
        assertTrue(done.err().contains("已报送季度内的修改 2 项") && done.err().contains("任职文件核实后补录"), done.err());
        JsonNode json = new ObjectMapper().readTree(done.out());
        assertTrue(json.get("committed").asBoolean());
        assertEquals(2, json.get("lateEdits").size());
        assertEquals("15 6 2", state(db));
        assertFalse(CliTest.run(args(db, file)).err().contains("已报送季度"), "imported again, the file changes nothing");
    }

    /** {@code --db DB [--json] import cadres [options] FILE}: the global options go before the command. */
    private static String[] args(Path db, Path file, String... options) {
        List<String> a = new ArrayList<>(List.of("--db", db.toString()));
        List<String> rest = new ArrayList<>(List.of(options));
        if (rest.remove("--json")) {
            a.add("--json");
        }
        a.add("import");
        a.add("cadres");
        a.addAll(rest);
        a.add(file.toString());
        return a.toArray(String[]::new);
    }

    /** Posts, reserve entries (ended ones too) and late_edit rows. */
    private static String state(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM post), (SELECT count(*) FROM reserve_cadre),"
                     + " (SELECT count(*) FROM late_edit)")) {
            r.next();
            return r.getLong(1) + " " + r.getLong(2) + " " + r.getLong(3);
        }
    }
}
