package cn.gridledger.logic.exchange;

import static cn.gridledger.logic.exchange.TwoLaptops.H1;
import static cn.gridledger.logic.exchange.TwoLaptops.H4;
import static cn.gridledger.logic.exchange.TwoLaptops.dump;
import static cn.gridledger.logic.exchange.TwoLaptops.edit;
import static cn.gridledger.logic.exchange.TwoLaptops.one;
import static cn.gridledger.logic.exchange.TwoLaptops.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.service.HouseholdChangeService;
import cn.gridledger.logic.store.exchange.ExchangeStore;
import cn.gridledger.logic.store.exchange.ExchangeTables;

/**
 * V15: the base keeps the fields only of records in the laptop's grids (and a hash of every other record), on the
 * township and on the laptop; a household moved into the grids gets its fields back; a base written before V15
 * (JSON for every record) still merges and is made hashes by the next export.
 */
class ExchangeBaseFormsTest {

    @TempDir
    Path dir;

    @Test
    void outsideTheLaptopsGridsTheBaseIsAHashOnBothSidesAndTheRoundStillEndsIdentical() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            // init --copy: fields for the laptop's grid, hashes for posts and reserve cadres, nothing yet for the rest
            assertEquals(0L, jsonOutside(t.bFile, t, "exchange_base"));
            assertEquals(0L, count(t.bFile, "SELECT count(*) FROM exchange_base WHERE tbl = 'household' AND uid = '"
                    + t.ids.get(H4) + "'"));
            assertEquals(1L, count(t.bFile, "SELECT count(*) FROM exchange_base WHERE tbl = 'household' AND uid = '"
                    + t.ids.get(H1) + "' AND json IS NOT NULL"));
            t.editBoth();
            t.townshipToLaptop();
            assertEquals(0L, jsonOutside(t.aFile, t, "exchange_sent"), "what the township sent outside the grid is hashes");
            assertTrue(count(t.aFile, "SELECT count(*) FROM exchange_sent WHERE json IS NULL AND hash IS NOT NULL") > 0);
            t.laptopToTownship();
            t.townshipToLaptop();
            t.laptopToTownship();
            assertForms(t.aFile, t);
            assertForms(t.bFile, t);
            assertEquals(dump(t.aFile), dump(t.bFile));
            // a later change outside the grid still arrives: the hash tells it differs
            edit(t.a, H4, h -> with(h, "太平路 40 号", h.phone(), h.notes()));
            t.townshipToLaptop();
            assertEquals("太平路 40 号", one(t.bFile, "SELECT address FROM household WHERE hh_number = '" + H4 + "'"));
            t.laptopToTownship();
            assertEquals(dump(t.aFile), dump(t.bFile));
            assertForms(t.aFile, t);
        }
    }

    /** After a settled round (hash bases in place on both sides), the usual edits in both orders end identical. */
    @Test
    void withHashBasesInPlaceBothOrdersEndIdenticalWithTheOneConflict() throws Exception {
        for (boolean townshipFirst : new boolean[] {true, false}) {
            try (TwoLaptops t = new TwoLaptops(dir.resolve(townshipFirst ? "township-first" : "laptop-first"))) {
                t.townshipToLaptop();
                t.laptopToTownship();
                t.townshipToLaptop();
                t.editBoth();
                if (townshipFirst) {
                    t.townshipToLaptop();
                    t.laptopToTownship();
                } else {
                    t.laptopToTownship();
                    t.townshipToLaptop();
                }
                assertEquals(dump(t.aFile), dump(t.bFile), townshipFirst ? "township first" : "laptop first");
                int conflicts = t.a.exchange().conflicts().size() + t.b.exchange().conflicts().size();
                assertEquals(1, conflicts, "the notes of " + TwoLaptops.H2 + " only");
                assertEquals("太平路 4 号", one(t.bFile, "SELECT address FROM household WHERE hh_number = '" + H4 + "'"));
                assertEquals(TwoLaptops.RENUMBERED, one(t.bFile, "SELECT code FROM grid WHERE id = " + t.grids.get(0).id()));
                assertForms(t.aFile, t);
                assertForms(t.bFile, t);
            }
        }
    }

    @Test
    void aHouseholdTheTownshipMovesIntoTheGridGetsItsFieldsBackAndMergesFieldByField() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.townshipToLaptop();
            t.laptopToTownship();
            String h4 = t.ids.get(H4);
            t.a.householdChanges().moveToGrid(new HouseholdChangeService.GridMove(h4, t.grids.get(0).id(),
                    LocalDate.of(2026, 11, 20), "搬到安恕村"));
            t.townshipToLaptop();
            t.laptopToTownship();
            t.townshipToLaptop();
            for (Path f : List.of(t.aFile, t.bFile)) {
                assertEquals(0L, count(f, "SELECT count(*) FROM exchange_base b JOIN member m ON m.uid = b.uid WHERE b.tbl = 'member'"
                        + " AND m.household_id = '" + h4 + "' AND b.json IS NULL"), "members of the moved household on " + f);
                assertEquals(1L, count(f, "SELECT count(*) FROM exchange_base WHERE tbl = 'household' AND uid = '" + h4
                        + "' AND json IS NOT NULL"));
            }
            edit(t.a, H4, h -> with(h, h.address(), h.phone(), "乡镇：已搬迁"));
            edit(t.b, H4, h -> with(h, "安恕村 4 号", h.phone(), h.notes()));
            t.laptopToTownship();
            t.townshipToLaptop();
            assertTrue(t.a.exchange().conflicts().isEmpty(), t.a.exchange().conflicts().toString());
            assertTrue(t.b.exchange().conflicts().isEmpty(), t.b.exchange().conflicts().toString());
            assertEquals("安恕村 4 号|乡镇：已搬迁", one(t.aFile, "SELECT address || '|' || notes FROM household WHERE id = '" + h4 + "'"));
            assertEquals(dump(t.aFile), dump(t.bFile));
        }
    }

    @Test
    void aBaseWrittenBeforeV15StillMergesAndTheNextExportMakesItHashes() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.townshipToLaptop();
            t.laptopToTownship();
            t.a.close();
            String h4 = t.ids.get(H4);
            ExchangeStore store = new ExchangeStore();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + t.aFile);
                    PreparedStatement ps = c.prepareStatement("UPDATE exchange_base SET json = ?, hash = NULL WHERE tbl = 'household' AND uid = ?")) {
                ps.setString(1, PackageFormat.rowJson(store.row(c, ExchangeTables.HOUSEHOLD, h4).fields())); // as V11 kept it
                ps.setString(2, h4);
                assertEquals(1, ps.executeUpdate());
            }
            t.a = cn.gridledger.logic.service.AppServices.open(t.aFile);
            edit(t.a, H1, h -> with(h, h.address(), "13922222222", h.notes()));
            assertEquals(1, t.a.exchange().export(TwoLaptops.LAPTOP, t.file("a")).counts().get("household"), "only H1 changed");
            assertEquals(1L, count(t.aFile, "SELECT count(*) FROM exchange_base WHERE tbl = 'household' AND uid = '" + h4
                    + "' AND json IS NULL AND hash IS NOT NULL"));
        }
    }

    /** Households outside the laptop's grid (and their members) are hashes; those inside keep their fields. */
    private static void assertForms(Path f, TwoLaptops t) throws Exception {
        assertEquals(0L, jsonOutside(f, t, "exchange_base"), "JSON outside the grid on " + f);
        assertEquals(1L, count(f, "SELECT count(*) FROM exchange_base WHERE tbl = 'household' AND uid = '" + t.ids.get(H4)
                + "' AND json IS NULL AND hash IS NOT NULL"), "H4 a hash on " + f);
        assertEquals(1L, count(f, "SELECT count(*) FROM exchange_base WHERE tbl = 'household' AND uid = '" + t.ids.get(H1)
                + "' AND json IS NOT NULL AND hash IS NULL"), "H1 its fields on " + f);
        assertEquals(0L, count(f, "SELECT count(*) FROM exchange_base WHERE tbl IN ('post', 'reserve_cadre') AND json IS NOT NULL"));
    }

    /** Rows with JSON for households (and their members) outside the laptop's grid. */
    private static long jsonOutside(Path f, TwoLaptops t, String table) throws Exception {
        String grid = "(SELECT id FROM grid WHERE code = '" + t.grids.get(0).code() + "' OR id = " + t.grids.get(0).id() + ")";
        return count(f, "SELECT count(*) FROM " + table + " b WHERE b.json IS NOT NULL AND ("
                + "b.tbl = 'household' AND b.uid IN (SELECT id FROM household WHERE grid_id NOT IN " + grid + ")"
                + " OR b.tbl = 'member' AND b.uid IN (SELECT m.uid FROM member m JOIN household h ON h.id = m.household_id"
                + " WHERE h.grid_id NOT IN " + grid + "))");
    }

    private static long count(Path f, String sql) throws Exception {
        return Long.parseLong(one(f, sql));
    }
}
