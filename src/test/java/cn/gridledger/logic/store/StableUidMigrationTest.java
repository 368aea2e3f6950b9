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
import cn.gridledger.logic.service.CadreService;
import cn.gridledger.logic.service.MonitoringService;
import cn.gridledger.logic.service.HouseholdChangeService.GridMove;
import cn.gridledger.logic.service.HouseholdChangeService.Merge;
import cn.gridledger.logic.service.HouseholdChangeService.Split;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.model.Award;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.PointsItem;
import cn.gridledger.model.PointsRedemption;
import cn.gridledger.model.StatusChange;
import cn.gridledger.sampledata.SampleTownship;

/**
 * V11 and V12 give every existing and new row of the exchanged tables with integer ids (persons, members, events,
 * histories; monitoring, awards, points, posts, reserve cadres) a distinct uid, whoever writes it.
 */
class StableUidMigrationTest {

    static final String[] TABLES = {"person", "member", "status_event", "household_grid_history", "household_status_history",
        "monitoring", "award", "points_entry", "points_redemption", "post", "reserve_cadre"};

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
            s.executeUpdate("INSERT INTO village (id, code, name) VALUES (1, '130102100201', '安恕村')");
            s.executeUpdate("INSERT INTO monitoring (household_id, category, identified_month) VALUES ('h1', '脱贫不稳定户', '2025-03')");
            s.executeUpdate("INSERT INTO award (household_id, award_type, year) VALUES ('h1', '美丽庭院', 2025), ('h1', '干净人家', 2026)");
            s.executeUpdate("INSERT INTO points_item (id, village_id, name, direction, default_points) VALUES (1, 1, '卫生', '加分', 5)");
            s.executeUpdate("INSERT INTO points_entry (household_id, item_id, entry_date, points) VALUES ('h1', 1, '2026-01-02', 5)");
            s.executeUpdate("INSERT INTO points_redemption (household_id, redeem_date, points) VALUES ('h1', '2026-02-01', 3)");
            s.executeUpdate("INSERT INTO post (person_id, post_type, category, village_id) VALUES (1, '村委会主任', '村两委', 1)");
            s.executeUpdate("INSERT INTO reserve_cadre (person_id, village_id, entry_date) VALUES (2, 1, '2024-03')");
        }
        Database.open(file).close(); // migrates to V12
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

    /**
     * The services that write the tables V12 gave uids: the household form (monitoring, awards, points and
     * redemptions), 防返贫监测, 积分 bulk entry, the cadre editor and 后备力量, 网格员安排, and the household ledger
     * import (monitoring and awards from its columns).
     */
    @Test
    void theServicesWritingMonitoringPointsAwardsPostsAndReserveWriteUidsToo() throws Exception {
        Path file = dir.resolve("services.db");
        try (AppServices app = AppServices.open(file)) {
            List<Grid> grids = HouseholdFixtures.township(app);
            long village = grids.get(0).villageId();
            String h = app.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                    member("张三明", id("19500312", 1), "户主"), member("张小明", id("19800101", 3), "之子")));
            HouseholdDetail d = app.households().load(h);
            app.households().save(new HouseholdDetail(d.household(), d.members(), d.monitoring(),
                    List.of(new Award(0, h, "美丽庭院", 2025, "村"), new Award(0, h, "干净人家", 2026, "乡")), d.pointsEntries(),
                    List.of(new PointsRedemption(0, h, AUGUST_10, 3, "毛巾", "张敏"), new PointsRedemption(0, h, AUGUST_10, 2, null, null))));
            app.monitoring().add(new MonitoringService.MonitoringInput(h, "脱贫不稳定户", "因病", null, null, "2025-03", "产业帮扶",
                    "王帮扶", "13800000001"));
            app.monitoring().add(new MonitoringService.MonitoringInput(h, "边缘易致贫户", "因学", null, null, "2025-06", null,
                    null, null));
            long item = app.points().saveItem(new PointsItem(0, village, "卫生", PointsItem.PLUS, 5, true));
            PointsItem it = app.points().items(village).stream().filter(i -> i.id() == item).findFirst().orElseThrow();
            app.points().bulkEntry(it, List.of(h), AUGUST_10, 5, "整洁", "张敏", null);
            app.points().bulkEntry(it, List.of(h), AUGUST_10.plusDays(1), 5, "整洁", "张敏", null);
            app.cadres().save(new CadreService.CadreEdit(null, new CadreService.PersonInput("陈书记", id("19800505", 21), "男",
                    "1980-05", "汉族", "中共党员", null, null, null, "13912345678", null, null, null, null, null, null, null, null),
                    List.of(new CadreService.PostInput("村委会委员", "村两委", village, null, null, null, null, "2021-01", null,
                            false, false, null)), List.of()));
            app.cadres().addReserve(id("19800101", 3), village, "2024-03", "村两委委员", "跟班学习");
            app.grids().assign(grids.get(0).id(), "网格员", "李网格", id("19900101", 31), "13900000031", true);
            app.importer().importFile(Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx"),
                    ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false), Progress.NONE);
        }
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT (SELECT count(*) FROM monitoring), (SELECT count(*) FROM award),
                               (SELECT count(*) FROM points_entry), (SELECT count(*) FROM points_redemption),
                               (SELECT count(*) FROM post), (SELECT count(*) FROM reserve_cadre)""")) {
            r.next();
            for (int i = 1; i <= 6; i++) {
                assertTrue(r.getInt(i) >= (i == 6 ? 1 : 2), "table " + i + " was written: " + r.getInt(i));
            }
        }
        assertEveryRowHasItsOwnUid(file);
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
