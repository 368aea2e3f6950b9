package cn.gridledger.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The direct row path writes exactly the XML POI writes for a row of cells holding the same values. */
class FastSheetDataWriterTest {

    private static final Object[] VALUES = {"张三明", 42L, null, "", " 前后有空格 ", "a<b & \"c\"", 12_345_678L,
        -7L, 3, 2.5, new BigDecimal("1.25"), "130102199001011234", "\u00A0不间断", "𠀀扩展字", 0L};

    @Test
    void aRowOfValuesIsWrittenAsPoiWritesTheSameCells() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(-1)) {
            CellStyle text = wb.createCellStyle();
            CellStyle number = wb.createCellStyle();
            int[] textStyles = new int[VALUES.length + 2];
            int[] numberStyles = new int[VALUES.length + 2];
            java.util.Arrays.fill(textStyles, text.getIndex());
            java.util.Arrays.fill(numberStyles, number.getIndex());
            textStyles[0] = 0; // the default style is written without an s attribute

            SXSSFSheet sheet = wb.createSheet();
            SXSSFRow row = sheet.createRow(41);
            for (int i = 0; i < textStyles.length; i++) {
                Object v = i < VALUES.length ? VALUES[i] : null;
                Cell c = row.createCell(i);
                c.setCellStyle(wb.getCellStyleAt(v instanceof Number ? numberStyles[i] : textStyles[i]));
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v != null && !v.toString().isEmpty()) {
                    c.setCellValue(v.toString());
                }
            }
            SheetDataWriter poi = new SheetDataWriter();
            poi.writeRow(41, row);
            FastSheetDataWriter fast = new FastSheetDataWriter();
            fast.writeValues(41, VALUES, textStyles, numberStyles);
            fast.writeRow(41, row); // and POI's row object through the overridden cell path

            String expected = xml(poi);
            assertEquals(expected + expected, xml(fast));
            wb.dispose();
        }
    }

    private static String xml(SheetDataWriter w) throws IOException {
        w.close();
        try (InputStream in = w.getWorksheetXMLInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
