package cn.gridledger.logic.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.ImportRefusedException;
import cn.gridledger.logic.importer.ImportRefusedException.Reason;
import cn.gridledger.logic.importer.RosterWorkbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    @Test
    void formatComesFromContentNotExtension() throws Exception {
        Path xlsxNamedXls = Files.move(RosterWorkbooks.cadreRoster(dir, true), dir.resolve("renamed.xls"));
        try (SourceWorkbook wb = WorkbookReader.open(xlsxNamedXls)) {
            assertEquals(FileFormat.XLSX, wb.format());
        }
        Path xlsNamedXlsx = Files.move(RosterWorkbooks.householdLedger(dir, false), dir.resolve("renamed.xlsx"));
        try (SourceWorkbook wb = WorkbookReader.open(xlsNamedXlsx)) {
            assertEquals(FileFormat.XLS, wb.format());
        }
    }

    @Test
    void streamsAllRowsAndKeepsTopAreaSmall() throws Exception {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("名单");
        RosterWorkbooks.row(sheet, 0, "姓名", "身份证号");
        for (int r = 1; r <= 500; r++) {
            RosterWorkbooks.row(sheet, r, "人员" + r, String.format("4301221990010100%02d", r % 100));
        }
        Path file = RosterWorkbooks.save(wb, dir.resolve("long.xlsx"));
        try (SourceWorkbook book = WorkbookReader.open(file); RowStream rows = book.rows(0)) {
            assertEquals(TopArea.ROWS, book.topArea(0).rows().size());
            assertEquals(501, book.sheets().get(0).approxRowCount());
            int count = 0;
            SourceRow last = null;
            while (rows.hasNext()) {
                last = rows.next();
                count++;
            }
            assertEquals(501, count);
            assertEquals(500, last.index());
            assertEquals("人员500", last.cell(0).text());
        }
    }

    @Test
    void hiddenSheetAnd1904FlagAreExposed() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        RosterWorkbooks.row(wb.createSheet("说明"), 0, "内部用");
        RosterWorkbooks.row(wb.createSheet("花名册"), 0, "姓名", "性别");
        wb.setSheetHidden(0, true);
        wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
        Path file = RosterWorkbooks.save(wb, dir.resolve("hidden.xlsx"));
        try (SourceWorkbook book = WorkbookReader.open(file)) {
            assertTrue(book.sheets().get(0).hidden());
            assertFalse(book.sheets().get(1).hidden());
            assertTrue(book.date1904());
        }
    }

    @Test
    void externalEntityInSheetIsRefusedWithoutReadingTheTarget() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        Path file = minimalXlsx(dir.resolve("xxe.xlsx"), sheet);
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> WorkbookReader.open(file).close());
        assertEquals(Reason.HOSTILE, e.reason());
        assertEquals("文件内容异常（疑似恶意构造），已拒绝读取", e.getMessage());
    }

    @Test
    void minimalHandWrittenXlsxIsRead() throws Exception {
        String sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row><c t=\"inlineStr\"><is><t>姓名</t></is></c><c><v>4.30122195601101E+17</v></c></row></sheetData></worksheet>";
        try (SourceWorkbook wb = WorkbookReader.open(minimalXlsx(dir.resolve("min.xlsx"), sheet))) {
            SourceRow row = wb.topArea(0).rows().get(0);
            assertEquals("姓名", row.cell(0).text());
            assertEquals(CellKind.NUMBER, row.cell(1).kind());
            assertEquals("430122195601101000", row.cell(1).plainNumber());
        }
    }

    @Test
    void emptyAndUnknownFilesAreRefusedInChinese() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertEquals(Reason.EMPTY, assertThrows(ImportRefusedException.class, () -> WorkbookReader.open(empty)).reason());

        Path binary = Files.write(dir.resolve("photo.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> WorkbookReader.open(binary));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().startsWith("不支持的文件格式（"));

        Path truncated = dir.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(RosterWorkbooks.cadreRoster(dir, true));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        e = assertThrows(ImportRefusedException.class, () -> WorkbookReader.open(truncated));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("文件已损坏，无法读取"));
    }

    /** A hand-built package: content types, workbook, one sheet; enough for POI's package layer. */
    private static Path minimalXlsx(Path file, String sheetXml) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
