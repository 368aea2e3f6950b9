package cn.gridledger.logic.report;

import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberArrival;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.StatusChange;
import cn.gridledger.model.code.ArrivalReason;
import cn.gridledger.model.code.DepartureReason;

/**
 * A past quarter's reports do not drift: on the fixture township, R1, R3, R4, C2 and R7 of 2026Q3 are
 * computed, then today's data changes with everything dated after 2026-09-30 (a household's 低保 and
 * 户类型, a member moving away, a household moving grid, a new household, a new member, a household
 * ending), and 2026Q3 is computed again: every cell is the same, while 2026Q4 shows the changes.
 */
class QuarterAsOfTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final Quarter Q4 = new Quarter(2026, 4);
    static final List<ReportKind> KINDS = List.of(ReportKind.GRID_SUMMARY, ReportKind.MONITORING, ReportKind.POINTS,
            ReportKind.HOUSEHOLD_LEDGER, ReportKind.VISITS);
    static final Footer FOOTER = new Footer("张填表", "李审核", "0311-12345678", LocalDate.of(2026, 10, 8));

    @TempDir
    Path dir;

    @Test
    void aPastQuartersFiguresStayWhenLaterChangesAreMade() throws Exception {
        Path file = dir.resolve("q.db");
        ReportFixture.create(file);
        Map<ReportKind, List<List<Object>>> q3Before;
        Map<ReportKind, List<List<Object>>> q4Before;
        try (AppServices app = AppServices.open(file)) {
            q3Before = figures(app, Q3);
            q4Before = figures(app, Q4);
            changeAfterTheQuarter(app);
        }
        ReportFixture.endHousehold(file, "h6", "2026-11-20");
        try (AppServices app = AppServices.open(file)) {
            Map<ReportKind, List<List<Object>>> q3After = figures(app, Q3);
            for (ReportKind k : KINDS) {
                List<List<Object>> was = q3Before.get(k);
                List<List<Object>> now = q3After.get(k);
                assertEquals(was.size(), now.size(), k + ": rows");
                for (int r = 0; r < was.size(); r++) {
                    for (int col = 0; col < was.get(r).size(); col++) {
                        assertEquals(was.get(r).get(col), now.get(r).get(col), k + " row " + r + " column " + col);
                    }
                    assertEquals(was.get(r).size(), now.get(r).size(), k + " row " + r + ": cells");
                }
            }
            Map<ReportKind, List<List<Object>>> q4After = figures(app, Q4);
            assertQ4ShowsTheChanges(q4Before, q4After);
        }
    }

    /** Everything the user does after the quarter, through the household service as the editor does. */
    private static void changeAfterTheQuarter(AppServices app) {
        // h1: 脱贫户, no 低保 → 一般农户 with 低保 from 2026-10-15
        HouseholdDetail h1 = app.households().load("h1");
        app.households().save(with(h1, withStatus(h1.household(), "一般农户", true)), List.of(), List.of(),
                new StatusChange(LocalDate.of(2026, 10, 15), "低保审批通过"));
        // h3: 钱七 迁出 on 2026-10-20
        HouseholdDetail h3 = app.households().load("h3");
        Member qian = h3.members().stream().filter(m -> m.person().name().equals("钱七")).findFirst().orElseThrow();
        app.households().save(with(h3, h3.household(), h3.members().stream().filter(m -> m != qian).toList()),
                List.of(new MemberDeparture(qian.id(), DepartureReason.迁出, LocalDate.of(2026, 10, 20), "外出务工落户")),
                List.of());
        // h2 moves from 一组网格 to 二组网格 (today, after the quarter)
        List<Grid> grids = app.township().grids();
        long g2 = grid(grids, ReportFixture.V1 + "002");
        long g3 = grid(grids, ReportFixture.V2 + "001");
        HouseholdDetail h2 = app.households().load("h2");
        Household moved = h2.household();
        app.households().save(with(h2, new Household(moved.id(), moved.hhNumber(), g2, moved.villagerGroupId(),
                moved.tenGroupNo(), moved.tenGroupLeader(), moved.address(), moved.phone(), moved.hhType(),
                moved.dibao(), moved.tekun(), moved.housingStatus(), moved.toiletStatus(), moved.notes(), moved.since())));
        // a new household since 2026-11-01
        app.households().save(HouseholdDetail.of(new Household(null, "130102100202000009", g3, null, null, null,
                "太平村", "0311-88880009", "脱贫户", true, false, null, null, null, FuzzyDate.parseIso("2026-11-01")),
                List.of(member("新户主", id("19700101", 901), "户主"))));
        // h5: a member 迁入 on 2026-11-02
        HouseholdDetail h5 = app.households().load("h5");
        List<Member> members = new ArrayList<>(h5.members());
        members.add(member("周新", id("19980808", 903), "之女"));
        app.households().save(with(h5, h5.household(), members), List.of(),
                List.of(new MemberArrival(members.size() - 1, ArrivalReason.迁入, LocalDate.of(2026, 11, 2), null)));
    }

    private static void assertQ4ShowsTheChanges(Map<ReportKind, List<List<Object>>> before,
            Map<ReportKind, List<List<Object>>> after) {
        List<List<Object>> c2 = after.get(ReportKind.HOUSEHOLD_LEDGER);
        // C2 columns 20, 21: 户类型, 是否低保
        List<Object> zhangBefore = row(before.get(ReportKind.HOUSEHOLD_LEDGER), "张三明");
        assertEquals(List.of("脱贫户", "否"), zhangBefore.subList(20, 22));
        assertEquals(List.of("一般农户", "是"), row(c2, "张三明").subList(20, 22), "dated 2026-10-15");
        assertFalse(names(c2).contains("钱七"), "钱七 left on 2026-10-20");
        assertFalse(names(c2).contains("吴十"), "h6 ended on 2026-11-20");
        assertTrue(names(c2).contains("新户主"), "the new household");
        assertTrue(names(c2).contains("周新"), "the new member");
        assertTrue(row(c2, "王五").contains("二组网格"), "h2 moved: " + row(c2, "王五"));
        assertFalse(row(before.get(ReportKind.HOUSEHOLD_LEDGER), "王五").contains("二组网格"));
        // R1's village rows follow the move of h2 within 安恕村 and the changes in 太平村
        assertNotEquals(before.get(ReportKind.GRID_SUMMARY), after.get(ReportKind.GRID_SUMMARY), "R1 of 2026Q4 changed");
        List<Object> r3 = row(after.get(ReportKind.MONITORING), "张三明");
        assertEquals(3L, r3.get(6), "h1 still has three members");
    }

    /** Each report's rows as cell lists. */
    private static Map<ReportKind, List<List<Object>>> figures(AppServices app, Quarter q) {
        Map<ReportKind, List<List<Object>>> out = new LinkedHashMap<>();
        for (ReportKind k : KINDS) {
            ReportTable t = app.reports().table(k, new Request(q, null, FOOTER));
            List<List<Object>> rows = new ArrayList<>();
            t.rows().forEach(Integer.MAX_VALUE, r -> rows.add(new ArrayList<>(r.cells())));
            out.put(k, rows);
        }
        return out;
    }

    private static List<Object> row(List<List<Object>> rows, String name) {
        return rows.stream().filter(r -> r.contains(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static List<Object> names(List<List<Object>> rows) {
        return rows.stream().flatMap(List::stream).toList();
    }

    private static long grid(List<Grid> grids, String code) {
        return grids.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static Household withStatus(Household h, String type, boolean dibao) {
        return new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(),
                h.address(), h.phone(), type, dibao, h.tekun(), h.housingStatus(), h.toiletStatus(), h.notes(), h.since());
    }

    private static HouseholdDetail with(HouseholdDetail d, Household h) {
        return with(d, h, d.members());
    }

    private static HouseholdDetail with(HouseholdDetail d, Household h, List<Member> members) {
        return new HouseholdDetail(h, members, d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions());
    }
}
