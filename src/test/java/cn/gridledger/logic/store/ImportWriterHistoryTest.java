package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.store.ImportWriter.StoredHousehold;

/**
 * An import that changes a household written without history (older data, the demo generator) first dates
 * its old grid and 低保 from the day it began, in the same batch, before the row changes.
 */
class ImportWriterHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aHouseholdWithoutHistoryKeepsItsOldGridAndDibaoUpToTheImportDay() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            long[] grids = db.write(c -> {
                long v = Queries.insert(c, "INSERT INTO village (code, name) VALUES ('130102100201', '安恕村')");
                long g1 = Queries.insert(c, "INSERT INTO grid (code, name, village_id) VALUES ('130102100201001', '一组', ?)", v);
                long g2 = Queries.insert(c, "INSERT INTO grid (code, name, village_id) VALUES ('130102100201002', '二组', ?)", v);
                Queries.update(c, "INSERT INTO household (id, hh_number, grid_id, hh_type, dibao, since)"
                        + " VALUES ('h1', '001', ?, '脱贫户', 1, '2020-05')", g1);
                return new long[] {g1, g2};
            });
            StoredHousehold before = new StoredHousehold("h1", "001", grids[0], null, null, null, null, null, "脱贫户",
                    true, false, null, null, null, "2020-05");
            StoredHousehold after = new StoredHousehold("h1", "001", grids[1], null, null, null, null, null, "脱贫户",
                    false, false, null, null, null, "2020-05");
            db.writeVoid(c -> {
                try (ImportWriter w = new ImportWriter(c)) {
                    w.updateHousehold(after, true);
                    w.datedStatus(before, after);
                }
            });
            String today = LocalDate.now().toString();
            assertEquals(List.of(grids[0] + " 2020-05.." + today, grids[1] + " " + today + ".."), db.read(c -> Queries.list(c,
                    "SELECT grid_id || ' ' || valid_from || '..' || coalesce(valid_to, '') FROM household_grid_history"
                            + " ORDER BY id", rs -> rs.getString(1))));
            assertEquals(List.of("dibao 1 2020-05.." + today, "dibao 0 " + today + "..", "hh_type 脱贫户 2020-05..",
                    "tekun 0 2020-05.."), db.read(c -> Queries.list(c,
                    "SELECT field || ' ' || value || ' ' || valid_from || '..' || coalesce(valid_to, '')"
                            + " FROM household_status_history ORDER BY field, id", rs -> rs.getString(1))));
        }
    }
}
