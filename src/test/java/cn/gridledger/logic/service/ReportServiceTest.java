package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportSettings;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;

/** The figures of every report on the hand-checkable fixture township, for 2026Q3. */
class ReportServiceTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final Footer FOOTER = new Footer("张填表", "李审核", "0311-12345678", LocalDate.of(2026, 10, 8));

    @TempDir
    Path dir;

    AppServices app;

    @BeforeEach
    void open() {
        ReportFixture.create(dir.resolve("r.db"));
        app = AppServices.open(dir.resolve("r.db"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    List<ReportRow> rows(ReportKind kind, String village) {
        ReportTable t = app.reports().table(kind, new Request(Q3, village, FOOTER));
        List<ReportRow> out = new ArrayList<>();
        t.rows().forEach(Integer.MAX_VALUE, out::add);
        return out;
    }

    static List<Object> longs(long... v) {
        return new ArrayList<>(Arrays.stream(v).boxed().toList());
    }

    @Test
    void gridSummaryCountsWhatHeldOnTheQuartersLastDay() {
        List<ReportRow> r = rows(ReportKind.GRID_SUMMARY, null);
        assertEquals(3, r.size());
        assertEquals(List.of("1", "安恕村"), r.get(0).cells().subList(0, 2));
        assertEquals(longs(2, 1, 1, 2, 1, 1, 4, 7, 6, 2, 1, 3, 2, 4, 1, 2, 1, 1, 0), r.get(0).cells().subList(2, 21));
        assertEquals(longs(1, 1, 0, 1, 0, 1, 1, 2, 2, 1, 1, 2, 1, 2, 1, 0, 0, 0, 0), r.get(1).cells().subList(2, 21));
        assertEquals(ReportRow.Kind.TOTAL, r.get(2).kind());
        assertEquals("合计", r.get(2).cells().get(1));
        assertEquals(longs(3, 2, 1, 3, 1, 2, 5, 9, 8, 3, 2, 5, 3, 6, 2, 2, 1, 1, 0), r.get(2).cells().subList(2, 21));
    }

    @Test
    void cadreStructureCountsEachMemberOnceAndFlagsVillages() {
        List<ReportRow> r = rows(ReportKind.CADRE_STRUCTURE, null);
        // 序号 村 总数 女 少数民族 党员 | 5 age buckets, 平均年龄 | 5 education groups | 一肩挑 交叉 后备
        assertEquals(List.of("1", "安恕村", 3L, 1L, 1L, 2L, 1L, 2L, 0L, 0L, 0L, 38.3, 1L, 1L, 0L, 1L, 0L, "是", 1L, 2L),
                r.get(0).cells());
        assertEquals(ReportRow.Kind.DATA, r.get(0).kind());
        assertEquals(List.of("2", "太平村", 2L, 1L, 0L, 1L, 0L, 0L, 1L, 1L, 0L, 53.0, 0L, 0L, 1L, 1L, 0L, "否", 0L, 1L),
                r.get(1).cells());
        assertEquals(ReportRow.Kind.HIGHLIGHT, r.get(1).kind());
        assertEquals(List.of("", "合计", 5L, 2L, 1L, 3L, 1L, 2L, 1L, 1L, 0L, 44.2, 1L, 1L, 1L, 2L, 0L, "是1个，否1个", 1L, 3L),
                r.get(2).cells());
    }

    @Test
    void monitoringMarksTheQuartersChangesAndSummarises() {
        List<ReportRow> r = rows(ReportKind.MONITORING, null);
        assertEquals(5, r.size());
        assertEquals("130102100201000001", r.get(0).cells().get(3));
        assertEquals("张三明", r.get(0).cells().get(4));
        assertEquals(3L, r.get(0).cells().get(6));
        assertEquals("新增", r.get(0).cells().get(18));
        assertEquals("否", r.get(0).cells().get(15));
        assertEquals("2026.08", r.get(0).cells().get(11));
        assertEquals("消除", r.get(1).cells().get(18));
        assertEquals("2026.09", r.get(1).cells().get(17));
        assertEquals(1L, r.get(1).cells().get(6), "王丽 left in August");
        assertEquals("无", r.get(2).cells().get(18));
        assertEquals(ReportRow.Kind.TOTAL, r.get(3).kind());
        assertEquals(6L, r.get(3).cells().get(6));
        assertEquals("本季度新增 1 户，本季度消除 1 户，期末风险未消除 1 户。", r.get(4).cells().get(0));
    }

    @Test
    void pointsRankWithinTheVillageByTheQuartersScore() {
        List<ReportRow> r = rows(ReportKind.POINTS, null);
        assertEquals(6, r.size());
        assertEquals(List.of("1", "安恕村", "一组网格", "王五", 8L, 0L, 8L, 8L, 0L, 8L, 1L, ""), r.get(0).cells());
        assertEquals(List.of("2", "安恕村", "一组网格", "张三明", 10L, 3L, 7L, 12L, 4L, 8L, 2L, ""), r.get(1).cells());
        assertEquals(3L, r.get(2).cells().get(10));
        assertEquals(3L, r.get(3).cells().get(10), "equal scores share the rank");
        assertEquals("吴十", r.get(2).cells().get(3), "h6 was in 安恕村 on 2026-09-30");
        assertEquals(List.of("", "合计", "", "5户", 18L, 3L, 15L, 20L, 4L, 16L, "", ""), r.get(5).cells());
    }

    @Test
    void pointsRankHouseholdsWithoutEntriesAboveANegativeQuarter() {
        app.close();
        ReportFixture.addHouseholdWithPoints(dir.resolve("r.db"), "h9", "负分户", "2026-08-08", -2);
        ReportFixture.addHouseholdWithPoints(dir.resolve("r.db"), "h10", "旧分户", "2026-05-05", 9);
        app = AppServices.open(dir.resolve("r.db"));
        List<ReportRow> r = rows(ReportKind.POINTS, null);
        // equal scores in grid, then 户编号 order (旧分户 has none)
        assertEquals(List.of("王五", "张三明", "旧分户", "吴十", "赵六", "负分户", "周九"),
                r.subList(0, 7).stream().map(row -> row.cells().get(3)).toList());
        // 赵六 and 吴十 have no entries at all, 旧分户 none in the quarter: all score 0 and share rank 3
        assertEquals(List.of(1L, 2L, 3L, 3L, 3L, 6L, 1L),
                r.subList(0, 7).stream().map(row -> row.cells().get(10)).toList());
        assertEquals(List.of("4", "安恕村", "一组网格", "吴十", 0L, 0L, 0L, 0L, 0L, 0L, 3L, ""), r.get(3).cells());
        assertEquals(List.of("6", "安恕村", "一组网格", "负分户", 0L, 2L, -2L, -2L, 0L, -2L, 6L, ""), r.get(5).cells());
        assertEquals(List.of("3", "安恕村", "一组网格", "旧分户", 0L, 0L, 0L, 9L, 0L, 9L, 3L, ""), r.get(2).cells());
    }

    @Test
    void reserveGroupsByVillageWithTheCheckLine() {
        List<ReportRow> r = rows(ReportKind.RESERVE, null);
        assertEquals(5, r.size());
        assertEquals("储一", r.get(0).cells().get(2));
        assertEquals(38L, r.get(0).cells().get(5));
        assertEquals("储二", r.get(1).cells().get(2));
        assertEquals(ReportRow.Kind.SPAN, r.get(2).kind());
        String v1 = (String) r.get(2).cells().get(0);
        assertTrue(v1.startsWith("安恕村：后备人数 2 人（≥2，达标）"), v1);
        assertTrue(v1.contains("高中及以上学历 1 人（≥1，达标）"), v1);
        assertTrue(v1.contains("（36–45岁）1 人（≥1，达标）"), v1);
        assertTrue(((String) r.get(4).cells().get(0)).contains("后备人数 1 人（≥2，未达标）"));
    }

    @Test
    void rostersListWhatHeldOnTheDate() {
        List<ReportRow> c1 = rows(ReportKind.CADRE_ROSTER, null);
        assertEquals(14, c1.size());
        assertTrue(c1.stream().noneMatch(r -> r.cells().contains("老委员")));
        List<ReportRow> c2 = rows(ReportKind.HOUSEHOLD_LEDGER, null);
        assertEquals(9, c2.size());
        assertEquals("张三明", c2.get(0).cells().get(8));
        assertEquals("1970.05.12", c2.get(0).cells().get(11));
        assertEquals("汉族", c2.get(0).cells().get(12));
        assertEquals("130102100201001", c2.get(0).cells().get(2));
        assertEquals("脱贫不稳定户", c2.get(0).cells().get(23));
        assertEquals("否", c2.get(0).cells().get(24));
        List<ReportRow> v2 = rows(ReportKind.HOUSEHOLD_LEDGER, ReportFixture.V2);
        assertEquals(2, v2.size());
        assertEquals("回族", v2.get(0).cells().get(12));
    }

    @Test
    void titlesInfoAndFootersFollowTheCommonLayout() {
        ReportTable t = app.reports().table(ReportKind.GRID_SUMMARY, new Request(Q3, null, FOOTER));
        assertEquals("安恕镇2026年第3季度网格基本情况统计表", t.title());
        assertEquals(List.of("填报单位：安恕镇人民政府（盖章）", "统计截止日期：2026年9月30日", "单位：个、人、户"),
                List.of(t.infoParts()));
        assertEquals("填报日期：2026年10月8日", t.footer().parts()[3]);
        assertEquals("安恕镇干部花名册", app.reports().table(ReportKind.CADRE_ROSTER, new Request(Q3, null, FOOTER)).title());
        assertEquals("安恕镇太平村2026年第3季度防返贫监测对象台账",
                app.reports().table(ReportKind.MONITORING, new Request(Q3, ReportFixture.V2, FOOTER)).title());
        assertEquals("安恕镇_网格基本情况统计表_2026Q3.xlsx",
                app.reports().fileName(ReportKind.GRID_SUMMARY, new Request(Q3, null, FOOTER)));
    }

    @Test
    void anUnknownVillageIsRefusedInChinese() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> app.reports().table(ReportKind.GRID_SUMMARY, new Request(Q3, "130102100299", FOOTER)));
        assertTrue(e.getMessage().contains("130102100299"));
    }

    @Test
    void countyDefinitionsAndTheFooterAreRemembered() {
        ReportSettings defaults = ReportSettings.defaults();
        app.reportSettings().saveDefinitions(new ReportSettings(List.of(40, 50, 60), defaults.educationGroups(),
                defaults.reserve()));
        app.reportSettings().saveFooter(FOOTER);
        assertEquals(List.of("40岁及以下", "41-50岁", "51-60岁", "61岁及以上"), app.reportSettings().definitions().ageLabels());
        assertEquals("张填表", app.reportSettings().footer().preparer());
        List<ReportRow> r = rows(ReportKind.CADRE_STRUCTURE, null);
        // 安恕村 ages 45, 36, 34 → two at 40 or below, one in 41-50
        assertEquals(List.of(2L, 1L, 0L, 0L, 38.3), r.get(0).cells().subList(6, 11));
        assertThrows(UserFacingException.class, () -> app.reportSettings().saveDefinitions(
                new ReportSettings(List.of(50, 40), defaults.educationGroups(), defaults.reserve())));
    }
}
