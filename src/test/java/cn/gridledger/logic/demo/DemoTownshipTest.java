package cn.gridledger.logic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.DemoService.DemoSummary;
import cn.gridledger.logic.service.MaintenanceService.CheckReport;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/** The demo township generated into a real SQLite file. */
class DemoTownshipTest {

    private static final LocalDate REF = LocalDate.of(2026, 11, 1);
    private static final int HOUSEHOLDS = 1200;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path demoDb;
    private static DemoSummary summary;

    @BeforeAll
    static void generateOnce() {
        demoDb = shared.resolve("demo.db");
        try (AppServices app = AppServices.open(demoDb)) {
            summary = app.demo().generate(HOUSEHOLDS, 7, REF, Progress.NONE);
        }
    }

    private static <T> T read(Database.SqlWork<T> work) {
        try (Database db = Database.open(demoDb)) {
            return db.read(work);
        }
    }

    private static long count(String sql) {
        return read(c -> Queries.count(c, sql));
    }

    @Test
    void countsMatchTheSummary() {
        assertEquals(3, summary.villages(), "1200 households → three villages of about 400");
        assertEquals(summary.villages(), count("SELECT count(*) FROM village"));
        assertEquals(summary.grids(), count("SELECT count(*) FROM grid"));
        assertEquals(HOUSEHOLDS, summary.households());
        assertEquals(HOUSEHOLDS, count("SELECT count(*) FROM household"));
        assertEquals(summary.members(), count("SELECT count(*) FROM member"));
        assertEquals(summary.cadres(), count("SELECT count(DISTINCT person_id) FROM post"));
        double perHousehold = summary.members() / (double) HOUSEHOLDS;
        assertTrue(perHousehold > 2.8 && perHousehold < 4.2, "members per household " + perHousehold);
        assertEquals(1, count("SELECT count(*) FROM township WHERE code = '130179201' AND county_code = '130179'"));
    }

    @Test
    void theSameSeedGivesTheSameContentAndAnotherSeedDoesNot() {
        String first = dumpHash(demoDb);
        Path again = dir.resolve("again.db");
        Path other = dir.resolve("other.db");
        try (AppServices app = AppServices.open(again)) {
            app.demo().generate(HOUSEHOLDS, 7, REF, Progress.NONE);
        }
        try (AppServices app = AppServices.open(other)) {
            app.demo().generate(HOUSEHOLDS, 8, REF, Progress.NONE);
        }
        assertEquals(first, dumpHash(again));
        assertNotEquals(first, dumpHash(other));
    }

    private static String dumpHash(Path file) {
        String[] queries = {
            "SELECT * FROM township",
            "SELECT * FROM village ORDER BY id",
            "SELECT * FROM grid ORDER BY id",
            "SELECT * FROM household ORDER BY id",
            "SELECT m.*, p.* FROM member m JOIN person p ON p.id = m.person_id ORDER BY m.id",
            "SELECT * FROM person ORDER BY id",
            "SELECT * FROM post ORDER BY id",
            "SELECT * FROM reserve_cadre ORDER BY id",
            "SELECT * FROM monitoring ORDER BY id",
            "SELECT * FROM points_entry ORDER BY id",
            "SELECT * FROM points_redemption ORDER BY id",
            "SELECT * FROM status_event ORDER BY id",
            "SELECT * FROM award ORDER BY id"};
        try (Database db = Database.open(file)) {
            return db.read(c -> {
                try {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    for (String q : queries) {
                        for (String row : Queries.list(c, q, rs -> {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                // the exchange uids (V11) are random per database, like the households' UUIDs would be
                                if (!"uid".equals(rs.getMetaData().getColumnName(i))) {
                                    sb.append(rs.getString(i)).append('|');
                                }
                            }
                            return sb.toString();
                        })) {
                            md.update(row.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    return HexFormat.of().formatHex(md.digest());
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    record Id(String number, String gender, String birth) {
    }

    @Test
    void everyIdNumberHasAValidCheckDigitAndAgreesWithGenderAndBirthDate() {
        List<Id> ids = read(c -> Queries.list(c, "SELECT id_number, gender, birth_date FROM person",
                rs -> new Id(rs.getString(1), rs.getString(2), rs.getString(3))));
        assertTrue(ids.size() >= summary.members());
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (Id id : ids) {
            String n = id.number();
            assertTrue(n.matches("\\d{17}[\\dX]"), n);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (n.charAt(i) - '0') * weights[i];
            }
            assertEquals("10X98765432".charAt(sum % 11), n.charAt(17), "check digit of " + n);
            assertTrue(n.startsWith("130179"), n);
            LocalDate birth = LocalDate.parse(id.birth());
            assertEquals(n.substring(6, 14), id.birth().replace("-", ""), n);
            assertFalse(birth.isAfter(REF), n);
            boolean odd = (n.charAt(16) - '0') % 2 == 1;
            assertEquals(odd ? "男" : "女", id.gender(), n);
        }
        assertEquals(ids.size(), count("SELECT count(DISTINCT id_number) FROM person"));
    }

    @Test
    void householdsAreConsistentAndTheCheckCommandFindsNothing() {
        try (AppServices app = AppServices.open(demoDb)) {
            CheckReport report = app.maintenance().check();
            assertTrue(report.findings().isEmpty(), report.findings().toString());
        }
        assertEquals(0, count("""
                SELECT count(*) FROM household h WHERE (SELECT count(*) FROM member m
                WHERE m.household_id = h.id AND m.relation = '户主' AND m.seq = 1 AND m.ended_on IS NULL) <> 1"""));
        assertEquals(0, count("""
                SELECT count(*) FROM household h WHERE (SELECT count(*) FROM member m
                WHERE m.household_id = h.id AND m.relation = '配偶') > 1"""));
        assertEquals(0, count("""
                SELECT count(*) FROM member s JOIN person sp ON sp.id = s.person_id
                JOIN member hd ON hd.household_id = s.household_id AND hd.relation = '户主'
                JOIN person hp ON hp.id = hd.person_id
                WHERE s.relation = '配偶' AND sp.gender = hp.gender"""), "配偶 of the other sex");
        assertEquals(0, count("SELECT count(*) FROM member WHERE education IS NOT NULL AND student_status IS NOT NULL"));
        assertEquals(0, count("SELECT count(*) FROM member WHERE education IS NULL AND student_status IS NULL"));
        assertEquals(0, count("SELECT count(*) FROM household WHERE length(phone) <> 11"));
        assertEquals(0, count("SELECT count(*) FROM person WHERE phone IS NOT NULL AND phone NOT GLOB '1[3-9][0-9]*'"));
        long poor = count("SELECT count(*) FROM household WHERE hh_type = '脱贫户'");
        assertTrue(poor > HOUSEHOLDS * 0.24 && poor < HOUSEHOLDS * 0.36, "脱贫户 " + poor);
        long monitored = count("SELECT count(DISTINCT household_id) FROM monitoring");
        assertTrue(monitored > HOUSEHOLDS * 0.02 && monitored < HOUSEHOLDS * 0.07, "monitored " + monitored);
        assertTrue(count("SELECT count(*) FROM monitoring WHERE risk_eliminated = 1 AND eliminated_month IS NOT NULL"
                + " AND elimination_method IS NOT NULL") > 0);
        assertTrue(count("SELECT count(*) FROM monitoring WHERE identified_month >= '2025-06'") > 0);
        assertEquals(0, count("SELECT count(*) FROM monitoring WHERE eliminated_month < identified_month"));
        assertTrue(count("SELECT count(*) FROM status_event WHERE event_type = '出生'") > 0);
        assertTrue(count("SELECT count(*) FROM member WHERE ended_on IS NOT NULL") > 0);
        assertTrue(count("SELECT count(*) FROM status_event WHERE member_id IS NULL AND event_type = '迁入'") > 0,
                "some whole households moved in");
        assertEquals(0, count("SELECT count(*) FROM member WHERE ended_on IS NOT NULL AND since IS NOT NULL"
                + " AND ended_on < since"));
        assertTrue(count("SELECT count(*) FROM award") > 0);
        assertTrue(count("SELECT count(*) FROM points_redemption") > 0);
        assertTrue(count("SELECT count(DISTINCT substr(entry_date, 1, 7)) FROM points_entry") >= 12,
                "points entries spread over the last four quarters");
        assertTrue(count("SELECT count(*) FROM member WHERE health LIKE '%,%'") > 0, "some multi-value health");
    }

    @Test
    void everyVillageHasCadresAndReserveCadresAndSomeMissTheReserveRule() {
        assertEquals(0, count("""
                SELECT count(*) FROM village v WHERE (SELECT count(*) FROM post p WHERE p.village_id = v.id
                AND p.category = '村两委' AND p.end_date IS NULL) < 4"""));
        assertEquals(0, count("""
                SELECT count(*) FROM village v WHERE NOT EXISTS (SELECT 1 FROM post p WHERE p.village_id = v.id
                AND p.post_type = '村党组织书记' AND p.end_date IS NULL)"""));
        assertEquals(0, count("""
                SELECT count(*) FROM village v WHERE NOT EXISTS (SELECT 1 FROM reserve_cadre r WHERE r.village_id = v.id)"""));
        long meeting = count("""
                SELECT count(*) FROM village v WHERE
                (SELECT count(*) FROM reserve_cadre r WHERE r.village_id = v.id) >= 2
                AND EXISTS (SELECT 1 FROM reserve_cadre r JOIN person p ON p.id = r.person_id WHERE r.village_id = v.id
                    AND p.edu_fulltime NOT IN ('初中', '小学')
                    AND (strftime('%Y', '2026-11-01') - substr(p.birth_date, 1, 4)) BETWEEN 36 AND 46)""");
        assertTrue(meeting >= 1 && meeting < summary.villages(), "villages meeting the reserve rule: " + meeting);
        assertTrue(count("SELECT count(*) FROM post WHERE one_shoulder = 1") > 0);
        assertTrue(count("SELECT count(*) FROM post WHERE cross_post = 1") >= 0);
        assertTrue(count("SELECT count(*) FROM post WHERE post_type = '第一书记' AND dispatch_unit IS NOT NULL"
                + " AND dispatch_level IS NOT NULL") >= 1);
        long fromHouseholds = count("""
                SELECT count(DISTINCT p.person_id) FROM post p WHERE p.category = '村两委'
                AND EXISTS (SELECT 1 FROM member m WHERE m.person_id = p.person_id)""");
        long twoCommittees = count("SELECT count(DISTINCT person_id) FROM post WHERE category = '村两委'");
        assertTrue(fromHouseholds * 2 > twoCommittees, "most 村两委 members are household members");
        assertEquals(2, count("""
                SELECT count(*) FROM grid g WHERE NOT EXISTS (SELECT 1 FROM post p WHERE p.grid_id = g.id
                AND p.post_type = '网格员')"""), "two grids are left without a 网格员");
        assertTrue(count("SELECT count(*) FROM grid WHERE grid_type = '专属网格'") >= 1);
        assertEquals(0, count("SELECT count(*) FROM grid g JOIN village v ON v.id = g.village_id"
                + " WHERE length(g.code) <> 15 OR substr(g.code, 1, 12) <> v.code"));
        assertEquals(0, count("SELECT count(*) FROM village WHERE CAST(substr(code, 10, 3) AS INTEGER) NOT BETWEEN 200 AND 399"));
        long ages = count("""
                SELECT count(DISTINCT CASE WHEN a <= 35 THEN 1 WHEN a <= 45 THEN 2 WHEN a <= 55 THEN 3 ELSE 4 END)
                FROM (SELECT 2026 - substr(p.birth_date, 1, 4) AS a FROM post po JOIN person p ON p.id = po.person_id
                      WHERE po.category = '村两委')""");
        assertTrue(ages >= 3, "村两委 ages spread over the R2 buckets");
    }

    @Test
    void aDatabaseThatAlreadyHasATownshipIsRefused() {
        Path file = dir.resolve("set-up.db");
        try (AppServices app = AppServices.open(file)) {
            app.township().setUp(new Township("130179201", "测试乡", "130179", "测试县"),
                    List.of(new Village(0, "130179201201", "测试村", "村")));
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> app.demo().generate(50, 1, REF, Progress.NONE));
            assertTrue(e.getMessage().contains("空数据库"), e.getMessage());
        }
    }

    @Test
    void cancellingLeavesTheDatabaseEmpty() {
        Path file = dir.resolve("cancel.db");
        try (AppServices app = AppServices.open(file)) {
            Progress cancelAfterStart = new Progress() {
                private int updates;

                @Override
                public void update(long done, long total, String message) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates >= 2;
                }
            };
            assertThrows(Progress.CancelledException.class, () -> app.demo().generate(1200, 1, REF, cancelAfterStart));
            assertFalse(app.township().isSetUp());
            // and the same database still takes the demo afterwards
            assertEquals(3, app.demo().generate(30, 1, REF, Progress.NONE).villages());
        }
    }

    @Test
    void ageAndHouseholdSizeDistributionsArePlausible() {
        long sizes = count("SELECT count(DISTINCT n) FROM (SELECT count(*) n FROM member GROUP BY household_id)");
        assertEquals(7, sizes, "household sizes 1–7");
        long children = count("SELECT count(*) FROM person WHERE birth_date > '2008-11-01'");
        long elderly = count("SELECT count(*) FROM person WHERE birth_date < '1961-11-01'");
        assertTrue(children > 0 && elderly > 0);
        assertTrue(Period.between(LocalDate.parse(read(c -> Queries.string(c, "SELECT min(birth_date) FROM person"))),
                REF).getYears() < 100);
    }

    @Test
    void theSampleFileIsTheGeneratorsOutput() throws Exception {
        String committed = java.nio.file.Files.readString(DemoSampleCsv.DEFAULT_FILE, StandardCharsets.UTF_8);
        assertEquals(DemoSampleCsv.content(), committed,
                "regenerate with: java -cp target/classes cn.gridledger.logic.demo.DemoSampleCsv");
        assertTrue(committed.startsWith("\uFEFF序号,村,网格编号"));
    }
}
