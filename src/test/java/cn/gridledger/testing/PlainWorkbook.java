package cn.gridledger.testing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A one-sheet .xlsx of text cells: a heading row, then the rows (empty cells are left out). */
public final class PlainWorkbook {

    private PlainWorkbook() {
    }

    public static Path write(Path file, String sheetName, List<String> header, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(sheetName);
            row(s.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                row(s.createRow(i + 1), rows.get(i));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void row(Row r, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                r.createCell(i).setCellValue(cells.get(i));
            }
        }
    }
}
