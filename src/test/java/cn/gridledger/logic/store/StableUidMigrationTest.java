package cn.gridledger.logic.store;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdChangeService.GridMove;
import cn.gridledger.logic.service.HouseholdChangeService.Merge;
import cn.gridledger.logic.service.HouseholdChangeService.Split;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.StatusChange;
import cn.gridledger.sampledata.SampleTownship;

/** V11 gives every existing and new person, member, event and history row a distinct uid, whoever writes it. */
class StableUidMigrationTest {

    static final String[] TABLES = {"person", "member", "status_event", "household_grid_history", "household_status_history"};

    private static final LocalDate AUGUST_10 = LocalDate.of(2026, 8, 10);

    @TempDir
    Path dir;

    @Test
    void existingRowsGetUidsAndNewRowsOfEveryWriterToo() throws Exception {
        Path file = dir.resolve("v10.db");
        Flyway.configure().dataSource(Database.jdbcUrl(file), null, null)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion("10")).load().migrate();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO household (id) VALUES ('h1')");
            s.executeUpdate("INSERT INTO person (id, name) VALUES (1, '张三'), (2, '李四')");
            s.executeUpdate("INSERT INTO member (household_id, person_id, relation) VALUES ('h1', 1, '户主'), ('h1', 2, '配偶')");
            s.executeUpdate("INSERT INTO status_event (household_id, event_type, event_date) VALUES ('h1', '迁入', '2026-01-01')");
        }
        Database.open(file).close(); // migrates to V11
        Path fresh = dir.resolve("fresh.db");
        try (AppServices app = AppServices.open(fresh)) {
            app.demo().generate(30, 1, Progress.NONE); // DemoWriter: explicit ids, the trigger fills the uid
            app.importer().importFile(Path.of("sample-data", "rosters", "干部花名册_示例.xlsx"),
                    ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE); // ImportWriter
        }
        assertEveryRowHasItsOwnUid(file);
        assertEveryRowHasItsOwnUid(fresh);
    }

    /**
     * The writers of dated facts: the household ledger import (status history from each since), the editor's
     * dated 低保 change, 分户, 合户 and 迁往其他网格 (HouseholdEventRepository, HouseholdStatusHistory,
     * HouseholdGridHistory, partly INSERT … SELECT) rely on the trigger or write the uid themselves.
     */
    @Test
    void theLedgerImportTheDatedStatusAndTheHouseholdChangesWriteUidsToo() throws Exception {
        Path ledger = SampleTownship.create(dir.resolve("ledger.db"));
        try (AppServices app = AppServices.open(ledger)) {
            app.importer().importFile(Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx"),
                    ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false), Progress.NONE);
        }
        Path changes = dir.resolve("changes.db");
        try (AppServices app = AppServices.open(changes)) {
            List<Grid> grids = HouseholdFixtures.township(app);
            String zhang = app.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                    member("张三明", id("19500312", 1), "户主"), member("李秀英", id("19520506", 2), "配偶"),
                    member("张小明", id("19800101", 3), "之子"), member("王芳", id("19820202", 4), "之儿媳")));
            String widow = app.households().save(detail(null, grids.get(1).id(), null,
                    member("赵桂花", id("19300101", 6), "户主")));
            HouseholdDetail d = app.households().load(zhang);
            Household h = d.household();
            app.households().save(new HouseholdDetail(new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(),
                    h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), true, h.tekun(),
                    h.housingStatus(), h.toiletStatus(), h.notes(), h.since()), d.members(), d.monitoring(), d.awards(),
                    d.pointsEntries(), d.redemptions()), List.of(), List.of(), new StatusChange(AUGUST_10.minusDays(40), "复核"));
            String created = app.householdChanges().split(new Split(zhang, Map.of(memberId(app, zhang, "张小明"), "户主",
                    memberId(app, zhang, "王芳"), "配偶"), Map.of(), "130102100201000101", AUGUST_10, "另立户"));
            app.householdChanges().merge(new Merge(widow, zhang, Map.of(memberId(app, widow, "赵桂花"), "其他"),
                    AUGUST_10, "随子生活"));
            app.householdChanges().moveToGrid(new GridMove(created, grids.get(2).id(), AUGUST_10.plusDays(20), null));
        }
        assertEveryRowHasItsOwnUid(ledger);
        assertEveryRowHasItsOwnUid(changes);
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(changes)); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT (SELECT count(*) FROM household_status_history WHERE field = 'dibao' AND value = '1'),
                               (SELECT count(*) FROM status_event),
                               (SELECT count(*) FROM household_grid_history WHERE valid_from > '2026-08-10')""")) {
            r.next();
            assertTrue(r.getInt(1) == 1 && r.getInt(2) >= 6 && r.getInt(3) == 1,
                    "the dated 低保, the change events and the move were written: " + r.getInt(1) + " " + r.getInt(2)
                            + " " + r.getInt(3));
        }
    }

    private static long memberId(AppServices app, String household, String name) {
        return app.households().load(household).members().stream().filter(m -> m.person().name().equals(name))
                .mapToLong(Member::id).findFirst().orElseThrow();
    }

    private static void assertEveryRowHasItsOwnUid(Path f) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(f)); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet r = s.executeQuery("SELECT count(*), count(uid), count(DISTINCT uid), "
                        + "min(length(uid)) FROM " + t)) {
                    r.next();
                    assertEquals(r.getLong(1), r.getLong(2), t + " rows without uid in " + f.getFileName());
                    assertEquals(r.getLong(1), r.getLong(3), t + " duplicate uids in " + f.getFileName());
                    if (r.getLong(1) > 0) {
                        assertEquals(32, r.getInt(4), t);
                    }
                }
            }
        }
    }
}
