package cn.gridledger.logic.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.RosterWorkbooks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCellScannerTest {

    @TempDir
    Path dir;

    @Test
    void findsMergesAfterManyRowsWithOrWithoutPrefix() throws Exception {
        String xml = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"urn:x\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>a &lt;mergeCell ref=\"Z1:Z9\"/&gt; b</x:t></x:is></x:c></x:row>"
                + "</x:sheetData><x:mergeCells count=\"3\"><x:mergeCell ref=\"A1:E1\"/>"
                + "<mergeCell  ref='B2:C3' /><x:mergeCell ref=\"A40:B41\"/><x:mergeCellX ref=\"A2:A3\"/></x:mergeCells></x:worksheet>";
        List<MergedRegion> merges = MergeCellScanner.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 30);
        assertEquals(List.of(new MergedRegion(0, 0, 0, 4), new MergedRegion(1, 2, 1, 2)), merges);
    }

    @Test
    void topAreaOfALongSheetHasItsTitleMerges() throws Exception {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("名单");
        RosterWorkbooks.row(sheet, 0, "示例村干部花名册");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        RosterWorkbooks.row(sheet, 1, "姓名", "身份证号", "学历", "");
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
        for (int r = 2; r <= 300; r++) {
            RosterWorkbooks.row(sheet, r, "人员" + r, "430122199001010000", "高中", "本科");
        }
        sheet.addMergedRegion(new CellRangeAddress(200, 201, 0, 0));
        Path file = RosterWorkbooks.save(wb, dir.resolve("long-merged.xlsx"));
        try (SourceWorkbook book = WorkbookReader.open(file)) {
            TopArea top = book.topArea(0);
            assertEquals(2, top.merges().size());
            assertTrue(top.merges().contains(new MergedRegion(0, 0, 0, 3)));
            assertTrue(top.merges().contains(new MergedRegion(1, 1, 2, 3)));
            assertEquals("示例村干部花名册", top.shownCell(0, 2).text());
        }
    }
}
