package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.HouseholdChangeService.GridMove;
import cn.gridledger.logic.service.HouseholdChangeService.Merge;
import cn.gridledger.logic.service.HouseholdChangeService.Split;
import cn.gridledger.logic.service.MonitoringService.MonitoringFilter;
import cn.gridledger.logic.service.MonitoringService.MonitoringInput;
import cn.gridledger.logic.service.MonitoringService.MonitoringRow;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Member;
import cn.gridledger.model.Quarter;

/**
 * 报送 (#15) beyond the household form: 分户, 合户, 迁往其他网格 and the 防返贫监测 page change facts dated
 * inside a submitted quarter only with a reason; without one nothing is written, with one the change is kept
 * for the next export's 补充说明. Changes dated after the submitted quarter need no reason.
 */
class LateEditGuardTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final String REASON = "户籍核实后更正";
    static final LocalDate IN_Q3 = LocalDate.of(2026, 8, 15);
    static final LocalDate IN_Q4 = LocalDate.of(2026, 10, 15);

    @TempDir
    Path dir;

    AppServices app;

    @BeforeEach
    void openAndSubmitTheThirdQuarter() throws Exception {
        ReportFixture.create(dir.resolve("r.db"));
        app = AppServices.open(dir.resolve("r.db"));
        cn.gridledger.testing.SubmittedLedger.submit(app, dir, Q3, ReportKind.GRID_SUMMARY);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long gridOf(String householdId) {
        return app.households().load(householdId).household().gridId();
    }

    private long memberId(String householdId, String name) {
        return app.households().load(householdId).members().stream().filter(m -> m.person().name().equals(name))
                .mapToLong(Member::id).findFirst().orElseThrow();
    }

    private static void refusedNaming(Runnable change, String what) {
        SubmittedQuarterException e = assertThrows(SubmittedQuarterException.class, change::run);
        assertTrue(e.getMessage().startsWith("这次修改涉及已报送的2026年第3季度，需填写修改原因"), e.getMessage());
        assertTrue(e.facts().stream().anyMatch(f -> f.contains(what)), e.facts() + " names " + what);
    }

    @Test
    void aGridMoveInsideTheSubmittedQuarterNeedsAReason() {
        long before = gridOf("h1");
        long other = gridOf("h3");
        refusedNaming(() -> app.householdChanges().moveToGrid(new GridMove("h1", other, IN_Q3, null)), "张三明户 迁往其他网格");
        assertEquals(before, gridOf("h1"), "nothing is written without the reason");
        assertEquals(List.of(), app.submissions().lateEdits());

        app.householdChanges().moveToGrid(new GridMove("h1", other, IN_Q3, null), REASON);

        assertEquals(other, gridOf("h1"));
        List<LateEdit> late = app.submissions().lateEdits();
        assertEquals(1, late.size());
        assertEquals("张三明户 迁往其他网格", late.get(0).what());
        assertEquals(IN_Q3, late.get(0).factDate());
        assertEquals(REASON, late.get(0).reason());
        assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, "h1").stream()
                .anyMatch(e -> e.summary().contains("迁往其他网格") && e.summary().contains("原因：" + REASON)));
    }

    @Test
    void aChangeDatedAfterTheSubmittedQuarterNeedsNone() {
        app.householdChanges().moveToGrid(new GridMove("h1", gridOf("h3"), IN_Q4, null));
        assertEquals(gridOf("h3"), gridOf("h1"));
        assertEquals(List.of(), app.submissions().lateEdits());
    }

    @Test
    void splitAndMergeInsideTheSubmittedQuarterNeedAReason() {
        Split split = new Split("h1", Map.of(memberId("h1", "张小明"), "户主"), Map.of(), null, IN_Q3, "结婚后另立户");
        refusedNaming(() -> app.householdChanges().split(split), "张三明户 分户");
        assertEquals(3, app.households().load("h1").members().size());

        String created = app.householdChanges().split(split, REASON);
        assertEquals(List.of("张小明"), app.households().load(created).members().stream().map(m -> m.person().name()).toList());
        assertEquals(List.of("张三明户 分户", "张小明户 分户立户"),
                app.submissions().lateEdits().stream().map(LateEdit::what).sorted().toList());

        Merge merge = new Merge("h3", "h2", Map.of(memberId("h3", "赵六"), "其他", memberId("h3", "钱七"), "其他"), IN_Q3, null);
        refusedNaming(() -> app.householdChanges().merge(merge), "赵六户 合户");
        assertEquals(2, app.households().load("h3").members().size(), "h3 keeps its members without the reason");
        app.householdChanges().merge(merge, REASON);
        assertEquals(4, app.submissions().lateEdits().size());
    }

    @Test
    void monitoringMonthsInsideTheSubmittedQuarterNeedAReason() {
        MonitoringRow h2 = onlyEpisodeOf("h2"); // eliminated 2026-09, inside the third quarter
        // moving the month out of the quarter changes that quarter's figures too
        refusedNaming(() -> app.monitoring().update(h2.id(), h2.measures(), h2.contactName(), null, true, "帮扶消除",
                "2026.10"), "王五户 防返贫监测 消除年月");
        assertEquals(h2.eliminatedMonth(), onlyEpisodeOf("h2").eliminatedMonth(), "nothing is written without the reason");

        app.monitoring().update(h2.id(), h2.measures(), h2.contactName(), null, true, "帮扶消除", "2026.10", REASON);
        assertEquals(List.of(LocalDate.of(2026, 9, 1)), app.submissions().lateEdits().stream().map(LateEdit::factDate).toList(),
                "the old month is the one inside the submitted quarter");

        // a new episode identified in August, and the measures alone (no month) — only the first needs a reason
        MonitoringInput august = new MonitoringInput("h5", "脱贫不稳定户", "因病", null, null, "2026.08", "产业帮扶", "帮扶人",
                "13800000001");
        int episodes = app.monitoring().list(MonitoringFilter.ALL, Q3).size();
        refusedNaming(() -> app.monitoring().add(august), "防返贫监测 识别");
        assertEquals(episodes, app.monitoring().list(MonitoringFilter.ALL, Q3).size());
        app.monitoring().add(august, REASON);
        MonitoringRow h3 = onlyEpisodeOf("h3");
        app.monitoring().updateMeasures(h3.id(), "就业帮扶", "帮扶人", "13800000000");
        app.monitoring().recordElimination(h3.id(), true, "帮扶消除", "2026.11");
        assertFalse(app.submissions().lateEdits().stream().anyMatch(l -> l.householdId().equals("h3")));
    }

    private MonitoringRow onlyEpisodeOf(String householdId) {
        List<MonitoringRow> rows = app.monitoring().ofHousehold(householdId);
        assertEquals(1, rows.size(), householdId + ": " + rows);
        return rows.get(0);
    }

    @Test
    void theFormsGridFieldDatedInsideTheSubmittedQuarterNeedsAReason() {
        HouseholdDetail d = app.households().load("h1");
        cn.gridledger.model.Household h = d.household();
        HouseholdDetail moved = new HouseholdDetail(new cn.gridledger.model.Household(h.id(), h.hhNumber(), gridOf("h3"),
                h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), h.dibao(),
                h.tekun(), h.housingStatus(), h.toiletStatus(), h.notes(), h.since()), d.members(), d.monitoring(),
                d.awards(), d.pointsEntries(), d.redemptions());
        cn.gridledger.model.StatusChange august = new cn.gridledger.model.StatusChange(IN_Q3, null);
        refusedNaming(() -> app.households().save(moved, List.of(), List.of(), august, null), "张三明户 迁往其他网格");
        assertEquals(h.gridId(), app.households().load("h1").household().gridId());
        app.households().save(moved, List.of(), List.of(), august, REASON);
        assertEquals(gridOf("h3"), gridOf("h1"));
        assertEquals(List.of("张三明户 迁往其他网格"), app.submissions().lateEdits().stream().map(LateEdit::what).toList());
    }

    @Test
    void pointsDatedInsideTheSubmittedQuarterNeedAReason() {
        long id = app.points().saveItem(new cn.gridledger.model.PointsItem(0, villageOf("h1"), "环境整治", "加分", 5, true));
        cn.gridledger.model.PointsItem item = new cn.gridledger.model.PointsItem(id, villageOf("h1"), "环境整治", "加分", 5, true);
        int before = app.households().load("h1").pointsEntries().size();
        refusedNaming(() -> app.points().bulkEntry(item, List.of("h1", "h2"), IN_Q3, 5, null, "网格员甲", null),
                "张三明户 积分 环境整治");
        assertEquals(before, app.households().load("h1").pointsEntries().size());
        assertEquals(2, app.points().bulkEntry(item, List.of("h1", "h2"), IN_Q3, 5, null, "网格员甲", null, REASON));
        assertEquals(List.of("张三明户 积分 环境整治", "王五户 积分 环境整治"),
                app.submissions().lateEdits().stream().map(LateEdit::what).sorted().toList());
        app.points().bulkEntry(item, List.of("h1"), IN_Q4, 5, null, "网格员甲", null);
        assertEquals(2, app.submissions().lateEdits().size(), "the fourth quarter is not submitted");

        // in the household form: removing an August entry changes the third quarter's points
        HouseholdDetail d = app.households().load("h1");
        HouseholdDetail withoutAugust = new HouseholdDetail(d.household(), d.members(), d.monitoring(), d.awards(),
                d.pointsEntries().stream().filter(e -> !e.date().equals(LocalDate.of(2026, 8, 1))).toList(), d.redemptions());
        refusedNaming(() -> app.households().save(withoutAugust, List.of(), List.of(), (String) null), "张三明户 积分 登记 删除");
        app.households().save(withoutAugust, List.of(), List.of(), REASON);
        assertEquals(d.pointsEntries().size() - 1, app.households().load("h1").pointsEntries().size());
    }

    private long villageOf(String householdId) {
        long grid = gridOf(householdId);
        return app.township().grids().stream().filter(g -> g.id() == grid).findFirst().orElseThrow().villageId();
    }

    @Test
    void deletingOrRestoringAHouseholdOfTheSubmittedQuarterNeedsAReason() {
        List<String> deletedBefore = app.households().deleted().stream().map(r -> r.id()).toList();
        refusedNaming(() -> app.households().delete("h1"), "张三明户 删除农户");
        assertEquals(deletedBefore, app.households().deleted().stream().map(r -> r.id()).toList());
        app.households().delete("h1", "重复录入");
        assertTrue(app.households().deleted().stream().anyMatch(r -> r.id().equals("h1")));
        assertEquals(List.of("张三明户 删除农户"), app.submissions().lateEdits().stream().map(LateEdit::what).toList());
        assertEquals(Q3.lastDay(), app.submissions().lateEdits().get(0).factDate());

        refusedNaming(() -> app.households().restore("h1"), "张三明户 恢复农户");
        app.households().restore("h1", "误删");
        assertEquals(deletedBefore, app.households().deleted().stream().map(r -> r.id()).toList());
        assertEquals(2, app.submissions().lateEdits().size());
    }

    /** Reports count what held on a quarter's last day: a change dated before the submitted quarter reaches it. */
    @Test
    void aChangeDatedBeforeTheSubmittedQuarterStillReachesIt() {
        HouseholdDetail d = app.households().load("h1");
        Member xiao = d.members().stream().filter(x -> x.person().name().equals("张小明")).findFirst().orElseThrow();
        HouseholdDetail without = new HouseholdDetail(d.household(), d.members().stream().filter(x -> x != xiao).toList(),
                d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions());
        List<cn.gridledger.model.MemberDeparture> may = List.of(new cn.gridledger.model.MemberDeparture(xiao.id(),
                cn.gridledger.model.code.DepartureReason.迁出, LocalDate.of(2026, 5, 10), null));
        SubmittedQuarterException e = assertThrows(SubmittedQuarterException.class,
                () -> app.households().save(without, may, List.of(), (String) null));
        assertEquals(List.of("张三明户 张小明 迁出 2026.05.10（影响2026年第3季度）"), e.facts());

        // a since set where there was none (always) to a day long before: the third quarter counts her all the same
        Member li = d.members().stream().filter(x -> x.person().name().equals("李秀英")).findFirst().orElseThrow();
        Member liSince = new Member(li.id(), li.householdId(), li.person(), li.relation(), li.seq(), li.education(),
                li.studentStatus(), li.health(), li.labourSkill(), li.monthsAway(), li.workPlace(), li.resident(),
                cn.gridledger.model.FuzzyDate.of(2010, 3, 1));
        app.households().save(new HouseholdDetail(d.household(), d.members().stream().map(x -> x == li ? liSince : x)
                .toList(), d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions()), List.of(), List.of());
        assertEquals(List.of(), app.submissions().lateEdits());
    }

    @Test
    void aNewHouseholdWithout立户日期CountsInTheSubmittedQuarterToo() {
        HouseholdDetail undated = HouseholdFixtures.detail("130102100201000099", gridOf("h1"), null,
                HouseholdFixtures.member("孙新", HouseholdFixtures.id("19880808", 7), "户主"));
        SubmittedQuarterException e = assertThrows(SubmittedQuarterException.class, () -> app.households().save(undated));
        assertEquals(List.of("孙新户 新增农户（未填立户日期）（影响2026年第3季度）"), e.facts());

        cn.gridledger.model.Household h = undated.household();
        HouseholdDetail dated = HouseholdDetail.of(new cn.gridledger.model.Household(h.id(), h.hhNumber(), h.gridId(),
                h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), h.dibao(),
                h.tekun(), h.housingStatus(), h.toiletStatus(), h.notes(), cn.gridledger.model.FuzzyDate.of(2026, 10, 20)),
                undated.members());
        app.households().save(dated);
        assertEquals(List.of(), app.submissions().lateEdits(), "founded in the fourth quarter");
    }
}
