package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gridledger.cli.CliTest.Run;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.store.ReportFixture;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsAllReportsWithAJsonSummary() throws Exception {
        Path db = dir.resolve("t.db");
        ReportFixture.create(db);
        Path out = Files.createDirectories(dir.resolve("out"));
        Run r = CliTest.run("--db", db.toString(), "--json", "export", "all", "--quarter", "2026Q3", "--out", out.toString());
        assertEquals(Cli.OK, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(ReportKind.values().length, json.get("files").size());
        assertEquals("2026Q3", json.get("quarter").asText());
        assertTrue(json.get("rows").asLong() > 0);
        assertTrue(json.has("seconds"));
        assertTrue(Files.exists(out.resolve("安恕镇_农户信息台账_2026Q3.xlsx")));
        assertTrue(r.err().contains("已导出"), r.err());
    }

    @Test
    void exportsOneVillageToANamedFile() throws Exception {
        Path db = dir.resolve("t.db");
        ReportFixture.create(db);
        Path file = dir.resolve("太平村台账.xlsx");
        Run r = CliTest.run("--db", db.toString(), "--json", "export", "household-ledger", "--quarter", "2026Q3",
                "--village", ReportFixture.V2, "--out", file.toString());
        assertEquals(Cli.OK, r.status(), r.err());
        assertEquals(2, new ObjectMapper().readTree(r.out()).get("rows").asLong());
        assertTrue(Files.exists(file));
    }

    @Test
    void refusesUnknownReportsQuartersAndVillages() {
        Path db = dir.resolve("t.db");
        ReportFixture.create(db);
        assertEquals(Cli.USAGE, CliTest.run("--db", db.toString(), "export", "nonsense", "--quarter", "2026Q3").status());
        Run q = CliTest.run("--db", db.toString(), "export", "points", "--quarter", "2026年", "--out", dir.toString());
        assertEquals(Cli.USAGE, q.status());
        assertTrue(q.err().contains("季度"), q.err());
        Run v = CliTest.run("--db", db.toString(), "export", "points", "--quarter", "2026Q3", "--village", "999",
                "--out", dir.toString());
        assertEquals(Cli.REFUSED, v.status());
        assertTrue(v.err().contains("999"), v.err());
    }

    @Test
    void exportsTheVisitCoverageReport() throws Exception {
        Path db = dir.resolve("t.db");
        ReportFixture.create(db);
        Path file = dir.resolve("走访.xlsx");
        Run r = CliTest.run("--db", db.toString(), "--json", "export", "visits", "--quarter", "2026Q4", "--out", file.toString());
        assertEquals(Cli.OK, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("visits", json.get("files").get(0).get("reports").get(0).asText());
        assertEquals(3, json.get("rows").asLong(), "one row per grid alive at 2026-12-31");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            assertEquals("安恕镇2026年第4季度走访工作统计表", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    /** #15 R6 from the command line over the demo township: households listed, and the 合计 counts what is listed. */
    @Test
    void exportsTheChangesListWithHouseholdsOverTheDemoTownship() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(Cli.OK, CliTest.run("--db", db.toString(), "demo", "--households", "600", "--seed", "7").status());
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        int households = 0;
        cn.gridledger.model.Quarter q = cn.gridledger.model.Quarter.current();
        for (int i = 0; i < 5; i++, q = q.previous()) {
            Path file = dir.resolve("r6_" + q.code() + ".xlsx");
            Run r = CliTest.run("--db", db.toString(), "export", "changes", "--quarter", q.code(), "--out", file.toString());
            assertEquals(Cli.OK, r.status(), r.err());
            int added = 0;
            int removed = 0;
            String total = null;
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
                var sheet = wb.getSheetAt(0);
                assertTrue(f.formatCellValue(sheet.getRow(0).getCell(0)).endsWith(q.label() + "人口变动花名册"));
                for (var row : sheet) {
                    String type = row.getCell(8) == null ? "" : f.formatCellValue(row.getCell(8));
                    added += type.equals("新增户") ? 1 : 0;
                    removed += type.equals("减少户") ? 1 : 0;
                    String first = f.formatCellValue(row.getCell(0));
                    if (first.startsWith("合计：")) {
                        total = first;
                    }
                }
            }
            assertTrue(total != null && total.contains("；新增 " + added + " 户") && total.contains("减少 " + removed + " 户"),
                    q + ": " + total + " (listed " + added + " / " + removed + ")");
            households += added + removed;
        }
        assertTrue(households > 0, "the demo's whole-household moves of the last 15 months are listed");
    }

    @Test
    void submitsExportedFilesAndListsThemAndAResubmissionIsRefused() throws Exception {
        Path db = dir.resolve("t.db");
        ReportFixture.create(db);
        Path out = Files.createDirectories(dir.resolve("q3"));
        assertEquals(Cli.OK, CliTest.run("--db", db.toString(), "export", "grid-summary", "--quarter", "2026Q3", "--out",
                out.toString()).status());
        Path file = out.resolve("安恕镇_网格基本情况统计表_2026Q3.xlsx");

        Run r = CliTest.run("--db", db.toString(), "--json", "export", "submit", "--quarter", "2026Q3", file.toString());
        assertEquals(Cli.OK, r.status(), r.err());
        JsonNode sub = new ObjectMapper().readTree(r.out()).get("submissions").get(0);
        assertEquals("grid-summary", sub.get("report").asText());
        assertEquals(cn.gridledger.logic.export.SheetContent.fileSha256(file), sub.get("sha256").asText());
        assertTrue(r.err().contains("已报送 2026年第3季度 网格基本情况统计表（全乡镇）"), r.err());

        Run again = CliTest.run("--db", db.toString(), "export", "submit", "--quarter", "2026Q3", file.toString());
        assertEquals(Cli.REFUSED, again.status());
        assertTrue(again.err().contains("不能再次报送"), again.err());

        Run list = CliTest.run("--db", db.toString(), "--json", "export", "submissions");
        assertEquals(Cli.OK, list.status(), list.err());
        assertEquals(1, new ObjectMapper().readTree(list.out()).get("submissions").size());
        assertTrue(list.err().contains("命令行 报送于"), list.err());

        assertEquals(Cli.USAGE, CliTest.run("--db", db.toString(), "export", "submit", "--quarter", "2026Q3").status());
        assertEquals(Cli.USAGE, CliTest.run("--db", db.toString(), "export", "points").status());
    }
}
