package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.MonitoringService.Counts;
import cn.gridledger.logic.service.MonitoringService.MonitoringFilter;
import cn.gridledger.logic.service.MonitoringService.MonitoringInput;
import cn.gridledger.logic.service.MonitoringService.MonitoringRow;
import cn.gridledger.logic.service.MonitoringService.RiskState;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.code.MonitoringCategory;

/** 防返贫监测 list, counts and writes on a real demo township, against independent SQL counts. */
class MonitoringServiceTest {

    @TempDir
    static Path dir;

    private static AppServices services;
    private static Path file;
    private static final Quarter QUARTER = Quarter.current();
    private static final String FIRST = YearMonth.from(QUARTER.firstDay()).toString();
    private static final String LAST = YearMonth.from(QUARTER.lastDay()).toString();

    @BeforeAll
    static void demo() {
        file = dir.resolve("monitoring.db");
        services = AppServices.open(file);
        services.demo().generate(600, 1, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Counts independentCounts() throws Exception {
        return new Counts(
                (int) count("SELECT count(DISTINCT household_id) FROM monitoring WHERE identified_month <= ?", LAST),
                (int) count("""
                        SELECT count(DISTINCT household_id) FROM monitoring WHERE identified_month <= ?
                        AND NOT (risk_eliminated = 1 AND eliminated_month <= ?)""", LAST, LAST),
                (int) count("SELECT count(*) FROM monitoring WHERE identified_month BETWEEN ? AND ?", FIRST, LAST),
                (int) count("SELECT count(*) FROM monitoring WHERE risk_eliminated = 1 AND eliminated_month BETWEEN ? AND ?",
                        FIRST, LAST));
    }

    @Test
    void countsAndFiltersEqualIndependentCounts() throws Exception {
        MonitoringService monitoring = services.monitoring();
        Counts counts = monitoring.counts(QUARTER);
        assertEquals(independentCounts(), counts);
        assertTrue(counts.monitored() > 0 && counts.open() > 0, counts.toString());

        assertEquals(count("SELECT count(*) FROM monitoring"), monitoring.list(MonitoringFilter.ALL, QUARTER).size());
        assertEquals(count("SELECT count(*) FROM monitoring WHERE risk_eliminated = 0"),
                monitoring.list(new MonitoringFilter(RiskState.风险未消除, null, null, false), QUARTER).size());
        assertEquals(count("SELECT count(*) FROM monitoring WHERE risk_eliminated = 1"),
                monitoring.list(new MonitoringFilter(RiskState.已消除, null, null, false), QUARTER).size());
        assertEquals(count("SELECT count(*) FROM monitoring WHERE category = '边缘易致贫户'"),
                monitoring.list(new MonitoringFilter(null, MonitoringCategory.边缘易致贫户, null, false), QUARTER).size());
        assertEquals(counts.newInQuarter(),
                monitoring.list(new MonitoringFilter(null, null, null, true), QUARTER).size());
        long village = services.cadres().villages().get(0).id();
        assertEquals(count("""
                SELECT count(*) FROM monitoring mo JOIN household h ON h.id = mo.household_id
                JOIN grid g ON g.id = h.grid_id WHERE g.village_id = ?""", village),
                monitoring.list(new MonitoringFilter(null, null, village, false), QUARTER).size());
        MonitoringRow row = monitoring.list(MonitoringFilter.ALL, QUARTER).get(0);
        assertTrue(row.population() > 0 && row.headName() != null && row.village() != null, row.toString());
    }

    @Test
    void recordingEliminationChangesTheCountsAndIsAudited() throws Exception {
        MonitoringService monitoring = services.monitoring();
        // a household with exactly one episode, still open
        MonitoringRow open = monitoring.list(new MonitoringFilter(RiskState.风险未消除, null, null, false), QUARTER)
                .stream().filter(r -> monitoring.ofHousehold(r.householdId()).size() == 1).findFirst().orElseThrow();
        Counts before = monitoring.counts(QUARTER);
        String month = YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM"));
        // the services are shared by this class's tests, which run in no fixed order
        int auditedBefore = services.audit().history(MonitoringService.AUDIT_ENTITY, String.valueOf(open.id())).size();

        UserFacingException noMethod = assertThrows(UserFacingException.class,
                () -> monitoring.recordElimination(open.id(), true, null, month));
        assertTrue(noMethod.getMessage().contains("消除方式"));
        UserFacingException early = assertThrows(UserFacingException.class,
                () -> monitoring.recordElimination(open.id(), true, "帮扶消除", "2001.01"));
        assertTrue(early.getMessage().contains("早于识别监测时间"), early.getMessage());

        monitoring.recordElimination(open.id(), true, "帮扶消除", month);
        Counts after = monitoring.counts(QUARTER);
        assertEquals(before.open() - 1, after.open());
        assertEquals(before.eliminatedInQuarter() + 1, after.eliminatedInQuarter());
        assertEquals(before.monitored(), after.monitored());
        assertEquals(independentCounts(), after);
        MonitoringRow saved = monitoring.one(open.id());
        assertTrue(saved.eliminated());
        assertEquals("帮扶消除", saved.eliminationMethod());
        assertEquals(YearMonth.now().toString(), saved.eliminatedMonth().toIso());

        List<AuditEntry> history = services.audit().history(MonitoringService.AUDIT_ENTITY, String.valueOf(open.id()));
        assertEquals(auditedBefore + 1, history.size());
        assertTrue(history.stream().flatMap(h -> h.changes().stream()).anyMatch(c -> c.field().equals("风险是否消除")
                && "否".equals(c.oldValue()) && "是".equals(c.newValue())), history.toString());

        monitoring.recordElimination(open.id(), false, null, null);
        assertEquals(before, monitoring.counts(QUARTER));
    }

    @Test
    void measuresAndContactAreValidatedAndAudited() {
        MonitoringService monitoring = services.monitoring();
        MonitoringRow row = monitoring.list(MonitoringFilter.ALL, QUARTER).get(1);
        UserFacingException bad = assertThrows(UserFacingException.class,
                () -> monitoring.updateMeasures(row.id(), "产业帮扶", "王五", "1391234"));
        assertTrue(bad.getMessage().startsWith("帮扶责任人电话"), bad.getMessage());
        monitoring.updateMeasures(row.id(), "产业帮扶、就业帮扶", "王五", "139 1234 5678");
        MonitoringRow saved = monitoring.one(row.id());
        assertEquals("产业帮扶,就业帮扶", saved.measures());
        assertEquals("13912345678", saved.contactPhone());
        assertEquals(1, services.audit().history(MonitoringService.AUDIT_ENTITY, String.valueOf(row.id())).size());
    }

    @Test
    void aNewEpisodeIsAddedForAHousehold() {
        MonitoringService monitoring = services.monitoring();
        MonitoringRow row = monitoring.list(MonitoringFilter.ALL, QUARTER).get(2);
        int episodes = monitoring.ofHousehold(row.householdId()).size();
        String month = YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM"));
        long id = monitoring.add(new MonitoringInput(row.householdId(), "突发严重困难", "因病", "洪涝", null, month,
                "健康帮扶", "赵六", "13800001111"));
        MonitoringRow added = monitoring.one(id);
        assertEquals("突发严重困难户", added.category());
        assertEquals("因病、因自然灾害（洪涝）", added.risks());
        assertEquals(episodes + 1, monitoring.ofHousehold(row.householdId()).size());
    }

    @Test
    void aReadOnlySessionSeesMaskedPhonesAndCannotRecord() {
        MonitoringService monitoring = services.monitoring();
        services.session().signIn(new CurrentUser(78, "ro", "只读者", Role.READ_ONLY, Set.of()));
        try {
            List<MonitoringRow> rows = monitoring.list(MonitoringFilter.ALL, QUARTER);
            assertTrue(rows.stream().filter(r -> r.contactPhone() != null).allMatch(r -> r.contactPhone().contains("****")));
            assertThrows(AccessDeniedException.class,
                    () -> monitoring.recordElimination(rows.get(0).id(), false, null, null));
        } finally {
            services.session().signIn(CurrentUser.COMMAND_LINE);
        }
    }
}
