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

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.testing.SubmittedLedger;

/**
 * {@code import households} of a ledger that changes facts of the submitted 2026Q3 (报送, #15): refused with
 * the list and a hint at {@code --late-reason}, nothing written; {@code --dry-run} lists them; with the
 * reason the import goes ahead and the facts are kept for the next export's 补充说明.
 */
class ImportLateReasonCommandTest {

    private static final String NEW_HOUSEHOLD = "新户主户 新增农户 2026.09.01（2026年第3季度）";
    private static final String DEPARTURE = "张三明户 张小明 迁出 2026.08.03（2026年第3季度）";

    @TempDir
    Path dir;

    @Test
    void aLedgerChangingASubmittedQuarterNeedsLateReason() throws Exception {
        Path db = SubmittedLedger.create(dir.resolve("r.db"), dir);
        Path file;
        try (AppServices app = AppServices.open(db)) {
            file = SubmittedLedger.export(app, dir).without("张小明")
                    .newHousehold("130102100201000009", "新户主", "2026-09-01").write(dir.resolve("late.xlsx"));
        }
        String[] leaving = {"--missing", "迁出", "--missing-date", "2026-08-03", "--missing-who", "张小明"};

        CliTest.Run refused = CliTest.run(args(db, file, leaving));
        assertEquals(Cli.REFUSED, refused.status(), refused.err());
        assertTrue(refused.err().contains("已报送季度") && refused.err().contains(NEW_HOUSEHOLD)
                && refused.err().contains(DEPARTURE) && refused.err().contains("--late-reason")
                && refused.err().contains("数据库未做任何修改"), refused.err());
        assertEquals("7 0", state(db), "nothing was written");

        CliTest.Run dry = CliTest.run(args(db, file, "--json", "--dry-run"));
        assertEquals(Cli.OK, dry.status(), dry.err());
        assertTrue(dry.err().contains(NEW_HOUSEHOLD) && dry.err().contains("--late-reason"), dry.err());
        JsonNode listed = new ObjectMapper().readTree(dry.out()).get("lateEdits");
        assertEquals(1, listed.size(), dry.out());
        assertEquals(NEW_HOUSEHOLD, listed.get(0).asText());
        assertEquals("7 0", state(db));

        CliTest.Run done = CliTest.run(args(db, file, "--json", "--late-reason", "户籍核实后更正", leaving[0], leaving[1],
                leaving[2], leaving[3], leaving[4], leaving[5]));
        assertEquals(Cli.OK, done.status(), done.err());
        assertTrue(done.err().contains("已报送季度内的修改 2 项") && done.err().contains("户籍核实后更正"), done.err());
        JsonNode json = new ObjectMapper().readTree(done.out());
        assertTrue(json.get("committed").asBoolean());
        assertEquals(2, json.get("lateEdits").size());
        assertEquals("8 2", state(db));
        assertFalse(CliTest.run(args(db, file)).err().contains("已报送季度"), "imported again, the file changes nothing");
    }

    /** {@code --db DB [--json] import households [options] FILE}: the global options go before the command. */
    private static String[] args(Path db, Path file, String... options) {
        List<String> a = new ArrayList<>(List.of("--db", db.toString()));
        List<String> rest = new ArrayList<>(List.of(options));
        if (rest.remove("--json")) {
            a.add("--json");
        }
        a.add("import");
        a.add("households");
        a.addAll(rest);
        a.add(file.toString());
        return a.toArray(String[]::new);
    }

    /** Households (all, ended ones too) and late_edit rows. */
    private static String state(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet h = s.executeQuery("SELECT (SELECT count(*) FROM household WHERE deleted_at IS NULL),"
                     + " (SELECT count(*) FROM late_edit)")) {
            h.next();
            return h.getLong(1) + " " + h.getLong(2);
        }
    }
}
