package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RosterWorkbooks;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.sampledata.SampleTownship;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger sent again lists a son in his father-in-law's household: the import moves him with a 移出 and an
 * 入户 event (so the 人口变动 list shows it), and does not also list him as 可能迁出/死亡 of his old household.
 */
class ImportMoveBetweenHouseholdsTest {

    private static final String GRID = "130102100201001";

    @TempDir
    Path dir;

    @Test
    void aPersonListedInAnotherHouseholdMovesWithBothEvents() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        String son = id("19900101", 11);
        Path first = ledger("第一次.xlsx", new String[][] {
            {"H-0001", "周大明", "户主", "周大明", id("19600101", 13)},
            {"H-0001", "周大明", "之子", "周小明", son},
            {"H-0002", "吴老汉", "户主", "吴老汉", id("19550101", 15)}});
        Path again = ledger("第二次.xlsx", new String[][] {
            {"H-0001", "周大明", "户主", "周大明", id("19600101", 13)},
            {"H-0002", "吴老汉", "户主", "吴老汉", id("19550101", 15)},
            {"H-0002", "吴老汉", "之女婿", "周小明", son}});
        try (AppServices app = AppServices.open(db)) {
            ImportService.Options options = ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false)
                    .village("130102100201");
            assertTrue(app.importer().importFile(first, options, Progress.NONE).committed());
            ImportReport preview = app.importer().analyse(again, options, Progress.NONE);
            assertTrue(preview.missingMembers().isEmpty(), "he is in the file, elsewhere: " + preview.missingMembers());
            assertTrue(app.importer().importFile(again, options, Progress.NONE).committed());
        }
        assertEquals(List.of("H-0001 移出 导入时转入其他户", "H-0002 入户 导入时由其他户转入"), rows(db, """
                SELECT h.hh_number, e.event_type, e.details FROM status_event e JOIN household h ON h.id = e.household_id
                ORDER BY e.id"""));
        assertEquals(List.of("H-0001 之子 导入时转入其他户", "H-0002 之女婿 null"), rows(db, """
                SELECT h.hh_number, m.relation, m.end_reason FROM member m JOIN household h ON h.id = m.household_id
                JOIN person p ON p.id = m.person_id WHERE p.name = '周小明' ORDER BY m.id"""));
    }

    private Path ledger(String name, String[][] members) throws Exception {
        Workbook wb = RosterWorkbooks.newWorkbook(true);
        Sheet s = wb.createSheet("农户信息台账");
        RosterWorkbooks.row(s, 0, "网格编号", "户编号", "户主姓名", "与户主关系", "姓名", "身份证号");
        for (int i = 0; i < members.length; i++) {
            String[] m = members[i];
            RosterWorkbooks.row(s, i + 1, GRID, m[0], m[1], m[2], m[3], m[4]);
        }
        return RosterWorkbooks.save(wb, dir.resolve(name));
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }
}
