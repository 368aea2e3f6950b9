package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.sampledata.SampleTownship;

/**
 * The importer keeps household_status_history: a household it adds has its 户类型, 低保 and 特困供养 from the
 * day it began; a re-import that changes 是否低保 ends the old value on the import day, so the quarters before
 * keep it.
 */
class ImportStatusHistoryTest {

    private static final Path LEDGER = Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx");

    @TempDir
    Path dir;

    @Test
    void importedHouseholdsAreDatedAndAChangedDibaoEndsOnTheImportDay() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        Path changed = dir.resolve("低保变了.xlsx");
        ImportService.Options options = ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false);
        try (AppServices app = AppServices.open(db)) {
            app.importer().importFile(LEDGER, options, Progress.NONE);
        }
        assertEquals(List.of("0"), strings(db, """
                SELECT count(*) FROM household h WHERE (SELECT count(*) FROM household_status_history s
                    WHERE s.household_id = h.id AND s.valid_to IS NULL AND s.valid_from = COALESCE(h.since, '0000-01-01')
                      AND s.value = CASE s.field WHEN 'hh_type' THEN h.hh_type WHEN 'dibao' THEN CAST(h.dibao AS TEXT)
                                    ELSE CAST(h.tekun AS TEXT) END) <> 3"""), "three open values from each since");

        String number = flipFirstDibao(LEDGER, changed);
        try (AppServices app = AppServices.open(db)) {
            app.importer().importFile(changed, options, Progress.NONE);
        }
        String today = LocalDate.now().toString();
        List<String> dibao = strings(db, "SELECT s.value || ' ' || s.valid_from || '..' || coalesce(s.valid_to, '')"
                + " FROM household_status_history s JOIN household h ON h.id = s.household_id"
                + " WHERE h.hh_number = '" + number + "' AND s.field = 'dibao' ORDER BY s.id");
        assertEquals(2, dibao.size(), dibao.toString());
        assertTrue(dibao.get(0).endsWith(".." + today), dibao.toString());
        assertTrue(dibao.get(1).endsWith(" " + today + ".."), dibao.toString());
        assertTrue(dibao.get(0).charAt(0) != dibao.get(1).charAt(0), "the value changed: " + dibao);
        assertEquals(List.of("1"), strings(db, "SELECT count(*) FROM household_status_history s JOIN household h"
                + " ON h.id = s.household_id WHERE h.hh_number = '" + number + "' AND s.field = 'hh_type'"),
                "an unchanged 户类型 keeps its one value");
    }

    /** Copies the ledger with 是否低保 turned over for every row of the first household; returns its 户编号. */
    private static String flipFirstDibao(Path from, Path to) throws Exception {
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(from); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int dibaoCol = -1;
            int numberCol = -1;
            int headerRow = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String v = text.formatCellValue(cell).replaceAll("\\s", "");
                    if (v.equals("是否低保")) {
                        dibaoCol = cell.getColumnIndex();
                        headerRow = row.getRowNum();
                    }
                    if (v.equals("户编号")) {
                        numberCol = cell.getColumnIndex();
                    }
                }
                if (dibaoCol >= 0 && numberCol >= 0) {
                    break;
                }
            }
            assertTrue(dibaoCol >= 0 && numberCol >= 0, "sample ledger has 户编号 and 是否低保 columns");
            String number = null;
            for (Row row : sheet) {
                String hh = text.formatCellValue(row.getCell(numberCol)).trim();
                if (row.getRowNum() <= headerRow || hh.isEmpty() || (number != null && !number.equals(hh))) {
                    continue;
                }
                number = hh;
                Cell cell = row.getCell(dibaoCol) == null ? row.createCell(dibaoCol) : row.getCell(dibaoCol);
                cell.setCellValue(text.formatCellValue(cell).trim().equals("是") ? "否" : "是");
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
            return number;
        }
    }

    private static List<String> strings(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
