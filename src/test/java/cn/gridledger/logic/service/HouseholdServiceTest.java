package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.search.HouseholdFilter.Chip;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Grid;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.HouseholdRow.MonitoringState;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsRedemption;

class HouseholdServiceTest {

    @TempDir
    Path dir;

    private AppServices app;
    private List<Grid> grids;

    @BeforeEach
    void open() {
        app = AppServices.open(dir.resolve("t.db"));
        grids = HouseholdFixtures.township(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String saveZhang() {
        return app.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                member("张三明", id("19800312", 1), "户主"), member("李秀英", id("19820506", 2), "配偶"),
                member("张小明", id("20080101", 3), "之子")));
    }

    @Test
    void savesAHouseholdWithItsMembersHeadFirstAndReadsItBack() {
        String id = app.households().save(detail(null, grids.get(0).id(), null,
                member("张小明", id("20080101", 3), "之子"), member("张三明", id("19800312", 1), "户主")));
        HouseholdDetail d = app.households().load(id);
        assertEquals(List.of("张三明", "张小明"), d.members().stream().map(m -> m.person().name()).toList());
        assertEquals(id("19800312", 1), d.members().get(0).person().idNumber());
    }

    @Test
    void searchFindsByPinyinInitialsNameIdSuffixPhoneAndHouseholdNumber() {
        saveZhang();
        app.households().save(detail("130102100201000101", grids.get(1).id(), null, member("王德福", id("19600101", 5), "户主")));
        HouseholdFilter all = HouseholdFilter.all();
        assertEquals(List.of("张三明"), heads(app.search().search("zsm", all)));
        assertEquals(List.of("张三明"), heads(app.search().search("ZS", all)));
        assertEquals(List.of("张三明"), heads(app.search().search("秀英", all)));
        assertEquals(List.of("张三明"), heads(app.search().search("lxy", all)));
        String wangId = id("19600101", 5);
        assertEquals(List.of("王德福"), heads(app.search().search(wangId.substring(14), all)));
        assertEquals(List.of("王德福"), heads(app.search().search(wangId, all)));
        assertEquals(List.of("张三明"), heads(app.search().search("1391234", all)));
        assertEquals(List.of("王德福"), heads(app.search().search("000101", all)));
        assertEquals(2, app.search().search("", all).size());
    }

    @Test
    void filtersByGridAndChips() {
        String zhang = saveZhang();
        HouseholdDetail d = app.households().load(zhang);
        app.households().save(new HouseholdDetail(d.household(), d.members(),
                List.of(new Monitoring(0, zhang, "脱贫不稳定户", "因病", null, null, FuzzyDate.of(2025, 3), "健康", "刘帮扶",
                        null, false, null, null)),
                List.of(new Award(0, zhang, "美丽庭院", 2025, "村")),
                List.of(new PointsEntry(0, zhang, null, LocalDate.of(2026, 1, 5), 30, "卫生评比", "张敏", null)),
                List.of(new PointsRedemption(0, zhang, LocalDate.of(2026, 2, 1), 10, "洗衣粉", "张敏"))));
        app.households().save(detail(null, grids.get(2).id(), null, member("王德福", id("19600101", 5), "户主")));

        HouseholdRow row = app.search().search("zsm", HouseholdFilter.all()).get(0);
        assertEquals(MonitoringState.OPEN, row.monitoring());
        assertEquals(20, row.points());
        assertEquals(3, row.memberCount());
        assertTrue(row.awarded());
        assertEquals(List.of("张三明"), heads(app.search().search("", new HouseholdFilter(null, null, Set.of(Chip.RISK_OPEN), null))));
        assertEquals(List.of("张三明"), heads(app.search().search("", new HouseholdFilter(null, null, Set.of(Chip.AWARDED), null))));
        assertEquals(List.of("王德福"), heads(app.search().search("", new HouseholdFilter(null, grids.get(2).id(), Set.of(), null))));
        assertEquals(1, app.search().search("", new HouseholdFilter(grids.get(0).villageId(), null, Set.of(), null)).size());
    }

    @Test
    void refusesBrokenHouseholdRulesWithTheFieldsConcerned() {
        HouseholdRulesException e = assertThrows(HouseholdRulesException.class, () -> app.households().save(
                detail(null, grids.get(0).id(), null, member("张三明", id("19800312", 1), "户主"),
                        member("张大明", id("19810312", 1), "户主"), member("李秀英", "130102198205060021", "配偶"))));
        assertTrue(e.getMessage().startsWith("还有 2 处需要修改"), e.getMessage());
        assertTrue(e.getMessage().contains("只能有一名户主"), e.getMessage());
        assertEquals(List.of(2, 1), e.checks().stream().map(HouseholdCheck::memberIndex).toList());
        assertTrue(e.checks().get(0).message().contains("校验位"), e.checks().get(0).message());
        assertEquals(0, app.search().size());
    }

    @Test
    void aPersonCannotBeAMemberOfTwoHouseholds() {
        saveZhang();
        UserFacingException e = assertThrows(UserFacingException.class, () -> app.households().save(
                detail(null, grids.get(1).id(), null, member("张三明", id("19800312", 1), "户主"))));
        assertTrue(e.getMessage().contains("另一户"), e.getMessage());
    }

    @Test
    void removedMembersAreEndedNotErasedAndDeleteCanBeRestored() {
        String id = saveZhang();
        HouseholdDetail d = app.households().load(id);
        app.households().save(new HouseholdDetail(d.household(), d.members().subList(0, 2), d.monitoring(), d.awards(),
                d.pointsEntries(), d.redemptions()));
        assertEquals(2, app.households().load(id).members().size());
        assertEquals(2, app.search().search("zsm", HouseholdFilter.all()).get(0).memberCount());

        app.households().delete(id);
        assertEquals(0, app.search().search("zsm", HouseholdFilter.all()).size());
        assertEquals(1, app.households().deleted().size());
        app.households().restore(id);
        assertEquals(1, app.search().search("zsm", HouseholdFilter.all()).size());
        assertEquals(0, app.households().deleted().size());
    }

    private static List<String> heads(List<HouseholdRow> rows) {
        return rows.stream().map(HouseholdRow::headName).toList();
    }

    @Test
    void dashboardCountsAndCharts() {
        String zhang = saveZhang();
        HouseholdDetail d = app.households().load(zhang);
        app.households().save(new HouseholdDetail(d.household(), d.members(),
                List.of(new Monitoring(0, zhang, "脱贫不稳定户", "因病", "因学", null, FuzzyDate.of(2025, 3), null, null,
                        null, false, null, null)), List.of(), List.of(), List.of()));
        var tiles = app.dashboard().tiles(LocalDate.now().plusDays(1));
        assertEquals(1, tiles.households());
        assertEquals(3, tiles.members());
        assertEquals(1, tiles.monitoredOpen());
        assertEquals(0, tiles.monitoredClosed());
        assertEquals(3, tiles.gridsWithoutWorkers());
        assertEquals(1, tiles.notUpdatedThisQuarter());
        var charts = app.dashboard().charts();
        assertEquals(java.util.Map.of("因病", 1L, "因学", 1L), charts.openRisks());
        assertEquals(java.util.List.of(1L, 0L), java.util.List.copyOf(charts.householdsPerVillage().values()));
        assertEquals(1L, charts.pointsDistribution().get("0"));
    }

    @Test
    void theListReloadsWhenSomeoneElseChangedHouseholds() {
        saveZhang();
        assertEquals(1, app.search().size());
        assertEquals(false, app.search().invalidateIfChangedElsewhere(), "own saves keep the list current");
        try (AppServices other = AppServices.open(dir.resolve("other.db"))) {
            assertEquals(0, other.search().size());
            // what an import does: households written without the household service
            other.demo().generate(5, 1, cn.gridledger.logic.Progress.NONE);
            assertTrue(other.search().invalidateIfChangedElsewhere());
            assertEquals(5, other.search().size());
        }
    }
}
