package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.cli.CliTest.Run;

/** README 县级汇总 on the command line: a township's snapshot, a county database, import, status, the R1 workbook. */
class CountyCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTownshipSnapshotBecomesACountyWorkbookWithATownshipColumn() throws Exception {
        Path township = dir.resolve("township/gridledger.db");
        Path county = dir.resolve("county/县级汇总.db");
        Path usb = Files.createDirectories(dir.resolve("usb"));
        ok(CliTest.run("--db", township.toString(), "demo", "--households", "300"));
        Run snapshot = ok(CliTest.run("--db", township.toString(), "county", "snapshot", "--out", usb.toString()));
        assertTrue(snapshot.err().contains("白杨岭乡的县级汇总包第 1 号"), snapshot.err());
        List<Path> files;
        try (var list = Files.list(usb)) {
            files = list.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().startsWith("白杨岭乡_县级汇总_"), files.toString());

        Run notYet = CliTest.run("--db", county.toString(), "county", "import", files.get(0).toString());
        assertEquals(Cli.REFUSED, notYet.status());
        assertTrue(notYet.err().contains("county init"), notYet.err());
        ok(CliTest.run("--db", county.toString(), "county", "init", "--name", "云禾县"));
        Run imported = ok(CliTest.run("--db", county.toString(), "county", "import", files.get(0).toString()));
        assertTrue(imported.err().contains("已导入 白杨岭乡（130179201）第 1 号：300 户"), imported.err());
        Run again = CliTest.run("--db", county.toString(), "county", "import", files.get(0).toString());
        assertEquals(Cli.REFUSED, again.status());
        assertTrue(again.err().contains("已导入过"), again.err());
        Run status = ok(CliTest.run("--db", county.toString(), "county", "status"));
        assertTrue(status.err().contains("云禾县：1 个乡镇，300 户"), status.err());

        Run wrongReport = CliTest.run("--db", county.toString(), "county", "export", "household-ledger", "--quarter",
                "2026Q3", "--out", dir.toString());
        assertEquals(Cli.REFUSED, wrongReport.status());
        assertTrue(wrongReport.err().contains("可选：grid-summary"), wrongReport.err());
        Path out = dir.resolve("reports");
        Run export = ok(CliTest.run("--db", county.toString(), "county", "export", "grid-summary", "--quarter", "2026Q3",
                "--out", out.toString()));
        assertTrue(export.err().contains("共 1 个文件"), export.err());
        File r1 = out.resolve("云禾县2026年第3季度网格基本情况统计表（分乡镇汇总）_2026Q3.xlsx").toFile();
        try (Workbook wb = WorkbookFactory.create(r1)) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("云禾县2026年第3季度网格基本情况统计表（分乡镇汇总）", f.formatCellValue(s.getRow(0).getCell(0)));
            assertEquals("乡镇", f.formatCellValue(s.getRow(2).getCell(1)));
            assertEquals("白杨岭乡", f.formatCellValue(s.getRow(4).getCell(1)));
            boolean subtotal = false;
            boolean total = false;
            for (Row row : s) {
                subtotal |= "小计".equals(f.formatCellValue(row.getCell(2)));
                total |= "合计".equals(f.formatCellValue(row.getCell(1)));
            }
            assertTrue(subtotal && total, "the township's 小计 and the county's 合计");
        }

        Run exchange = CliTest.run("--db", township.toString(), "exchange", "import", files.get(0).toString());
        assertEquals(Cli.REFUSED, exchange.status());
        assertTrue(exchange.err().contains("县级汇总包，不是交换包"), exchange.err());
    }

    private static Run ok(Run r) {
        assertEquals(Cli.OK, r.status(), r.err());
        return r;
    }
}
