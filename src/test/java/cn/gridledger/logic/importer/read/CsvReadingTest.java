package cn.gridledger.logic.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.HeaderDetector;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.rows.DataRow;
import cn.gridledger.logic.importer.rows.RowClassifier;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    private static final String ROSTER = "姓名,性别,身份证号,毕业院校及专业,备注\r\n"
            + "张三,男,=\"430122195601101206\",\"XX大学,中文系\",\r\n"
            + "李四,女,=\"01234567890123456X\",\"说\"\"明\"\"\n第二行\",无\r\n";

    private List<DataRow> readRoster(Path file) {
        try (SourceWorkbook wb = WorkbookReader.open(file)) {
            assertEquals(FileFormat.CSV, wb.format());
            DetectedHeader header = HeaderDetector.detect(wb.topArea(0));
            try (RowStream rows = wb.rows(0)) {
                return RowClassifier.classifyAll(header, rows).rows();
            }
        }
    }

    @Test
    void gbkCsvWithExcelTextWrappedIds() throws Exception {
        Path file = Files.write(dir.resolve("roster.csv"), ROSTER.getBytes(Charset.forName("GBK")));
        assertRosterRead(readRoster(file));
    }

    @Test
    void utf8CsvWithBom() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(ROSTER.getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("roster.txt"), bytes.toByteArray());
        assertRosterRead(readRoster(file));
    }

    @Test
    void utf8CsvWithoutBomAndTabs() throws Exception {
        Path file = Files.writeString(dir.resolve("roster.csv"), "姓名\t性别\t身份证号\n王五\t男\t430122197911110011\n");
        List<DataRow> rows = readRoster(file);
        assertEquals("王五", rows.get(0).text(RosterField.NAME));
        assertEquals("430122197911110011", rows.get(0).text(RosterField.ID_NUMBER));
    }

    @Test
    void onlyExcelsTextFormLosesItsEqualsSign() {
        // ="…" (also as a writer quotes it whole) is Excel's text; any other = is part of the value
        List<List<String>> rows = CsvParser.parse("=\"0123\",\"=\"\"0456\"\"\",\"=1+1\",=已核对,\"=\"\r\n");
        assertEquals(List.of(List.of("0123", "0456", "=1+1", "=已核对", "=")), rows);
    }

    private static void assertRosterRead(List<DataRow> rows) {
        assertEquals(2, rows.size());
        DataRow zhang = rows.get(0);
        assertEquals("张三", zhang.text(RosterField.NAME));
        assertEquals("430122195601101206", zhang.text(RosterField.ID_NUMBER));
        assertEquals(CellKind.TEXT, zhang.cell(RosterField.ID_NUMBER).kind());
        assertEquals("XX大学,中文系", zhang.text(RosterField.FULLTIME_SCHOOL));
        DataRow li = rows.get(1);
        assertEquals("01234567890123456X", li.text(RosterField.ID_NUMBER));
        assertEquals("说\"明\"\n第二行", li.text(RosterField.FULLTIME_SCHOOL));
        assertEquals("", li.text(RosterField.REMARK));
        assertEquals(3, li.excelRowNumber());
    }
}
