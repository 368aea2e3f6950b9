package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.HouseholdChangeService.GridMove;
import cn.gridledger.logic.service.HouseholdChangeService.Merge;
import cn.gridledger.logic.service.HouseholdChangeService.Split;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Member;
import cn.gridledger.model.Quarter;

/**
 * 分户, 合户 and 迁往其他网格 on a day (#15): the households and members the change leaves, the dated
 * memberships and status events, the quarters before the day unchanged, and refusals that write nothing.
 */
class HouseholdChangeServiceTest {

    private static final LocalDate AUGUST_10 = LocalDate.of(2026, 8, 10);

    @TempDir
    Path dir;

    private AppServices app;
    private List<Grid> grids;
    private String zhang;

    @BeforeEach
    void open() {
        app = AppServices.open(dir.resolve("t.db"));
        grids = HouseholdFixtures.township(app);
        zhang = app.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                member("张三明", id("19500312", 1), "户主"), member("李秀英", id("19520506", 2), "配偶"),
                member("张小明", id("19800101", 3), "之子"), member("王芳", id("19820202", 4), "之儿媳")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long memberId(String household, String name) {
        return app.households().load(household).members().stream().filter(m -> m.person().name().equals(name))
                .mapToLong(Member::id).findFirst().orElseThrow();
    }

    private List<String> names(String household) {
        return app.households().load(household).members().stream().map(m -> m.person().name() + "/" + m.relation()).toList();
    }

    /** Each ledger row of quarter q as text (户编号 and names of the people listed under it). */
    private String ledger(String quarter) {
        return table(ReportKind.HOUSEHOLD_LEDGER, quarter);
    }

    private String table(ReportKind kind, String quarter) {
        var t = app.reports().table(kind, new Request(Quarter.parse(quarter), null,
                ReportServiceTest.FOOTER));
        StringBuilder sb = new StringBuilder();
        t.rows().forEach(Integer.MAX_VALUE, r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void aSonSplitsOffWithHisWifeFromTheDayOn() throws Exception {
        String before = ledger("2026Q2");
        String created = app.householdChanges().split(new Split(zhang,
                Map.of(memberId(zhang, "张小明"), "户主", memberId(zhang, "王芳"), "配偶"), Map.of(), "130102100201000101",
                AUGUST_10, "结婚后另立户"));

        assertEquals(List.of("张三明/户主", "李秀英/配偶"), names(zhang));
        assertEquals(List.of("张小明/户主", "王芳/配偶"), names(created));
        assertEquals(before, ledger("2026Q2"), "the quarter before the split is unchanged");
        String q3 = ledger("2026Q3");
        assertTrue(q3.contains("130102100201000101"), q3);
        assertEquals(List.of("分户 2026-08-10 结婚后另立户", "分户 2026-08-10 结婚后另立户",
                        "分户入户 2026-08-10 结婚后另立户", "分户入户 2026-08-10 结婚后另立户"),
                rows("SELECT event_type, event_date, details FROM status_event WHERE member_id IS NOT NULL"
                        + " ORDER BY event_type, id"));
        assertEquals(List.of("分户 " + zhang + " 2 人分出另立户（户主 张小明）；结婚后另立户",
                        "分户立户 " + created + " 自 张三明 户分出；结婚后另立户"),
                rows("SELECT event_type, household_id, details FROM status_event WHERE member_id IS NULL ORDER BY event_type"));
        assertEquals(List.of("2026-08-10"), rows("SELECT since FROM household WHERE id = '" + created + "'"));
        String changes = table(ReportKind.CHANGES, "2026Q3");
        assertTrue(changes.contains("分户立户") && changes.contains("新增 1 户"), changes);
        assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, created).stream()
                .anyMatch(e -> e.summary().contains("分户 2026-08-10：自 张三明 户分出 张小明、王芳")));
    }

    @Test
    void theHeadMayLeaveOnlyWhenSomeoneStayingBecomesHead() {
        Split noHead = new Split(zhang, Map.of(memberId(zhang, "张三明"), "户主"), Map.of(), null, AUGUST_10, null);
        UserFacingException e = assertThrows(UserFacingException.class, () -> app.householdChanges().split(noHead));
        assertTrue(e.getMessage().startsWith("原户：") && e.getMessage().contains("户主"), e.getMessage());

        app.householdChanges().split(new Split(zhang, Map.of(memberId(zhang, "张三明"), "户主",
                memberId(zhang, "李秀英"), "配偶"), Map.of(memberId(zhang, "张小明"), "户主", memberId(zhang, "王芳"), "配偶"),
                null, AUGUST_10, null));
        assertEquals(List.of("张小明/户主", "王芳/配偶"), names(zhang));
    }

    @Test
    void refusedSplitsWriteNothing() throws Exception {
        long xiao = memberId(zhang, "张小明");
        List<Split> refused = List.of(
                new Split(zhang, Map.of(), Map.of(), null, AUGUST_10, null),
                new Split(zhang, Map.of(memberId(zhang, "张三明"), "户主", memberId(zhang, "李秀英"), "配偶", xiao, "之子",
                        memberId(zhang, "王芳"), "之儿媳"), Map.of(), null, AUGUST_10, null),
                new Split(zhang, Map.of(xiao, "之子"), Map.of(), null, AUGUST_10, null),
                new Split(zhang, Map.of(xiao, "户主"), Map.of(), null, LocalDate.now().plusDays(1), null),
                new Split(zhang, Map.of(xiao, "户主"), Map.of(), null, LocalDate.of(1979, 1, 1), null),
                new Split(zhang, Map.of(-5L, "户主"), Map.of(), null, AUGUST_10, null));
        List<String> messages = new ArrayList<>();
        for (Split s : refused) {
            messages.add(assertThrows(UserFacingException.class, () -> app.householdChanges().split(s)).getMessage());
        }
        assertEquals("请选择要分出的成员。", messages.get(0));
        assertTrue(messages.get(1).contains("至少要留一人"), messages.get(1));
        assertTrue(messages.get(2).startsWith("新户："), messages.get(2));
        assertTrue(messages.get(3).contains("不能晚于今天"), messages.get(3));
        assertTrue(messages.get(4).contains("早于出生日期"), messages.get(4));
        assertTrue(messages.get(5).contains("重新打开"), messages.get(5));
        assertEquals(List.of("1"), rows("SELECT count(*) FROM household"));
        assertEquals(List.of("0"), rows("SELECT count(*) FROM status_event"));
    }

    @Test
    void aWidowMergesIntoHerSonsHouseholdAndHersEnds() throws Exception {
        String widow = app.households().save(detail(null, grids.get(1).id(), null,
                member("赵桂花", id("19300101", 6), "户主")));
        String before = ledger("2026Q2");
        assertThrows(UserFacingException.class, () -> app.householdChanges().merge(new Merge(widow, zhang,
                Map.of(memberId(widow, "赵桂花"), "户主"), AUGUST_10, null)), "two 户主 in one household");

        app.householdChanges().merge(new Merge(widow, zhang, Map.of(memberId(widow, "赵桂花"), "其他"), AUGUST_10, "随子生活"));

        assertEquals(List.of("张三明/户主", "李秀英/配偶", "张小明/之子", "王芳/之儿媳", "赵桂花/其他"), names(zhang));
        assertEquals(List.of("2026-08-10"), rows("SELECT ended_on FROM household WHERE id = '" + widow + "'"));
        assertEquals(before, ledger("2026Q2"), "the quarter before the merge is unchanged");
        assertEquals(List.of("合户 并入 张三明 户；随子生活", "合户并入 赵桂花 户 1 人并入；随子生活"),
                rows("SELECT event_type, details FROM status_event WHERE member_id IS NULL ORDER BY event_type"));
        String changes = table(ReportKind.CHANGES, "2026Q3");
        assertTrue(changes.contains("减少 1 户（合户 1 户）"), changes);
        assertEquals(List.of("合户", "合户迁出"),
                rows("SELECT event_type FROM status_event WHERE member_id IS NOT NULL ORDER BY event_type"));
        UserFacingException again = assertThrows(UserFacingException.class, () -> app.householdChanges().merge(
                new Merge(widow, zhang, Map.of(), AUGUST_10, null)));
        assertTrue(again.getMessage().contains("已于 2026-08-10 注销"), again.getMessage());
    }

    @Test
    void aMoveToAnotherGridCountsInTheOldGridBeforeTheDay() throws Exception {
        app.householdChanges().moveToGrid(new GridMove(zhang, grids.get(2).id(), AUGUST_10, "搬到太平村"));

        assertEquals(List.of(grids.get(0).id() + " 0000-01-01 2026-08-10"),
                rows("SELECT grid_id, valid_from, valid_to FROM household_grid_history WHERE valid_to IS NOT NULL"));
        assertEquals(List.of(grids.get(2).id() + " 2026-08-10"),
                rows("SELECT grid_id, valid_from FROM household_grid_history WHERE valid_to IS NULL"));
        assertEquals(List.of("迁往其他网格 由 安恕村一组网格 迁往 太平村太平一网格；搬到太平村"),
                rows("SELECT event_type, details FROM status_event"));
        UserFacingException same = assertThrows(UserFacingException.class, () -> app.householdChanges()
                .moveToGrid(new GridMove(zhang, grids.get(2).id(), AUGUST_10, null)));
        assertTrue(same.getMessage().contains("已在"), same.getMessage());
        UserFacingException earlier = assertThrows(UserFacingException.class, () -> app.householdChanges()
                .moveToGrid(new GridMove(zhang, grids.get(1).id(), LocalDate.of(2026, 8, 1), null)));
        assertTrue(earlier.getMessage().contains("不能更早"), earlier.getMessage());
        String q2 = ledger("2026Q2");
        String q3 = ledger("2026Q3");
        assertTrue(q2.contains("安恕村") && !q2.contains("太平村"), q2);
        assertTrue(q3.contains("太平村") && !q3.contains("一组网格"), q3);
    }

    /** The household form's grid field is the same dated move: the day from the status dialog, an event, history. */
    @Test
    void aGridChangedInTheFormMovesOnTheDayGiven() throws Exception {
        HouseholdDetail d = app.households().load(zhang);
        cn.gridledger.model.Household h = d.household();
        cn.gridledger.model.Household moved = new cn.gridledger.model.Household(h.id(), h.hhNumber(), grids.get(2).id(),
                h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), h.dibao(),
                h.tekun(), h.housingStatus(), h.toiletStatus(), h.notes(), h.since());
        HouseholdDetail edited = new HouseholdDetail(moved, d.members(), d.monitoring(), d.awards(), d.pointsEntries(),
                d.redemptions());

        app.households().save(edited, List.of(), List.of(), new cn.gridledger.model.StatusChange(AUGUST_10, "搬到太平村"));

        assertEquals(List.of(grids.get(0).id() + " 0000-01-01 2026-08-10", grids.get(2).id() + " 2026-08-10 null"),
                rows("SELECT grid_id, valid_from, valid_to FROM household_grid_history ORDER BY valid_from"));
        assertEquals(List.of("迁往其他网格 由 安恕村一组网格 迁往 太平村太平一网格；搬到太平村"),
                rows("SELECT event_type, details FROM status_event"));
        assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, zhang).stream().anyMatch(e -> e.summary()
                .contains("网格 安恕村一组网格→太平村太平一网格 自 2026-08-10：搬到太平村")));
        assertTrue(ledger("2026Q2").contains("安恕村") && ledger("2026Q3").contains("太平村"));

        // back to the first grid, but on a day before it entered the second: refused, nothing written
        HouseholdDetail back = new HouseholdDetail(h, d.members(), d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions());
        UserFacingException earlier = assertThrows(UserFacingException.class, () -> app.households().save(back, List.of(),
                List.of(), new cn.gridledger.model.StatusChange(LocalDate.of(2026, 8, 1), null)));
        assertTrue(earlier.getMessage().contains("2026-08-10 才进入现在的网格"), earlier.getMessage());
        assertEquals(grids.get(2).id(), app.households().load(zhang).household().gridId());
    }
}
