package cn.gridledger.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Edited copies of a household ledger, as a township would send it again a quarter later. */
public final class LedgerEdits {

    private LedgerEdits() {
    }

    /** Copies the ledger without the first row whose 与户主关系 is not 户主; returns that person's name. */
    public static String withoutFirstNonHead(Path from, Path to) throws Exception {
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(from); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int relationCol = -1;
            int nameCol = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String v = text.formatCellValue(cell).replaceAll("\\s", "");
                    if (relationCol < 0 && v.equals("与户主关系")) {
                        relationCol = cell.getColumnIndex();
                    }
                    if (nameCol < 0 && v.equals("姓名")) {
                        nameCol = cell.getColumnIndex();
                    }
                }
                if (relationCol >= 0 && nameCol >= 0) {
                    break;
                }
            }
            assertTrue(relationCol >= 0 && nameCol >= 0, "sample ledger has 姓名 and 与户主关系 columns");
            for (Row row : sheet) {
                String relation = text.formatCellValue(row.getCell(relationCol)).trim();
                String name = text.formatCellValue(row.getCell(nameCol)).trim();
                if (!relation.isEmpty() && !relation.equals("户主") && !relation.equals("与户主关系") && !name.isEmpty()) {
                    sheet.removeRow(row);
                    try (OutputStream out = Files.newOutputStream(to)) {
                        wb.write(out);
                    }
                    return name;
                }
            }
        }
        throw new AssertionError("no member row in the sample ledger");
    }

}
