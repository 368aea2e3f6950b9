package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.importer.SyntheticCadreRoster;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.sampledata.SampleTownship;
import cn.gridledger.testing.KillMidWrite;

/** A process killed with SIGKILL in the middle of a large import leaves the database exactly as before. */
class ImportKillTest {

    @TempDir
    Path dir;

    @Test
    void killingTheProgramMidImportChangesNothing() throws Exception {
        Path db = SampleTownship.create(dir.resolve("kill.db"));
        Path roster = dir.resolve("big.xlsx");
        List<String> villages;
        String before;
        try (AppServices app = AppServices.open(db)) {
            villages = app.township().villages().stream().map(v -> v.name()).toList();
        }
        SyntheticCadreRoster.write(roster, 20_000, villages);
        try (Database d = Database.open(db)) {
            before = snapshot(d);
        }

        KillMidWrite.Killed killed = KillMidWrite.run(ImportKillChild.class, db.toString(), roster.toString());

        assertEquals(137, killed.exitStatus(), "killed by SIGKILL: " + killed.output());
        assertFalse(killed.output().contains("FINISHED"), "the import must not have completed");
        try (Database d = Database.open(db)) {
            assertEquals("ok", d.read(c -> Queries.string(c, "PRAGMA integrity_check")));
            assertEquals(before, snapshot(d), "no row of the killed import is visible");
        }
    }

    private static String snapshot(Database d) {
        return d.read(c -> Queries.count(c, "SELECT count(*) FROM person") + "/"
                + Queries.count(c, "SELECT count(*) FROM post") + "/"
                + Queries.count(c, "SELECT count(*) FROM reserve_cadre") + "/"
                + Queries.count(c, "SELECT count(*) FROM audit_log WHERE action = '导入'"));
    }
}
