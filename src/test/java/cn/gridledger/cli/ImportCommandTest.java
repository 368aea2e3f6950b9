package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gridledger.logic.importer.PoiCorpusAccess;
import cn.gridledger.sampledata.SampleTownship;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code import cadres|households} end to end: JSON summary, exit codes, error workbook, the POI corpus. */
class ImportCommandTest {

    private static final Path SAMPLES = Path.of("sample-data", "rosters");

    @TempDir
    Path dir;

    @Test
    void cadreImportPrintsTheJsonSummaryAndCommits() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        CliTest.Run r = CliTest.run("--db", db.toString(), "--json", "import", "cadres",
                SAMPLES.resolve("干部花名册_示例.xlsx").toString());
        assertEquals(Cli.OK, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(12, j.get("rows").asInt());
        assertEquals(9, j.get("new").asInt());
        assertEquals(3, j.get("errors").asInt());
        assertEquals(1, j.get("warnings").asInt());
        assertEquals(3, j.get("headerRow").asInt());
        assertTrue(j.get("committed").asBoolean());
        assertTrue(r.err().contains("第12行 H列"), r.err());
    }

    @Test
    void aDamagedDatabaseIsRefusedWithTheRestoreHintAndNothingIsImported() throws Exception {
        // the command line checks the file while the workbook opens: the import must still stop before writing
        Path db = cn.gridledger.testing.DamagedDatabases.withADamagedTable(SampleTownship.create(dir.resolve("d.db")));
        CliTest.Run r = CliTest.run("--db", db.toString(), "import", "cadres",
                SAMPLES.resolve("干部花名册_示例.xlsx").toString());
        assertEquals(Cli.REFUSED, r.status(), r.err());
        assertTrue(r.err().contains("已损坏") && r.err().contains("restore"), r.err());
        assertTrue(!r.err().contains("程序内部错误"), r.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("pre-import")),
                    "no pre-import backup of a damaged file");
        }
    }

    @Test
    void strictWithErrorsExitsOneAndTheErrorWorkbookMarksTheCells() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        Path out = dir.resolve("错误.xlsx");
        CliTest.Run r = CliTest.run("--db", db.toString(), "--json", "import", "households", "--strict", "--errors",
                out.toString(), SAMPLES.resolve("农户信息台账_示例.xls").toString());
        assertEquals(Cli.REFUSED, r.status(), r.err());
        assertTrue(r.out().contains("\"committed\":false"), r.out());
        Path written = dir.resolve("错误.xls"); // an .xls file is marked in its own format
        assertTrue(Files.exists(written), r.err());
        try (var wb = WorkbookFactory.create(written.toFile())) {
            var summary = wb.getSheet("错误汇总");
            assertEquals("行", summary.getRow(0).getCell(0).getStringCellValue());
            assertTrue(summary.getLastRowNum() >= 4);
            var sheet = wb.getSheet("农户信息台账");
            int row = (int) summary.getRow(1).getCell(0).getNumericCellValue();
            String col = summary.getRow(1).getCell(1).getStringCellValue();
            var cell = sheet.getRow(row - 1).getCell(org.apache.poi.ss.util.CellReference.convertColStringToIndex(col));
            assertTrue(cell.getCellComment() != null, "the bad cell carries a comment");
        }
    }

    @Test
    void aFileWithoutHeaderIsRefusedWithExitOne() throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "1,2,3\n4,5,6\n");
        CliTest.Run r = CliTest.run("--db", dir.resolve("t.db").toString(), "import", "cadres", f.toString());
        assertEquals(Cli.REFUSED, r.status(), r.err());
        assertTrue(r.err().contains("未找到花名册表头"), r.err());
    }

    @Test
    void aHeaderWithoutNameOrIdIsRefusedListingTheLabelsItSaw() throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "a,b,c\n1,2,3\n");
        CliTest.Run r = CliTest.run("--db", dir.resolve("t.db").toString(), "import", "cadres", f.toString());
        assertEquals(Cli.REFUSED, r.status(), r.err());
        assertTrue(r.err().contains("表头在第 1 行，识别到 a、b、c；缺少 姓名 列，身份证号、出生年月 中的任一列"), r.err());
    }

    static Stream<String> corpusFiles() throws Exception {
        return PoiCorpusAccess.files();
    }

    /** Every corpus file through the whole dry-run path ends as done or refused in Chinese, never as a bug. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void corpusFilesNeverEndAsInternalFaults(String name) {
        Path corpus = PoiCorpusAccess.dir();
        assumeTrue(corpus != null, "corpus absent");
        CliTest.Run r = CliTest.run("--db", dir.resolve("t.db").toString(), "import", "cadres", "--dry-run",
                corpus.resolve(name).toString());
        assertTrue(r.status() == Cli.OK || r.status() == Cli.REFUSED, name + " → " + r.status() + " " + r.err());
        assertTrue(r.err().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), r.err());
    }
}
