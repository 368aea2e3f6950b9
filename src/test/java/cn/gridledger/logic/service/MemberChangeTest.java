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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Grid;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberArrival;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.code.ArrivalReason;
import cn.gridledger.model.code.DepartureReason;

/**
 * A member taken out of a household with why and when (#15): ended on that day with its reason and a
 * status event, so that a past quarter's reports still count the person and later ones do not.
 */
class MemberChangeTest {

    @TempDir
    Path dir;

    private AppServices app;
    private List<Grid> grids;
    private String household;

    @BeforeEach
    void open() {
        app = AppServices.open(dir.resolve("t.db"));
        grids = HouseholdFixtures.township(app);
        household = app.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                member("张三明", id("19500312", 1), "户主"), member("李秀英", id("19520506", 2), "配偶"),
                member("张小明", id("19800101", 3), "之子")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private HouseholdDetail without(String name) {
        HouseholdDetail d = app.households().load(household);
        return new HouseholdDetail(d.household(), d.members().stream().filter(m -> !m.person().name().equals(name)).toList(),
                d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions());
    }

    private long memberId(String name) {
        return app.households().load(household).members().stream().filter(m -> m.person().name().equals(name))
                .mapToLong(Member::id).findFirst().orElseThrow();
    }

    private boolean ledgerNames(Quarter q, String name) {
        var t = app.reports().table(ReportKind.HOUSEHOLD_LEDGER, new Request(q, null, ReportServiceTest.FOOTER));
        StringBuilder sb = new StringBuilder();
        t.rows().forEach(Integer.MAX_VALUE, r -> sb.append(r).append('\n'));
        return sb.toString().contains(name);
    }

    private List<String> events() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT e.event_type, e.event_date, coalesce(e.details, ''), m.end_reason, m.ended_on
                        FROM status_event e JOIN member m ON m.id = e.member_id ORDER BY e.id""")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " | " + rs.getString(4) + " "
                        + rs.getString(5));
            }
        }
        return out;
    }

    @Test
    void aDeathInAugustLeavesTheThirdQuartersLedgerButNotTheSecond() throws Exception {
        long li = memberId("李秀英");
        app.households().save(without("李秀英"),
                List.of(new MemberDeparture(li, DepartureReason.死亡, LocalDate.of(2026, 8, 3), "死亡证明 2026-0815")), List.of());

        assertEquals(List.of("死亡 2026-08-03 死亡证明 2026-0815 | 死亡 2026-08-03"), events());
        assertTrue(ledgerNames(Quarter.parse("2026Q2"), "李秀英"), "on 30 June she still lived in the household");
        assertFalse(ledgerNames(Quarter.parse("2026Q3"), "李秀英"), "by 30 September she had died");
        assertEquals(2, app.households().load(household).members().size());
        assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, household).stream()
                .anyMatch(e -> e.summary().contains("李秀英 死亡 2026-08-03")));
    }

    @Test
    void aMemberLeftOutWithoutADepartureEndsTodayAsMovedOut() throws Exception {
        app.households().save(without("张小明"));
        assertEquals(List.of("移出 " + LocalDate.now() + "  | 移出 " + LocalDate.now()), events());
        assertTrue(ledgerNames(Quarter.parse("2026Q3"), "张小明"), "the earlier quarter still counts him");
    }

    @Test
    void aDepartureInTheFutureOrBeforeBirthIsRefusedAndNothingChanges() throws Exception {
        long li = memberId("李秀英");
        UserFacingException future = assertThrows(UserFacingException.class, () -> app.households().save(without("李秀英"),
                List.of(new MemberDeparture(li, DepartureReason.迁出, LocalDate.now().plusDays(3), null)), List.of()));
        assertTrue(future.getMessage().contains("不能晚于今天"), future.getMessage());
        UserFacingException early = assertThrows(UserFacingException.class, () -> app.households().save(without("李秀英"),
                List.of(new MemberDeparture(li, DepartureReason.迁出, LocalDate.of(1940, 1, 1), null)), List.of()));
        assertTrue(early.getMessage().contains("早于出生日期"), early.getMessage());
        assertEquals(3, app.households().load(household).members().size());
        assertEquals(List.of(), events());
    }

    private HouseholdDetail with(Member added) {
        HouseholdDetail d = app.households().load(household);
        List<Member> ms = new ArrayList<>(d.members());
        ms.add(added);
        return new HouseholdDetail(d.household(), ms, d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions());
    }

    @Test
    void aBirthInOctoberIsCountedFromTheFourthQuarterOnly() throws Exception {
        HouseholdDetail d = with(member("张小宝", id("20261005", 5), "之孙子"));
        app.households().save(d, List.of(), List.of(new MemberArrival(3, ArrivalReason.出生, LocalDate.of(2026, 10, 5), null)));
        assertEquals(List.of("出生 2026-10-05  | null null"), events());
        assertFalse(ledgerNames(Quarter.parse("2026Q3"), "张小宝"), "not born by 30 September");
        assertTrue(ledgerNames(Quarter.parse("2026Q4"), "张小宝"));
        assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, household).stream()
                .anyMatch(e -> e.summary().contains("张小宝 出生 2026-10-05")));
    }

    @Test
    void aMemberAddedTodayDoesNotChangeAPastQuartersLedger() throws Exception {
        // the drift the county saw: a quarter exported in October counted a person added in December
        boolean before = ledgerNames(Quarter.parse("2026Q3"), "王二");
        app.households().save(with(member("王二", id("19900101", 8), "之儿媳")));
        assertFalse(before);
        assertFalse(ledgerNames(Quarter.parse("2026Q3"), "王二"), "Q3 is as it was");
        assertEquals(List.of("入户 " + LocalDate.now() + "  | null null"), events());
    }

    @Test
    void anArrivalBeforeBirthOrOfAKnownMemberIsRefused() {
        UserFacingException early = assertThrows(UserFacingException.class, () -> app.households().save(
                with(member("张小宝", id("20261005", 5), "之孙子")), List.of(),
                List.of(new MemberArrival(3, ArrivalReason.迁入, LocalDate.of(2026, 9, 1), null))));
        assertTrue(early.getMessage().contains("早于出生日期"), early.getMessage());
        assertThrows(UserFacingException.class, () -> app.households().save(app.households().load(household), List.of(),
                List.of(new MemberArrival(0, ArrivalReason.迁入, LocalDate.of(2026, 9, 1), null))));
    }

    @Test
    void theQuartersChangeListNamesWhoJoinedAndWhoLeftWithTheirVillageTotals() throws Exception {
        long li = memberId("李秀英");
        app.households().save(without("李秀英"),
                List.of(new MemberDeparture(li, DepartureReason.死亡, LocalDate.of(2026, 8, 3), "病故")), List.of());
        app.households().save(with(member("张小宝", id("20260805", 5), "之孙子")), List.of(),
                List.of(new MemberArrival(2, ArrivalReason.出生, LocalDate.of(2026, 8, 5), null)));
        app.households().save(with(member("王二", id("19900101", 8), "之儿媳")), List.of(),
                List.of(new MemberArrival(3, ArrivalReason.迁入, LocalDate.of(2026, 10, 9), "婚入")));

        var q3 = app.reports().table(ReportKind.CHANGES, new Request(Quarter.parse("2026Q3"), null, ReportServiceTest.FOOTER));
        List<String> rows = new ArrayList<>();
        q3.rows().forEach(Integer.MAX_VALUE, r -> rows.add(r.cells().toString()));
        assertEquals(4, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).contains("李秀英") && rows.get(0).contains("减少") && rows.get(0).contains("死亡")
                && rows.get(0).contains("2026-08-03") && rows.get(0).contains("病故"), rows.get(0));
        assertTrue(rows.get(1).contains("张小宝") && rows.get(1).contains("新增") && rows.get(1).contains("出生"), rows.get(1));
        assertTrue(rows.get(2).contains("小计：新增 1 人（出生 1 人），减少 1 人（死亡 1 人）；新增 0 户，减少 0 户。"), rows.get(2));
        assertTrue(rows.get(3).contains("合计：新增 1 人（出生 1 人），减少 1 人（死亡 1 人）；新增 0 户，减少 0 户。"), rows.get(3));
        assertTrue(q3.title().contains("2026年第3季度") && q3.title().contains("人口变动花名册"), q3.title());

        var q4 = app.reports().table(ReportKind.CHANGES, new Request(Quarter.parse("2026Q4"), null, ReportServiceTest.FOOTER));
        List<String> later = new ArrayList<>();
        q4.rows().forEach(Integer.MAX_VALUE, r -> later.add(r.cells().toString()));
        assertTrue(later.get(0).contains("王二") && later.get(0).contains("迁入") && later.get(0).contains("婚入"), later.get(0));
        assertTrue(later.get(later.size() - 1).contains("合计：新增 1 人（迁入 1 人），减少 0 人；新增 0 户，减少 0 户。"), later.toString());
    }

    @Test
    void aDepartureOfSomeoneStillInTheHouseholdIsRefused() {
        long li = memberId("李秀英");
        HouseholdDetail all = app.households().load(household);
        assertThrows(UserFacingException.class, () -> app.households().save(all,
                List.of(new MemberDeparture(li, DepartureReason.迁出, LocalDate.of(2026, 8, 3), null)), List.of()));
    }
}
