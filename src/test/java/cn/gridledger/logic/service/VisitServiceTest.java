package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.logic.service.VisitService.VisitPage;
import cn.gridledger.logic.service.VisitService.VisitRulesException;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Visit;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitResponsibility.MonitoredHousehold;
import cn.gridledger.model.VisitRow;
import cn.gridledger.model.code.VisitType;

/** The visit log on ReportFixture's township: writes, filters, roles and grid scope, masking, audit. */
class VisitServiceTest {

    @TempDir
    Path dir;
    AppServices app;
    long g1;
    long g2;
    CurrentUser worker;
    CurrentUser reader;

    @BeforeEach
    void open() {
        Path db = dir.resolve("visits.db");
        ReportFixture.create(db);
        app = AppServices.open(db);
        g1 = app.grids().gridByAnyCode(ReportFixture.V1 + "001");
        g2 = app.grids().gridByAnyCode(ReportFixture.V1 + "002");
        long w = app.accounts().createAccount("wgy", "网格员甲", Role.GRID_WORKER, Set.of(g1), "Geheim-2026");
        long r = app.accounts().createAccount("ck", "查看员", Role.READ_ONLY, Set.of(), "Geheim-2026");
        worker = new CurrentUser(w, "wgy", "网格员甲", Role.GRID_WORKER, Set.of(g1));
        reader = new CurrentUser(r, "ck", "查看员", Role.READ_ONLY, Set.of());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void recordsEditsClosesAndDeletesWithAnAuditTrail() {
        VisitService v = app.visits();
        String id = v.record(new VisitInput("2026.11.02", "走访", List.of("h1", "h2"), List.of("网格员甲", "陈书记", "县里来人"),
                "反映屋顶漏雨", true, "联系危房改造", "2026-11-30"));
        Visit saved = v.one(id);
        assertEquals(LocalDate.of(2026, 11, 2), saved.date());
        assertEquals("入户走访", saved.type(), "the alias 走访 is stored as its label");
        assertEquals(g1, saved.gridId());
        assertEquals(List.of("h1", "h2"), saved.households());
        assertTrue(saved.open());
        // 陈书记 and 网格员甲 are cadres (posts): linked to their person records; a stranger keeps only the name
        assertTrue(saved.visitors().get(0).personId() != null && saved.visitors().get(1).personId() != null, saved.visitors().toString());
        assertNull(saved.visitors().get(2).personId());

        v.edit(id, new VisitInput("2026-11-03", "防返贫排查", List.of("h1"), List.of("网格员甲"), "屋顶漏雨，已拍照", true,
                "联系危房改造", "2026-12-05"));
        assertEquals("防返贫排查", v.one(id).type());
        v.close(id, "已列入危房改造计划", "2026-11-20");
        Visit closed = v.one(id);
        assertFalse(closed.open());
        assertEquals("已列入危房改造计划", closed.result());
        UserFacingException again = assertThrows(UserFacingException.class, () -> v.close(id, "再办一次", "2026-11-21"));
        assertTrue(again.getMessage().contains("已于 2026-11-20 办结"), again.getMessage());

        v.delete(id);
        assertThrows(UserFacingException.class, () -> v.one(id));
        assertEquals(0, v.list(VisitFilter.ALL, 0, 50).total());

        List<AuditEntry> history = app.audit().history(VisitService.AUDIT_ENTITY, id);
        assertEquals(List.of(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE),
                history.stream().map(AuditEntry::action).toList());
        assertTrue(history.get(1).summary().startsWith("办结走访事项"), history.get(1).summary());
        assertTrue(history.get(2).changes().stream().anyMatch(c -> c.field().equals("走访类型")
                && c.oldValue().equals("入户走访") && c.newValue().equals("防返贫排查")), history.get(2).changes().toString());
    }

    @Test
    void refusesWhatTheRulesForbidWithMessagesPerField() {
        VisitService v = app.visits();
        VisitRulesException future = assertThrows(VisitRulesException.class, () -> v.record(new VisitInput(
                LocalDate.now().plusDays(1).toString(), "入户走访", List.of("h1"), List.of("网格员甲"), null, false, null, null)));
        assertTrue(future.errors().get("走访日期").contains("不能晚于今天"), future.errors().toString());
        VisitRulesException due = assertThrows(VisitRulesException.class, () -> v.record(new VisitInput("2026-11-10",
                "矛盾调解", List.of("h1"), List.of("网格员甲"), null, true, "调解宅基地纠纷", "2026-11-09")));
        assertTrue(due.errors().get("办理期限").contains("早于走访日期"), due.errors().toString());
        VisitRulesException empty = assertThrows(VisitRulesException.class, () -> v.record(new VisitInput("2026-11-10",
                "串门", List.of(), List.of(" "), null, false, null, null)));
        assertEquals(Set.of("走访类型", "走访农户", "走访人"), empty.errors().keySet());
        UserFacingException gone = assertThrows(UserFacingException.class, () -> v.record(new VisitInput("2026-11-10",
                "入户走访", List.of("h8"), List.of("网格员甲"), null, false, null, null)));
        assertTrue(gone.getMessage().contains("找不到"), gone.getMessage());
        String id = v.record(new VisitInput("2026-11-10", "民事代办", List.of("h1"), List.of("网格员甲"), null, true,
                "代办养老保险认证", "2026-11-20"));
        VisitRulesException close = assertThrows(VisitRulesException.class, () -> v.close(id, " ", "2026-11-01"));
        assertEquals(Set.of("办理结果", "办结日期"), close.errors().keySet());
        String plain = v.record(new VisitInput("2026-11-10", "政策宣传", List.of("h1"), List.of("网格员甲"), null, false,
                null, null));
        assertThrows(UserFacingException.class, () -> v.close(plain, "无", "2026-11-11"));
    }

    @Test
    void listFiltersAndPages() {
        VisitFixture.add(app);
        VisitService v = app.visits();
        assertEquals(7, v.list(VisitFilter.ALL, 0, 50).total(), "the deleted one is not listed");
        VisitPage page = v.list(VisitFilter.ALL, 2, 3);
        assertEquals(3, page.rows().size());
        assertEquals(7, page.total());
        List<LocalDate> dates = v.list(VisitFilter.ALL, 0, 50).rows().stream().map(VisitRow::date).toList();
        assertEquals(LocalDate.of(2026, 10, 2), dates.get(0), "newest first: " + dates);
        assertEquals(4, total(new VisitFilter(g1, null, null, false, false, null, null, null, null)),
                "一组网格: h1 twice, h2 twice (Q4, Q2)");
        assertEquals(2, total(new VisitFilter(null, null, VisitType.入户走访, false, false, null, null, null, null)));
        assertEquals(1, total(new VisitFilter(null, null, null, true, false, null, null, null, null)), "open: the 08-05 one");
        assertEquals(1, total(new VisitFilter(null, null, null, false, true, null, null, null, null)), "overdue");
        assertEquals(3, total(new VisitFilter(null, null, null, false, false, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 9, 1), null, null)));
        assertEquals(1, total(VisitFilter.ALL.withText("吴十")), "by 户主 name (h6 is in the 08-05 visit)");
        assertEquals(1, total(VisitFilter.ALL.withText("医保")), "by result");
        assertEquals(7, total(VisitFilter.ALL.withText("网格员甲")), "by visitor");
        assertEquals(0, total(VisitFilter.ALL.withText("%")), "LIKE wildcards are literal");
        assertEquals(2, v.ofHousehold("h2").size(), "Q2 and Q4; the deleted one is not");
        VisitRow two = v.list(new VisitFilter(null, null, VisitType.防返贫排查, false, false, null, null, null, null), 0, 5)
                .rows().get(0);
        assertEquals("张三明、吴十", two.households());
        assertEquals(2, two.householdCount());
        assertTrue(two.overdue());
        assertEquals(1, v.overdueCount());
    }

    private long total(VisitFilter f) {
        return app.visits().list(f, 0, 50).total();
    }

    @Test
    void gridWorkerRecordsAndSeesOnlyTheirGridsAndReadOnlySeesMasked() {
        VisitFixture.add(app);
        VisitService v = app.visits();
        app.session().signIn(worker);
        String mine = v.record(new VisitInput("2026-11-05", "入户走访", List.of("h2"), List.of("网格员甲"),
                "儿子电话13912345678，身份证130102199001011234", false, null, null));
        assertThrows(AccessDeniedException.class, () -> v.record(new VisitInput("2026-11-05", "入户走访", List.of("h3"),
                List.of("网格员甲"), null, false, null, null)));
        assertThrows(AccessDeniedException.class, () -> v.record(new VisitInput("2026-11-05", "入户走访",
                List.of("h1", "h3"), List.of("网格员甲"), null, false, null, null)), "one household outside is enough");
        List<VisitRow> seen = v.list(VisitFilter.ALL, 0, 50).rows();
        assertTrue(seen.stream().allMatch(r -> r.gridId() == g1), seen.toString());
        assertEquals(5, seen.size());
        assertEquals(0, v.list(new VisitFilter(g2, null, null, false, false, null, null, null, null), 0, 50).total());
        String other = othersVisit();
        assertThrows(AccessDeniedException.class, () -> v.one(other));
        assertThrows(AccessDeniedException.class, () -> v.delete(other));
        assertThrows(AccessDeniedException.class, () -> app.audit().history(VisitService.AUDIT_ENTITY, other));
        assertEquals("网格员甲", app.audit().history(VisitService.AUDIT_ENTITY, mine).get(0).who());

        app.session().signIn(reader);
        String finding = v.one(mine).finding();
        assertTrue(finding.contains("139****5678") && !finding.contains("13912345678"), finding);
        assertTrue(!finding.contains("130102199001011234"), finding);
        assertTrue(v.list(VisitFilter.ALL, 0, 50).rows().stream().noneMatch(r -> String.valueOf(r.finding()).contains("13912345678")));
        assertEquals(8, v.list(VisitFilter.ALL, 0, 50).total(), "read-only sees the township");
        assertThrows(AccessDeniedException.class, () -> v.record(new VisitInput("2026-11-05", "入户走访", List.of("h1"),
                List.of("查看员"), null, false, null, null)));
        assertThrows(AccessDeniedException.class, () -> v.close(othersVisit(), "办好了", "2026-11-05"));
    }

    private String othersVisit() {
        CurrentUser before = app.session().current();
        app.session().signIn(CurrentUser.COMMAND_LINE);
        try {
            return app.visits().list(new VisitFilter(null, null, VisitType.矛盾调解, false, false, null, null, null, null), 0, 1)
                    .rows().get(0).id();
        } finally {
            app.session().signIn(before);
        }
    }

    @Test
    void responsibilitiesAndHomeTiles() {
        VisitFixture.add(app);
        VisitService v = app.visits();
        long chen = v.cadres().stream().filter(c -> c.name().equals("陈书记")).findFirst().orElseThrow().personId();
        v.setGridMonitor(g1, chen);
        assertEquals("陈书记", v.gridMonitors().stream().filter(g -> g.gridId() == g1).findFirst().orElseThrow().cadreName());
        long h1Monitoring = app.monitoring().ofHousehold("h1").get(0).id();
        v.setResponsibleCadre(h1Monitoring, chen);
        // 2026Q3: h1 (risk open) was visited; in Q4 nobody visited it yet
        List<MonitoredHousehold> q3 = v.monitoredNotVisited(new Quarter(2026, 3));
        assertTrue(q3.stream().noneMatch(m -> m.householdId().equals("h1")), q3.toString());
        List<MonitoredHousehold> q4 = v.monitoredHouseholds(new Quarter(2026, 4));
        MonitoredHousehold h1 = q4.stream().filter(m -> m.householdId().equals("h1")).findFirst().orElseThrow();
        assertEquals("陈书记", h1.cadreName());
        assertEquals(LocalDate.of(2026, 8, 5), h1.lastVisit());
        assertTrue(v.monitoredNotVisited(new Quarter(2026, 4)).stream().anyMatch(m -> m.householdId().equals("h1")));
        long person = app.households().load("h3").members().get(0).person().id();
        assertThrows(UserFacingException.class, () -> v.setGridMonitor(g1, person), "赵六 is no cadre");
        List<String> changes = app.audit().history("网格", String.valueOf(g1)).stream().map(AuditEntry::summary).toList();
        assertTrue(changes.contains("安排防止返贫监测员"), changes.toString());

        app.session().signIn(worker);
        assertThrows(AccessDeniedException.class, () -> v.setGridMonitor(g1, null));
        v.setResponsibleCadre(h1Monitoring, null);
        assertEquals(1, v.gridMonitors().size());
        long h3Monitoring = app.monitoring().list(MonitoringService.MonitoringFilter.ALL, new Quarter(2026, 4)).size();
        assertTrue(h3Monitoring >= 1);
    }
}
