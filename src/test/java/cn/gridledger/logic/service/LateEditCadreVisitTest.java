package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.CadreService.CadreEdit;
import cn.gridledger.logic.service.CadreService.CadreFilter;
import cn.gridledger.logic.service.CadreService.PersonInput;
import cn.gridledger.logic.service.CadreService.PostEnd;
import cn.gridledger.logic.service.CadreService.PostInput;
import cn.gridledger.logic.service.CadreService.ReserveRow;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Post;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitRow;

/**
 * 报送 (#15) for the cadre and visit reports: posts' 任职/离任 months (村干部队伍结构统计表), the reserve
 * register's 入库/出库 months (后备力量台账) and visits (走访工作统计表) dated inside a submitted quarter change
 * only with a reason; without one nothing is written, with one the change is kept for the next export's
 * 补充说明. Changes dated after the submitted quarter need no reason.
 */
class LateEditCadreVisitTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final String REASON = "组织部门核实后更正";

    @TempDir
    Path dir;

    AppServices app;
    long v1;

    @BeforeEach
    void openAndSubmitTheThirdQuarter() throws Exception {
        ReportFixture.create(dir.resolve("r.db"));
        app = AppServices.open(dir.resolve("r.db"));
        VisitFixture.add(app); // before submitting: the third quarter's visits are what was reported
        cn.gridledger.testing.SubmittedLedger.submit(app, dir, Q3, ReportKind.GRID_SUMMARY);
        v1 = app.grids().villages().stream().filter(v -> v.code().equals(ReportFixture.V1)).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void refusedNaming(Runnable change, String what) {
        SubmittedQuarterException e = assertThrows(SubmittedQuarterException.class, change::run);
        assertTrue(e.getMessage().startsWith("这次修改涉及已报送的2026年第3季度，需填写修改原因"), e.getMessage());
        assertTrue(e.facts().stream().anyMatch(f -> f.contains(what)), e.facts() + " names " + what);
    }

    private List<String> lateWhats() {
        return app.submissions().lateEdits().stream().map(LateEdit::what).toList();
    }

    // ------------------------------------------------------------------ cadres

    private static PersonInput person(String name, String idNumber) {
        return new PersonInput(name, idNumber, "男", "1985-03", "汉族", "群众", null, null, null, "13912345678", null,
                null, null, null, null, null, null, null);
    }

    private long personNamed(String name) {
        return app.cadres().cadres(new CadreFilter(null, null, CadreService.Status.全部, name), LocalDate.now())
                .get(0).personId();
    }

    private Post onlyPost(long personId) {
        List<CadreService.PostView> posts = app.cadres().detail(personId).posts();
        assertEquals(1, posts.size(), posts.toString());
        return posts.get(0).post();
    }

    @Test
    void aNewPostStartedInsideTheSubmittedQuarterNeedsAReason() {
        String id = AccessMatrixTest.validId("19850301", 7);
        CadreEdit edit = new CadreEdit(null, person("新委员", id), List.of(postIn(v1, "2026-08")), List.of());
        refusedNaming(() -> app.cadres().save(edit), "新委员 两委委员 任职");
        assertTrue(app.cadres().personWithIdNumber(id).isEmpty(), "nothing is written without the reason");
        assertEquals(List.of(), app.submissions().lateEdits());

        long personId = app.cadres().save(edit, REASON);

        Post saved = onlyPost(personId);
        List<LateEdit> late = app.submissions().lateEdits();
        assertEquals(1, late.size());
        LateEdit e = late.get(0);
        assertEquals("干部职务", e.factKind());
        assertEquals(String.valueOf(saved.id()), e.recordId());
        assertNull(e.householdId(), "a post belongs to no household");
        assertEquals("新委员 两委委员 任职", e.what());
        assertEquals(LocalDate.of(2026, 8, 1), e.factDate());
        assertEquals(REASON, e.reason());
        assertTrue(app.audit().history(CadreService.AUDIT_ENTITY, String.valueOf(personId)).stream()
                .anyMatch(a -> a.summary().contains("新增职务") && a.summary().contains("原因：" + REASON)));
    }

    @Test
    void endingAPostInsideTheSubmittedQuarterNeedsAReason() {
        // the editor's ending and endPost alike. A post started in the first quarter and still held counts at the
        // end of the submitted third quarter: entering it late needs the reason too
        String id = AccessMatrixTest.validId("19850301", 8);
        CadreEdit entered = new CadreEdit(null, person("旧委员", id), List.of(postIn(v1, "2026-01")), List.of());
        refusedNaming(() -> app.cadres().save(entered), "旧委员 两委委员 任职 2026.01.01（影响2026年第3季度）");
        long personId = app.cadres().save(entered, REASON);
        Post p = onlyPost(personId);
        CadreEdit ending = new CadreEdit(personId, person("旧委员", id), List.of(), List.of(new PostEnd(p.id(), "2026-09")));
        refusedNaming(() -> app.cadres().save(ending), "旧委员 两委委员 离任");
        assertNull(onlyPost(personId).endDate(), "nothing is written without the reason");
        app.cadres().save(ending, REASON);
        assertEquals("2026.09", onlyPost(personId).endDate().toDisplay());

        long lin = personNamed("林委员");
        long linPost = onlyPost(lin).id();
        refusedNaming(() -> app.cadres().endPost(linPost, "2026-07"), "林委员 村委会委员 离任");
        assertNull(onlyPost(lin).endDate());
        app.cadres().endPost(linPost, "2026-07", REASON);
        assertEquals(List.of("旧委员 两委委员 任职", "旧委员 两委委员 离任", "林委员 村委会委员 离任"), lateWhats());
    }

    @Test
    void postsDatedAfterTheSubmittedQuarterNeedNone() {
        long personId = app.cadres().save(new CadreEdit(null, person("十月委员", AccessMatrixTest.validId("19850301", 9)),
                List.of(postIn(v1, "2026-10")), List.of()));
        app.cadres().endPost(onlyPost(personId).id(), "2026-11");
        assertEquals("2026.11", onlyPost(personId).endDate().toDisplay());
        assertEquals(List.of(), app.submissions().lateEdits());
    }

    private static PostInput postIn(long village, String start) {
        return new PostInput("村委会委员", "村两委", village, null, null, null, null, start, null, false, false, null);
    }

    // ------------------------------------------------------------------ reserve cadres

    private ReserveRow inRegister(String name) {
        return app.cadres().reserves(v1, LocalDate.now()).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElse(null);
    }

    private String idNumberOf(String name) {
        return app.cadres().detail(personNamed(name)).person().idNumber();
    }

    @Test
    void reserveEntryAndExitInsideTheSubmittedQuarterNeedAReason() {
        String chen = idNumberOf("陈书记");
        refusedNaming(() -> app.cadres().addReserve(chen, v1, "2026-09", "村党组织书记", "跟班学习"), "陈书记 后备力量 入库");
        assertNull(inRegister("陈书记"), "nothing is written without the reason");
        long entry = app.cadres().addReserve(chen, v1, "2026-09", "村党组织书记", "跟班学习", REASON);
        assertEquals(entry, inRegister("陈书记").id());

        long chu = inRegister("储一").id();
        refusedNaming(() -> app.cadres().endReserve(chu, "2026-08"), "储一 后备力量 出库");
        assertTrue(inRegister("储一") != null, "still in the register without the reason");
        app.cadres().endReserve(chu, "2026-08", REASON);
        assertNull(inRegister("储一"));

        List<LateEdit> late = app.submissions().lateEdits();
        assertEquals(List.of("陈书记 后备力量 入库", "储一 后备力量 出库"), lateWhats());
        assertTrue(late.stream().allMatch(e -> e.factKind().equals("后备力量") && e.householdId() == null), late.toString());
        assertEquals(List.of(String.valueOf(entry), String.valueOf(chu)), late.stream().map(LateEdit::recordId).toList());
    }

    @Test
    void reserveMonthsAfterTheSubmittedQuarterNeedNone() {
        app.cadres().addReserve(idNumberOf("林委员"), v1, "2026-10", "村委会主任", null);
        app.cadres().endReserve(inRegister("储二").id(), "2026-11");
        assertNull(inRegister("储二"));
        assertTrue(inRegister("林委员") != null);
        assertEquals(List.of(), app.submissions().lateEdits());
    }

    // ------------------------------------------------------------------ visits

    private VisitRow visitOn(String household, String day) {
        return app.visits().ofHousehold(household).stream().filter(v -> v.date().toString().equals(day)).findFirst()
                .orElseThrow();
    }

    private long visits() {
        return app.visits().list(VisitFilter.ALL, 0, 1).total();
    }

    private static VisitInput in(String date, String type, String finding) {
        return new VisitInput(date, type, List.of("h1"), List.of("网格员甲"), finding, false, null, null);
    }

    @Test
    void recordingOrChangingAVisitOfTheSubmittedQuarterNeedsAReason() {
        long before = visits();
        refusedNaming(() -> app.visits().record(in("2026-08-20", "入户走访", "补录")), "张三明户 走访记录");
        assertEquals(before, visits(), "nothing is written without the reason");
        String added = app.visits().record(in("2026-08-20", "入户走访", "补录"), REASON);
        LateEdit e = app.submissions().lateEdits().get(0);
        assertEquals("走访", e.factKind());
        assertEquals(added, e.recordId());
        assertEquals("h1", e.householdId(), "the visit's first household: a village's export lists it");
        assertEquals(LocalDate.of(2026, 8, 20), e.factDate());

        // the type is counted (走访次数 by type); the finding's wording is not
        String july = visitOn("h1", "2026-07-10").id();
        refusedNaming(() -> app.visits().edit(july, in("2026-07-10", "政策宣传", "了解家庭收入和就医情况")), "张三明户 走访记录");
        assertEquals("入户走访", app.visits().one(july).type());
        app.visits().edit(july, in("2026-07-10", "入户走访", "了解家庭收入、就医和住房情况"));
        app.visits().edit(july, in("2026-07-10", "政策宣传", "了解家庭收入、就医和住房情况"), REASON);
        assertEquals("政策宣传", app.visits().one(july).type());

        // moving a visit out of the quarter changes that quarter too
        String august = visitOn("h7", "2026-08-15").id();
        VisitInput october = new VisitInput("2026-10-15", "入户走访", List.of("h7"), List.of("网格员甲"), "了解家庭收入和就医情况",
                false, null, null);
        refusedNaming(() -> app.visits().edit(august, october), "走访记录");
        assertEquals(LocalDate.of(2026, 8, 15), app.visits().one(august).date());
        app.visits().edit(august, october, REASON);
        assertEquals(List.of(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 15)),
                app.submissions().lateEdits().stream().map(LateEdit::factDate).toList(), "only the third quarter's days");
        assertTrue(app.audit().history(VisitService.AUDIT_ENTITY, july).stream()
                .anyMatch(a -> a.summary().contains("修改走访记录") && a.summary().contains("原因：" + REASON)));
    }

    @Test
    void closingOrDeletingWhatTheSubmittedQuarterCountedNeedsAReason() {
        // open at the quarter's end (未办结 of 2026Q3): closing it within the quarter changes that figure
        String open = visitOn("h1", "2026-08-05").id();
        refusedNaming(() -> app.visits().close(open, "已协调", "2026-09-10"), "张三明户 走访事项 未办结");
        assertTrue(app.visits().one(open).open(), "nothing is written without the reason");
        app.visits().close(open, "已协调", "2026-09-10", REASON);
        assertFalse(app.visits().one(open).open());
        assertEquals(LocalDate.of(2026, 9, 30), app.submissions().lateEdits().get(0).factDate());

        String july = visitOn("h1", "2026-07-10").id();
        long before = visits();
        refusedNaming(() -> app.visits().delete(july), "张三明户 走访记录");
        assertEquals(before, visits());
        app.visits().delete(july, REASON);
        assertEquals(before - 1, visits());
        assertEquals(List.of("张三明户 走访事项 未办结", "张三明户 走访记录"), lateWhats());
    }

    @Test
    void visitsDatedAfterTheSubmittedQuarterNeedNone() {
        app.visits().record(in("2026-10-20", "入户走访", "走访"));
        // closed after the quarter ended: the third quarter still counted it 未办结
        String open = visitOn("h1", "2026-08-05").id();
        app.visits().close(open, "已协调", "2026-11-01");
        app.visits().delete(visitOn("h2", "2026-10-02").id());
        assertFalse(app.visits().one(open).open());
        assertEquals(List.of(), app.submissions().lateEdits());
    }
}
