package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.demo.DemoGenerator;
import cn.gridledger.logic.report.CountyTable;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.service.CountyService.ImportOutcome;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.model.Quarter;

/** County consolidation (#16): two demo townships' 县级汇总包 into a county database, R1–R5 across them. */
class CountyConsolidationTest {

    private static final Quarter Q = Quarter.parse("2026Q3");

    @TempDir
    Path dir;

    private Path usb;

    @BeforeEach
    void townships() throws Exception {
        usb = Files.createDirectories(dir.resolve("usb"));
        for (int i = 0; i < 2; i++) {
            try (AppServices t = township(i)) {
                t.demo().generate(300 + 100 * i, i + 1, DemoGenerator.defaultReferenceDate(), i, Progress.NONE);
                t.accounts().createFirstAdministrator("admin" + i, "管理员", "secret-123");
            }
        }
    }

    private AppServices township(int i) {
        AppServices app = AppServices.open(dir.resolve("township" + i + "/gridledger.db"));
        if (app.accounts().hasAccounts()) {
            app.accounts().login("admin" + i, "secret-123");
        }
        return app;
    }

    private Path snapshot(int i) {
        try (AppServices t = township(i)) {
            return t.county().exportSnapshot(usb.resolve("t" + i + "-" + System.nanoTime() + ".glx")).file();
        }
    }

    private AppServices county() {
        AppServices c = AppServices.open(dir.resolve("county/县级汇总.db"));
        if (c.county().countyName().isEmpty()) {
            c.county().init("云禾县");
        }
        return c;
    }

    @Test
    void twoTownshipsConsolidateWithATownshipColumnSubtotalsAndACountyTotal() throws Exception {
        Path p0 = snapshot(0);
        Path p1 = snapshot(1);
        long[][] own = new long[2][];
        for (int i = 0; i < 2; i++) {
            try (AppServices t = township(i)) {
                own[i] = households(total(t.reports().table(ReportKind.GRID_SUMMARY, new Request(Q, null, null))));
            }
        }
        try (AppServices c = county()) {
            List<ImportOutcome> outcomes = c.county().importSnapshots(List.of(p0, p1), Progress.NONE);
            assertTrue(outcomes.stream().allMatch(ImportOutcome::imported), outcomes.toString());
            CountyService.Status s = c.county().status();
            assertEquals(List.of("130179201", "130179202"), s.townships().stream().map(CountyService.HeldCopy::code).toList());
            assertEquals("白杨岭乡", s.townships().get(0).name());

            ReportTable r1 = c.county().table(ReportKind.GRID_SUMMARY, Q);
            assertEquals("云禾县2026年第3季度网格基本情况统计表（分乡镇汇总）", r1.title());
            assertEquals("乡镇", r1.leaves().get(1).label());
            List<ReportRow> rows = CountyTable.all(r1);
            List<ReportRow> subtotals = rows.stream().filter(r -> r.kind() == ReportRow.Kind.TOTAL).toList();
            assertEquals(3, subtotals.size(), "two 小计 and the county's 合计");
            assertEquals(List.of("", "白杨岭乡", "小计"), subtotals.get(0).cells().subList(0, 3));
            assertEquals(List.of("", "青石镇", "小计"), subtotals.get(1).cells().subList(0, 3));
            assertEquals("合计", subtotals.get(2).cells().get(1));
            // the 户数 column (leaf 9 of the county table): each 小计 is the township's own 合计, the county adds them
            assertEquals(own[0][0], subtotals.get(0).cells().get(9));
            assertEquals(own[1][0], subtotals.get(1).cells().get(9));
            assertEquals(own[0][0] + own[1][0], subtotals.get(2).cells().get(9));
            ReportRow first = rows.get(0);
            assertEquals("1", first.cells().get(0));
            assertEquals("白杨岭乡", first.cells().get(1));
            long villages = rows.stream().filter(ReportRow::isRecord).count();
            assertEquals(rows.stream().filter(ReportRow::isRecord).map(r -> r.cells().get(0)).distinct().count(), villages,
                    "序号 runs on across the townships");

            for (ReportKind kind : CountyService.REPORTS) {
                ReportTable t = c.county().table(kind, Q);
                assertEquals(t.leaves().size(), CountyTable.all(t).stream().filter(ReportRow::isRecord).findFirst()
                        .map(r -> r.cells().size()).orElse(t.leaves().size()), kind + ": a cell per column");
            }
            // the reports read the copies without leaving -wal/-shm files; a removed township leaves nothing
            c.county().remove("130179202");
            try (var files = Files.list(c.county().folder())) {
                assertEquals(List.of("130179201.db"), files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertEquals(1, c.county().status().townships().size());
        }
    }

    private static ReportRow total(ReportTable t) {
        return CountyTable.all(t).stream().filter(r -> r.kind() == ReportRow.Kind.TOTAL).findFirst().orElseThrow();
    }

    /** The 户数 of R1's 合计 (column 8 of the township's table). */
    private static long[] households(ReportRow total) {
        return new long[] {(Long) total.cells().get(8)};
    }

    @Test
    void theSamePackageTwiceChangesNothingAndANewerOneReplacesTheCopy() {
        Path first = snapshot(0);
        try (AppServices c = county()) {
            assertTrue(c.county().importSnapshots(List.of(first), Progress.NONE).get(0).imported());
            long before = c.county().status().households();
            ImportOutcome again = c.county().importSnapshots(List.of(first), Progress.NONE).get(0);
            assertFalse(again.imported());
            assertTrue(again.refusal().contains("已导入过"), again.refusal());
            assertEquals(before, c.county().status().households());
        }
        try (AppServices t = township(0)) {
            String id = t.search().search("", new HouseholdFilter(null, null, Set.of(), null)).get(0).id();
            t.households().delete(id);
        }
        Path second = snapshot(0);
        try (AppServices c = county()) {
            long before = c.county().status().households();
            ImportOutcome o = c.county().importSnapshots(List.of(first, second), Progress.NONE).stream()
                    .filter(ImportOutcome::imported).findFirst().orElseThrow();
            assertTrue(o.replaced());
            assertEquals(2, o.snapshotNo());
            assertEquals(before - 1, c.county().status().households());
            ImportOutcome older = c.county().importSnapshots(List.of(first), Progress.NONE).get(0);
            assertTrue(older.refusal().contains("比已导入的第 2 号旧"), older.refusal());
        }
    }

    @Test
    void aDamagedOrEditedPackageIsRefusedAndTheHeldCopyStays() throws Exception {
        Path good = snapshot(0);
        try (AppServices c = county()) {
            c.county().importSnapshots(List.of(good), Progress.NONE);
        }
        Path newer = snapshot(0); // number 2: only the file's damage can refuse it
        byte[] bytes = Files.readAllBytes(newer);
        Path truncated = usb.resolve("truncated.glx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path flipped = usb.resolve("flipped.glx");
        byte[] edited = bytes.clone();
        edited[bytes.length / 2] ^= 0x5a;
        Files.write(flipped, edited);
        try (AppServices c = county()) {
            List<ImportOutcome> o = c.county().importSnapshots(List.of(truncated, flipped), Progress.NONE);
            assertTrue(o.get(0).refusal().contains("不完整或已损坏"), o.get(0).refusal());
            assertTrue(o.get(1).refusal().contains("县级汇总包"), o.get(1).refusal());
            assertEquals(1, c.county().status().townships().get(0).snapshotNo(), "the copy held is the first");
            try (var files = Files.list(c.county().folder())) {
                assertEquals(List.of("130179201.db"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                        "no half-written copy is left behind");
            }
        }
    }

    @Test
    void aSignedPackageWhoseDatabaseIsNotOneIsRefusedAndLeavesNothing() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.db"), "这不是数据库".repeat(2000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String[] keys = cn.gridledger.logic.exchange.Keys.generate();
        Path file = usb.resolve("signed-garbage.glx");
        try (var out = Files.newOutputStream(file)) {
            cn.gridledger.logic.county.SnapshotFormat.write(new cn.gridledger.logic.county.SnapshotManifest(
                    cn.gridledger.logic.county.SnapshotManifest.VERSION, "x", keys[1], "130179209", "某乡", "云禾县", 1,
                    "2026-12-07T10:00:00", "某人", 1, 1, 1, null), garbage, keys[0], out);
        }
        try (AppServices c = county()) {
            ImportOutcome o = c.county().importSnapshots(List.of(file), Progress.NONE).get(0);
            assertFalse(o.imported());
            assertTrue(o.refusal().contains("某乡的县级汇总包中的数据库无法打开"), o.refusal());
            assertTrue(c.county().status().townships().isEmpty());
            try (var files = Files.list(c.county().folder())) {
                assertEquals(0, files.count(), "no temporary file, lock or backup left behind");
            }
        }
    }

    @Test
    void accountsAuditAndKeysStayInTheTownship() throws Exception {
        Path p = snapshot(0);
        try (AppServices c = county()) {
            c.county().importSnapshots(List.of(p), Progress.NONE);
            Path copy = c.county().folder().resolve("130179201.db");
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                for (String table : List.of("app_user", "audit_log", "exchange_identity", "exchange_partner", "exchange_base")) {
                    assertEquals(0, count(db, "SELECT count(*) FROM " + table), table);
                }
                assertTrue(count(db, "SELECT count(*) FROM household") >= 300);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    @Test
    void anotherComputerCannotSpeakForARegisteredTownship() throws Exception {
        Path mine = snapshot(0);
        Path impostorDb = dir.resolve("impostor/gridledger.db");
        Files.createDirectories(impostorDb.getParent());
        Files.copy(dir.resolve("township0/gridledger.db"), impostorDb);
        Path theirs;
        try (AppServices other = AppServices.open(impostorDb)) {
            other.accounts().login("admin0", "secret-123");
            other.exchange().init("白杨岭乡", null, true); // a copy that takes keys of its own
            theirs = other.county().exportSnapshot(usb.resolve("impostor.glx")).file();
        }
        try (AppServices c = county()) {
            assertTrue(c.county().importSnapshots(List.of(mine), Progress.NONE).get(0).imported());
            ImportOutcome o = c.county().importSnapshots(List.of(theirs), Progress.NONE).get(0);
            assertFalse(o.imported());
            assertTrue(o.refusal().contains("另一台电脑"), o.refusal());
        }
    }

    @Test
    void onlyTheTownshipExportsAndOnlyAnEmptyDatabaseBecomesACounty() throws Exception {
        try (AppServices t = township(0)) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> t.county().init("云禾县"));
            assertTrue(e.getMessage().contains("单独的新数据库"), e.getMessage());
        }
        try (AppServices c = county()) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> c.county().exportSnapshot(usb.resolve("x.glx")));
            assertTrue(e.getMessage().contains("还没有设置乡镇"), e.getMessage());
            assertThrows(UserFacingException.class, () -> c.county().table(ReportKind.GRID_SUMMARY, Q),
                    "no township held yet");
            assertThrows(UserFacingException.class, () -> c.county().table(ReportKind.HOUSEHOLD_LEDGER, Q));
        }
        Path p = snapshot(0);
        try (AppServices t = township(1)) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> t.exchange().importPackage(p));
            assertTrue(e.getMessage().contains("县级汇总包，不是交换包"), e.getMessage());
        }
    }
}
