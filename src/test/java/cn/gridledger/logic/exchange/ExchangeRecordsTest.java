package cn.gridledger.logic.exchange;

import static cn.gridledger.logic.exchange.TwoLaptops.H1;
import static cn.gridledger.logic.exchange.TwoLaptops.H2;
import static cn.gridledger.logic.exchange.TwoLaptops.TOWNSHIP;
import static cn.gridledger.logic.exchange.TwoLaptops.dump;
import static cn.gridledger.logic.exchange.TwoLaptops.idOf;
import static cn.gridledger.logic.exchange.TwoLaptops.one;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService.CadreEdit;
import cn.gridledger.logic.service.CadreService.PersonInput;
import cn.gridledger.logic.service.CadreService.PostInput;
import cn.gridledger.logic.service.ExchangeService;
import cn.gridledger.logic.service.ExchangeService.ConflictInfo;
import cn.gridledger.logic.service.MonitoringService.MonitoringInput;
import cn.gridledger.logic.service.SubmittedQuarterException;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.model.Award;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsItem;
import cn.gridledger.model.PointsRedemption;
import cn.gridledger.model.Quarter;
import cn.gridledger.testing.SubmittedLedger;

/**
 * #16, the records beyond households and members: 防返贫监测, 示范户称号, 积分 (entries, redemptions, and the
 * village's items by name), 走访 (with its households and visitors), 干部任职 and 后备力量, and the cadres they
 * name. Two real databases as in {@link ExchangeTest}: a record made on one side arrives on the other, a field
 * changed on one side is taken, one changed on both is a conflict, deletes travel, a second import changes nothing,
 * a grid worker may not change township-wide records, and a package reaching a submitted quarter needs a reason.
 */
class ExchangeRecordsTest {

    static final String CADRE = "陈书记";
    static final String CADRE_ID = id("19800505", 21);
    static final String ITEM = "环境卫生";

    @TempDir
    Path dir;

    /** What the township recorded for H1, and the cadre; the laptop has it all after one package. */
    record Seed(long monitoring, String visit, long cadre, long reserve) {
    }

    private static Seed seed(TwoLaptops t) {
        AppServices a = t.a;
        long village = t.grids.get(0).villageId();
        String h1 = idOf(a, H1);
        long cadre = a.cadres().save(new CadreEdit(null, new PersonInput(CADRE, CADRE_ID, "男", "1980-05", "汉族", "中共党员",
                null, null, null, "13912345678", null, null, null, null, null, null, null, null),
                List.of(new PostInput("村委会委员", "村两委", village, null, null, null, null, "2021-01", null, false, false, null)),
                List.of()));
        long reserve = a.cadres().addReserve(id("19800101", 3), village, "2024-03", "村两委委员", "跟班学习"); // 张小明
        long monitoring = a.monitoring().add(new MonitoringInput(h1, "脱贫不稳定户", "因病", null, null, "2025-03", "产业帮扶",
                "王帮扶", "13800000001"));
        a.visits().setResponsibleCadre(monitoring, cadre);
        long item = a.points().saveItem(new PointsItem(0, village, ITEM, PointsItem.PLUS, 5, true));
        a.points().bulkEntry(item(a, village, ITEM), List.of(h1), LocalDate.of(2025, 11, 1), 5, "庭院整洁", "张敏", null);
        assertTrue(item > 0);
        household(a, H1, d -> new HouseholdDetail(d.household(), d.members(), d.monitoring(),
                List.of(new Award(0, h1, "美丽庭院", 2025, "村")), d.pointsEntries(),
                List.of(new PointsRedemption(0, h1, LocalDate.of(2025, 12, 1), 4, "洗衣粉", "张敏"))));
        String visit = a.visits().record(new VisitInput("2025-11-05", "入户走访", List.of(h1), List.of(CADRE), "家中整洁",
                false, null, null));
        t.townshipToLaptop();
        return new Seed(monitoring, visit, cadre, reserve);
    }

    @Test
    void recordsMadeOnEitherSideArriveOnTheOtherWithTheCadresTheyName() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            seed(t);
            assertIdentical(t);
            // the cadre is no household member, yet travels: the post, the responsible cadre and the visitor name them
            assertEquals(CADRE, one(t.bFile, "SELECT p.name FROM post x JOIN person p ON p.id = x.person_id"));
            assertEquals(CADRE_ID, one(t.bFile, "SELECT p.id_number FROM monitoring x JOIN person p ON p.id = x.responsible_cadre_id"));
            assertEquals(CADRE_ID, one(t.bFile, "SELECT p.id_number FROM visit_visitor x JOIN person p ON p.id = x.person_id"));
            assertEquals(H1, one(t.bFile, "SELECT h.hh_number FROM visit_household x JOIN household h ON h.id = x.household_id"));
            assertTrue(one(t.bFile, "SELECT search_text FROM visit").contains("家中整洁"), "the search text is worked out again");
            assertEquals("张小明", one(t.bFile, "SELECT p.name FROM reserve_cadre x JOIN person p ON p.id = x.person_id"));

            // the laptop's own records, with a points item the township does not have yet
            long village = t.grids.get(0).villageId();
            String h2 = idOf(t.b, H2);
            t.b.points().saveItem(new PointsItem(0, village, "孝老爱亲", PointsItem.PLUS, 3, true));
            t.b.points().bulkEntry(item(t.b, village, "孝老爱亲"), List.of(h2), LocalDate.of(2025, 11, 20), 3, "照顾老人",
                    "网格员", null);
            t.b.monitoring().add(new MonitoringInput(h2, "边缘易致贫户", "因学", null, null, "2025-06", "教育帮扶", "李帮扶",
                    "13800000002"));
            household(t.b, H2, d -> new HouseholdDetail(d.household(), d.members(), d.monitoring(),
                    List.of(new Award(0, h2, "干净人家", 2025, "村")), d.pointsEntries(),
                    List.of(new PointsRedemption(0, h2, LocalDate.of(2025, 12, 2), 2, "毛巾", "网格员"))));
            t.b.visits().record(new VisitInput("2025-11-21", "防返贫排查", List.of(h2), List.of(CADRE, "网格员小王"),
                    "收入稳定", true, "核实医保", "2025-12-31"));
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            t.a.exchange().importPackage(p);
            assertIdentical(t);
            assertEquals("加分|3", one(t.aFile, "SELECT direction || '|' || default_points FROM points_item WHERE name = '孝老爱亲'"));
            assertEquals("2", one(t.aFile, "SELECT count(*) FROM visit_visitor vv JOIN visit v ON v.id = vv.visit_id "
                    + "WHERE v.visit_type = '防返贫排查'"));

            List<String> before = dump(t.aFile);
            UserFacingException again = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(p));
            assertTrue(again.getMessage().startsWith("此交换包已导入过"), again.getMessage());
            assertEquals(before, dump(t.aFile));
            // and nothing more to send either way
            assertEquals(0, t.a.exchange().export(TwoLaptops.LAPTOP, t.file("a")).records());
        }
    }

    @Test
    void aFieldChangedOnOneSideIsTakenAndOneChangedOnBothIsAConflict() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            Seed s = seed(t);
            // the township: the measures, the award's level, the entry's reason, the redemption's goods, the visit's
            // type; the post and reserve entry ended. The laptop: the phone, the award's year, the entry's approver,
            // the visitors. Both, differently: the contact, the award's type, the entry's recorder, the redeemed
            // points, the finding.
            t.a.monitoring().updateMeasures(s.monitoring(), "就业帮扶", "王一", "13800000001");
            editPoints(t.a, a -> new Award(a.id(), a.householdId(), "文明示范户", a.year(), "乡"),
                    e -> new PointsEntry(e.id(), e.householdId(), e.itemId(), e.date(), e.points(), "乡镇核实", "乡镇", e.approver()),
                    r -> new PointsRedemption(r.id(), r.householdId(), r.date(), 6, "香皂", r.recorder()));
            editVisit(t.a, s.visit(), "防返贫排查", List.of(CADRE), "乡镇：家中整洁");
            long post = t.a.cadres().detail(s.cadre()).posts().get(0).post().id();
            t.a.cadres().endPost(post, "2026-10");
            t.a.cadres().endReserve(s.reserve(), "2026-10");

            long mB = monitoringOf(t.b);
            t.b.monitoring().updateMeasures(mB, "产业帮扶", "王二", "13800000009");
            editPoints(t.b, a -> new Award(a.id(), a.householdId(), "好家风家庭", 2024, a.level()),
                    e -> new PointsEntry(e.id(), e.householdId(), e.itemId(), e.date(), e.points(), e.reason(), "网格员", "李审核"),
                    r -> new PointsRedemption(r.id(), r.householdId(), r.date(), 7, r.goods(), r.recorder()));
            editVisit(t.b, s.visit(), "入户走访", List.of(CADRE, "网格员小王"), "网格员：家中整洁");

            t.townshipToLaptop();
            t.laptopToTownship();
            assertIdentical(t);
            Set<String> conflicts = new TreeSet<>();
            for (ConflictInfo c : t.b.exchange().conflicts()) {
                conflicts.add(c.table() + "." + c.fieldLabel());
            }
            assertEquals(new TreeSet<>(List.of("防返贫监测.帮扶责任人", "示范户称号.称号", "积分登记.登记人", "积分兑换.兑换分值",
                    "走访记录.走访情况")), conflicts);
            assertTrue(t.a.exchange().conflicts().isEmpty());
            for (Path f : List.of(t.aFile, t.bFile)) {
                assertEquals("就业帮扶|13800000009|王二", one(f, "SELECT measures || '|' || contact_phone || '|' || contact_name FROM monitoring"));
                assertEquals("好家风家庭|2024|乡", one(f, "SELECT award_type || '|' || year || '|' || level FROM award"));
                assertEquals("乡镇核实|李审核|网格员", one(f, "SELECT reason || '|' || approver || '|' || recorder FROM points_entry"));
                assertEquals("7|香皂", one(f, "SELECT points || '|' || goods FROM points_redemption"));
                assertEquals("防返贫排查|网格员：家中整洁|2", one(f, "SELECT visit_type || '|' || finding || '|' "
                        + "|| (SELECT count(*) FROM visit_visitor WHERE visit_id = visit.id) FROM visit"));
                assertEquals("2026-10", one(f, "SELECT end_date FROM post"));
                assertEquals("2026-10", one(f, "SELECT exit_date FROM reserve_cadre"));
            }
        }
    }

    @Test
    void softAndHardDeletesTravelBothWays() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            Seed s = seed(t);
            // the township removes H1's award and redemption in the household form (kept as deleted)
            household(t.a, H1, d -> new HouseholdDetail(d.household(), d.members(), d.monitoring(), List.of(),
                    d.pointsEntries(), List.of()));
            // the laptop deletes the visit
            t.b.visits().delete(s.visit());
            t.townshipToLaptop();
            t.laptopToTownship();
            assertIdentical(t);
            for (Path f : List.of(t.aFile, t.bFile)) {
                assertNotNull(one(f, "SELECT deleted_at FROM award"), f.toString());
                assertNotNull(one(f, "SELECT deleted_at FROM points_redemption"), f.toString());
                assertNotNull(one(f, "SELECT deleted_at FROM visit"), f.toString());
            }

            // rows gone altogether (a tombstone): the visit with its households and visitors, the points entry
            t.b = sql(t.b, t.bFile, "DELETE FROM visit_visitor", "DELETE FROM visit_household", "DELETE FROM visit",
                    "DELETE FROM points_entry");
            t.a = sql(t.a, t.aFile, "DELETE FROM award");
            t.laptopToTownship();
            t.townshipToLaptop();
            assertIdentical(t);
            for (Path f : List.of(t.aFile, t.bFile)) {
                assertEquals("0|0|0|0|0", one(f, "SELECT (SELECT count(*) FROM visit) || '|' || (SELECT count(*) FROM visit_household)"
                        + " || '|' || (SELECT count(*) FROM visit_visitor) || '|' || (SELECT count(*) FROM points_entry)"
                        + " || '|' || (SELECT count(*) FROM award)"), f.toString());
            }
        }
    }

    @Test
    void aGridWorkersPackageThatChangesAPostIsRefusedAndTheTownshipsWordIsTaken() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            Seed s = seed(t);
            long cadreOnLaptop = t.b.cadres().personWithIdNumber(CADRE_ID).orElseThrow();
            long postOnLaptop = t.b.cadres().detail(cadreOnLaptop).posts().get(0).post().id();
            t.b.cadres().endPost(postOnLaptop, "2026-11");
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            List<String> before = dump(t.aFile);
            ExchangeService.Preview preview = t.a.exchange().preview(p);
            assertEquals(List.of("干部任职 " + CADRE + " 两委委员（全乡镇的记录，只能在乡镇的电脑上修改）"), preview.refusals());
            UserFacingException e = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(p));
            assertTrue(e.getMessage().contains("以外的记录，整个交换包未导入") && e.getMessage().contains("干部任职 " + CADRE),
                    e.getMessage());
            assertEquals(before, dump(t.aFile));

            // the township ends the post itself: the laptop takes its month without a conflict and can send again
            long post = t.a.cadres().detail(s.cadre()).posts().get(0).post().id();
            t.a.cadres().endPost(post, "2026-10");
            t.townshipToLaptop();
            assertTrue(t.b.exchange().conflicts().isEmpty());
            assertEquals("2026-10", one(t.bFile, "SELECT end_date FROM post"));
            t.laptopToTownship();
            assertIdentical(t);
        }
    }

    /** Field merges are not re-checked by the forms' rules; the table's own checks still hold, and say so in Chinese. */
    @Test
    void aMergeThatBreaksAVisitsRulesIsRefusedInChineseAndNothingIsWritten() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            Seed s = seed(t);
            String h1 = idOf(t.a, H1);
            t.a.visits().edit(s.visit(), new VisitInput("2025-11-05", "入户走访", List.of(h1), List.of(CADRE), "家中整洁",
                    true, "核实医保", "2025-11-10"));
            t.townshipToLaptop();
            t.a.visits().edit(s.visit(), new VisitInput("2025-11-08", "入户走访", List.of(h1), List.of(CADRE), "家中整洁",
                    true, "核实医保", "2025-11-10"));
            t.b.visits().edit(s.visit(), new VisitInput("2025-11-05", "入户走访", List.of(idOf(t.b, H1)), List.of(CADRE),
                    "家中整洁", true, "核实医保", "2025-11-06"));
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            List<String> before = dump(t.aFile);
            UserFacingException e = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(p));
            assertTrue(e.getMessage().contains("走访记录") && e.getMessage().contains("不符合填写规则"), e.getMessage());
            assertEquals(before, dump(t.aFile));
        }
    }

    /** 报送 (#15): the new tables' dated facts count like the households'. */
    @Test
    void packagesThatReachASubmittedQuarterThroughTheNewRecordsNeedAReason() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            Quarter q3 = new Quarter(2026, 3);
            SubmittedLedger.submit(t.a, dir.resolve("a-ledger"), q3, ReportKind.GRID_SUMMARY);
            long village = t.grids.get(0).villageId();
            String h2 = idOf(t.b, H2);
            t.b.points().saveItem(new PointsItem(0, village, ITEM, PointsItem.PLUS, 5, true));
            t.b.points().bulkEntry(item(t.b, village, ITEM), List.of(h2), LocalDate.of(2026, 8, 15), 5, "庭院整洁", "网格员", null);
            t.b.monitoring().add(new MonitoringInput(h2, "边缘易致贫户", "因病", null, null, "2026-07", "产业帮扶", "李帮扶",
                    "13800000002"));
            t.b.visits().record(new VisitInput("2026-08-10", "入户走访", List.of(h2), List.of("网格员小王"), "家中整洁",
                    false, null, null));
            Path pkg = t.b.exchange().export(TOWNSHIP, t.file("late")).file();

            List<String> late = t.a.exchange().preview(pkg).lateEdits();
            for (String kind : List.of("积分登记", "防返贫监测", "走访记录")) {
                assertTrue(late.stream().anyMatch(l -> l.startsWith(kind) && l.contains("2026年第3季度")), kind + ": " + late);
            }
            List<String> before = dump(t.aFile);
            SubmittedQuarterException refused = assertThrows(SubmittedQuarterException.class,
                    () -> t.a.exchange().importPackage(pkg));
            assertEquals(late, refused.facts());
            assertEquals(before, dump(t.aFile), "nothing is written without the reason");
            t.a.exchange().importPackage(pkg, "网格员核实后补报");
            assertEquals(late.size(), t.a.submissions().lateEdits().size());

            // the other way: a laptop that has submitted the quarter too, and the township's new post starting in it
            SubmittedLedger.submit(t.b, dir.resolve("b-ledger"), q3, ReportKind.GRID_SUMMARY);
            t.a.cadres().save(new CadreEdit(null, new PersonInput(CADRE, CADRE_ID, "男", "1980-05", "汉族", "中共党员",
                    null, null, null, "13912345678", null, null, null, null, null, null, null, null),
                    List.of(new PostInput("村委会委员", "村两委", village, null, null, null, null, "2026-08", null, false, false,
                            null)), List.of()), "乡镇补录任职"); // the township submitted it too
            Path township = t.a.exchange().export(TwoLaptops.LAPTOP, t.file("a")).file();
            SubmittedQuarterException post = assertThrows(SubmittedQuarterException.class,
                    () -> t.b.exchange().importPackage(township));
            assertTrue(post.facts().stream().anyMatch(f -> f.startsWith("干部任职") && f.contains("2026年第3季度")),
                    post.facts().toString());
            t.b.exchange().importPackage(township, "乡镇补录任职");
            assertEquals(CADRE, one(t.bFile, "SELECT p.name FROM post x JOIN person p ON p.id = x.person_id"));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static PointsItem item(AppServices app, long village, String name) {
        return app.points().items(village).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static void household(AppServices app, String hh, UnaryOperator<HouseholdDetail> change) {
        app.households().save(change.apply(app.households().load(idOf(app, hh))));
    }

    /** Changes H1's only award, points entry and redemption. */
    private static void editPoints(AppServices app, UnaryOperator<Award> award, UnaryOperator<PointsEntry> entry,
            UnaryOperator<PointsRedemption> redemption) {
        household(app, H1, d -> new HouseholdDetail(d.household(), d.members(), d.monitoring(),
                d.awards().stream().map(award).toList(), d.pointsEntries().stream().map(entry).toList(),
                d.redemptions().stream().map(redemption).toList()));
    }

    private static void editVisit(AppServices app, String visit, String type, List<String> visitors, String finding) {
        String h1 = idOf(app, H1);
        app.visits().edit(visit, new VisitInput("2025-11-05", type, List.of(h1), visitors, finding, false, null, null));
    }

    private static long monitoringOf(AppServices app) {
        return app.households().load(idOf(app, H1)).monitoring().get(0).id();
    }

    /** Changes the file behind the program's back (a row gone for good), with the program closed meanwhile. */
    private static AppServices sql(AppServices app, Path file, String... statements) throws Exception {
        app.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        }
        return AppServices.open(file);
    }

    private static void assertIdentical(TwoLaptops t) throws Exception {
        List<String> a = dump(t.aFile);
        List<String> b = dump(t.bFile);
        if (!a.equals(b)) {
            List<String> diff = new ArrayList<>();
            a.stream().filter(l -> !b.contains(l)).forEach(l -> diff.add("A only: " + l));
            b.stream().filter(l -> !a.contains(l)).forEach(l -> diff.add("B only: " + l));
            throw new AssertionError("the two databases differ:\n" + String.join("\n", diff));
        }
    }
}
