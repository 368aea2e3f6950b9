package cn.gridledger.logic.exchange;

import static cn.gridledger.logic.exchange.TwoLaptops.H1;
import static cn.gridledger.logic.exchange.TwoLaptops.H2;
import static cn.gridledger.logic.exchange.TwoLaptops.H3;
import static cn.gridledger.logic.exchange.TwoLaptops.H4;
import static cn.gridledger.logic.exchange.TwoLaptops.H9;
import static cn.gridledger.logic.exchange.TwoLaptops.NOTES_A;
import static cn.gridledger.logic.exchange.TwoLaptops.NOTES_B;
import static cn.gridledger.logic.exchange.TwoLaptops.RENUMBERED;
import static cn.gridledger.logic.exchange.TwoLaptops.SPLIT;
import static cn.gridledger.logic.exchange.TwoLaptops.TOWNSHIP;
import static cn.gridledger.logic.exchange.TwoLaptops.dump;
import static cn.gridledger.logic.exchange.TwoLaptops.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ExchangeService;
import cn.gridledger.logic.service.ExchangeService.ConflictInfo;
import cn.gridledger.logic.service.HouseholdChangeService;

/**
 * #16: the township's database and a grid worker's laptop, edited independently and exchanged both ways in both
 * orders, end identical; the one field changed differently on both sides is listed as a conflict; a package
 * imported twice, truncated, edited or reaching outside the grid worker's grids changes nothing.
 */
class ExchangeTest {

    @TempDir
    Path dir;

    @Test
    void townshipFirstThenLaptopEndIdenticalWithTheConflictOnTheLaptop() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            t.townshipToLaptop();
            t.laptopToTownship();
            assertIdentical(t);
            assertTrue(t.a.exchange().conflicts().isEmpty());
            List<ConflictInfo> onLaptop = t.b.exchange().conflicts();
            assertEquals(1, onLaptop.size(), onLaptop.toString());
            ConflictInfo c = onLaptop.get(0);
            assertEquals("notes", c.field());
            assertEquals("备注", c.fieldLabel());
            assertEquals(NOTES_B, c.mine());
            assertEquals(NOTES_A, c.theirs());
            assertEquals(TOWNSHIP, c.partner());
            assertTrue(c.record().contains(H2), c.record());
            // the conflict's holder keeps its value until resolved, and the other side has taken it
            assertEquals(NOTES_B, notes(t.aFile, H2));
            assertEdits(t);
        }
    }

    @Test
    void laptopFirstThenTownshipEndIdenticalWithTheConflictAtTheTownship() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            t.laptopToTownship();
            t.townshipToLaptop();
            assertIdentical(t);
            assertTrue(t.b.exchange().conflicts().isEmpty());
            List<ConflictInfo> atTownship = t.a.exchange().conflicts();
            assertEquals(1, atTownship.size(), atTownship.toString());
            assertEquals(NOTES_A, atTownship.get(0).mine());
            assertEquals(NOTES_B, atTownship.get(0).theirs());
            assertEquals(TwoLaptops.LAPTOP, atTownship.get(0).partner());
            assertEquals(NOTES_A, notes(t.bFile, H2));
            assertEdits(t);
        }
    }

    /** What each side did arrived at the other, whatever the order. */
    private static void assertEdits(TwoLaptops t) throws Exception {
        for (Path f : List.of(t.aFile, t.bFile)) {
            assertEquals("13911111111|安恕村 1 号", one(f, "SELECT phone || '|' || address FROM household WHERE hh_number = '" + H1 + "'"));
            assertNotNull(one(f, "SELECT deleted_at FROM household WHERE hh_number = '" + H3 + "'"), "soft delete on " + f);
            assertEquals("太平路 4 号", one(f, "SELECT address FROM household WHERE hh_number = '" + H4 + "'"));
            assertEquals(RENUMBERED, one(f, "SELECT g.code FROM household h JOIN grid g ON g.id = h.grid_id WHERE hh_number = '" + H9 + "'"));
            assertEquals("2026-11-03|迁出", one(f, """
                    SELECT m.ended_on || '|' || m.end_reason FROM member m JOIN person p ON p.id = m.person_id
                    WHERE p.name = '王芳'"""));
            assertEquals("张小明", one(f, """
                    SELECT p.name FROM member m JOIN person p ON p.id = m.person_id JOIN household h ON h.id = m.household_id
                    WHERE h.hh_number = '""" + SPLIT + "' AND m.relation = '户主'"));
            assertEquals("2", one(f, "SELECT count(*) FROM member m JOIN person p ON p.id = m.person_id WHERE p.name = '张小明'"));
        }
    }

    @Test
    void resolvingAConflictTravelsBackAndBothSidesAgreeOnTheChosenValue() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            t.laptopToTownship();
            long id = t.a.exchange().conflicts().get(0).id();
            t.a.exchange().resolve(id, ExchangeService.Keep.THEIRS);
            assertEquals(NOTES_B, notes(t.aFile, H2));
            UserFacingException twice = assertThrows(UserFacingException.class,
                    () -> t.a.exchange().resolve(id, ExchangeService.Keep.MINE));
            assertTrue(twice.getMessage().contains("已经处理过"), twice.getMessage());
            for (int round = 0; round < 2; round++) {
                t.townshipToLaptop();
                t.laptopToTownship();
            }
            assertIdentical(t);
            assertEquals(NOTES_B, notes(t.bFile, H2));
            assertTrue(t.a.exchange().conflicts().isEmpty());
            assertTrue(t.b.exchange().conflicts().isEmpty());
            assertTrue(t.a.audit().history("农户", t.ids.get(H2)).stream().anyMatch(e -> e.summary().contains("采用“" + TwoLaptops.LAPTOP)));
        }
    }

    @Test
    void resolveAllKeepsMineAndTheValueReachesTheOtherSide() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            t.townshipToLaptop();
            assertEquals(1, t.b.exchange().resolveAll(ExchangeService.Keep.MINE));
            assertEquals(0, t.b.exchange().resolveAll(ExchangeService.Keep.MINE));
            t.laptopToTownship();
            t.townshipToLaptop();
            assertIdentical(t);
            assertEquals(NOTES_B, notes(t.aFile, H2));
        }
    }

    @Test
    void importingThePackageTwiceChangesNothingAndSaysSo() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            t.a.exchange().importPackage(p);
            List<String> before = dump(t.aFile);
            UserFacingException again = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(p));
            assertTrue(again.getMessage().startsWith("此交换包已导入过"), again.getMessage());
            assertThrows(UserFacingException.class, () -> t.a.exchange().preview(p));
            assertEquals(before, dump(t.aFile));
        }
    }

    @Test
    void thePreviewCountsWithoutWriting() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            List<String> before = dump(t.aFile);
            ExchangeService.Preview preview = t.a.exchange().preview(p);
            assertEquals(before, dump(t.aFile));
            assertEquals(TwoLaptops.LAPTOP, preview.sender());
            assertEquals(1, preview.conflicts().size(), preview.toString());
            assertEquals("备注", preview.conflicts().get(0).field());
            assertTrue(preview.newRecords() >= 2 + 2 + 1, preview.toString()); // H9 and the split household, their members…
            assertTrue(preview.changedRecords() >= 2, preview.toString()); // H1's address, 王芳 ended, 张小明 ended
            assertTrue(preview.refusals().isEmpty());
            var done = t.a.exchange().importPackage(p).preview();
            assertEquals(preview.countsLine(), done.countsLine());
        }
    }

    @Test
    void aTruncatedOrEditedPackageIsRefusedInChineseAndNothingIsWritten() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            Path good = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            byte[] bytes = Files.readAllBytes(good);
            List<String> before = dump(t.aFile);
            long backups = t.a.backup().backups().size();

            Path truncated = dir.resolve("truncated.glx");
            Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
            assertRefused(t, truncated, "交换包不完整或已损坏");

            Path notZip = dir.resolve("note.glx");
            Files.writeString(notZip, "这不是交换包");
            assertRefused(t, notZip, "交换包不完整或已损坏");

            Path flipped = dir.resolve("flipped.glx");
            byte[] f = bytes.clone();
            int data = indexOf(f, PackageFormat.DATA.getBytes(StandardCharsets.US_ASCII)) + PackageFormat.DATA.length() + 40;
            f[data] ^= 0x5A;
            Files.write(flipped, f);
            assertRefused(t, flipped, "交换包已被修改，签名不符");

            Path edited = dir.resolve("edited.glx");
            rewriteManifest(good, edited, m -> m.replace("\"package_no\" : 2", "\"package_no\" : 7"));
            assertRefused(t, edited, "交换包已被修改，签名不符");

            Path otherVersion = dir.resolve("v2.glx");
            rewriteManifest(good, otherVersion, m -> m.replace("\"format_version\" : 1", "\"format_version\" : 2"));
            assertRefused(t, otherVersion, "格式版本为 2");

            assertEquals(before, dump(t.aFile));
            assertEquals(backups, t.a.backup().backups().size(), "no pre-import backup for a refused file");
            t.a.exchange().importPackage(good); // the intact file still imports
        }
    }

    @Test
    void aGridWorkersPackageThatReachesOutsideItsGridsIsRefusedWithTheList() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            // on the laptop, a household of the worker's grid is moved to another grid (a township's decision)
            t.b.householdChanges().moveToGrid(new HouseholdChangeService.GridMove(t.ids.get(H2), t.grids.get(1).id(),
                    java.time.LocalDate.of(2026, 11, 20), null));
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            List<String> before = dump(t.aFile);
            ExchangeService.Preview preview = t.a.exchange().preview(p);
            // the household, and its member, event and grid-history records that travel with the move
            assertEquals("农户 " + H2 + " 李四户（网格 " + RENUMBERED + " → " + t.grids.get(1).code() + "）", preview.refusals().get(0));
            assertTrue(preview.refusals().stream().allMatch(r -> r.contains(H2 + " 李四户")), preview.refusals().toString());
            UserFacingException e = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(p));
            assertTrue(e.getMessage().contains("以外的记录，整个交换包未导入"), e.getMessage());
            assertTrue(e.getMessage().contains(H2) && e.getMessage().contains(t.grids.get(1).code()), e.getMessage());
            assertEquals(before, dump(t.aFile));
        }
    }

    @Test
    void aPackageFromThisInstallationItselfOrForAnotherIsRefused() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            Path own = t.a.exchange().export(TwoLaptops.LAPTOP, t.file("a")).file();
            UserFacingException self = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(own));
            assertTrue(self.getMessage().contains("本机自己导出"), self.getMessage());

            // a second copy of the township's file that skipped `init --copy` still carries the township's identity
            Path third = dir.resolve("third/gridledger.db");
            Files.createDirectories(third.getParent());
            t.a.backup().backupTo(third);
            try (AppServices c = AppServices.open(third)) {
                UserFacingException copy = assertThrows(UserFacingException.class, () -> c.exchange().importPackage(own));
                assertTrue(copy.getMessage().contains("--copy"), copy.getMessage());
                UserFacingException init = assertThrows(UserFacingException.class,
                        () -> c.exchange().init("太平一网格", List.of(), false));
                assertTrue(init.getMessage().contains("--copy"), init.getMessage());
            }
        }
    }

    @Test
    void anImportCanBeUndoneWhileItIsTheLatestChangeAndThenImportedAgain() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            List<String> before = dump(t.aFile);
            t.a.exchange().importPackage(p);
            t.a.exchange().undoLastImport();
            assertEquals(before, dump(t.aFile));
            t.a.exchange().importPackage(p);
            assertEquals(NOTES_A, notes(t.aFile, H2));
            assertNull(one(t.aFile, "SELECT deleted_at FROM household WHERE hh_number = '" + H1 + "'"));
        }
    }

    @Test
    void anImportCanBeUndoneAfterTheProgramWasRestartedFromWhatTheAuditLogRecords() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            t.editBoth();
            Path p = t.b.exchange().export(TOWNSHIP, t.file("b")).file();
            List<String> before = dump(t.aFile);
            t.a.exchange().importPackage(p);
            t.a.close();
            t.a = AppServices.open(t.aFile); // a new run: nothing of the import is held in memory
            t.a.exchange().undoLastImport();
            assertEquals(before, dump(t.aFile));
            t.a.close();
            t.a = AppServices.open(t.aFile);
            // the undo is the latest change now (the restored file still holds the laptop's first import)
            UserFacingException again = assertThrows(UserFacingException.class, () -> t.a.exchange().undoLastImport());
            assertTrue(again.getMessage().contains("导入后已有其他修改"), again.getMessage());
            t.a.exchange().importPackage(p);
            TwoLaptops.edit(t.a, H4, h -> TwoLaptops.with(h, "太平路 5 号", h.phone(), h.notes()));
            t.a.close();
            t.a = AppServices.open(t.aFile);
            UserFacingException changed = assertThrows(UserFacingException.class, () -> t.a.exchange().undoLastImport());
            assertTrue(changed.getMessage().contains("导入后已有其他修改"), changed.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void assertIdentical(TwoLaptops t) throws Exception {
        List<String> a = dump(t.aFile);
        List<String> b = dump(t.bFile);
        if (!a.equals(b)) {
            StringBuilder diff = new StringBuilder();
            for (String line : a) {
                if (!b.contains(line)) {
                    diff.append("A only: ").append(line).append('\n');
                }
            }
            for (String line : b) {
                if (!a.contains(line)) {
                    diff.append("B only: ").append(line).append('\n');
                }
            }
            throw new AssertionError("the two databases differ:\n" + diff);
        }
    }

    private static String notes(Path file, String hh) throws Exception {
        return one(file, "SELECT notes FROM household WHERE hh_number = '" + hh + "'");
    }

    private static void assertRefused(TwoLaptops t, Path file, String message) {
        UserFacingException e = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(file));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void rewriteManifest(Path from, Path to, java.util.function.UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of(PackageFormat.MANIFEST, PackageFormat.DATA, PackageFormat.SIGNATURE)) {
                byte[] content = zip.getInputStream(zip.getEntry(name)).readAllBytes();
                if (name.equals(PackageFormat.MANIFEST)) {
                    String before = new String(content, StandardCharsets.UTF_8);
                    String after = edit.apply(before);
                    assertTrue(!after.equals(before), "the edit applies: " + before);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(name));
                z.write(content);
                z.closeEntry();
            }
        }
        Files.write(to, out.toByteArray());
    }

    /** 报送 (#15): a laptop's change that reaches a quarter the township submitted needs the township's reason. */
    @Test
    void aPackageThatReachesASubmittedQuarterNeedsAReason() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            cn.gridledger.model.Quarter q3 = new cn.gridledger.model.Quarter(2026, 3);
            cn.gridledger.testing.SubmittedLedger.submit(t.a, dir, q3, cn.gridledger.logic.report.ReportKind.GRID_SUMMARY);
            // on the laptop (which knows nothing of the submission) 王芳 is recorded as gone in August
            var h2 = t.b.households().load(TwoLaptops.idOf(t.b, H2));
            long wang = TwoLaptops.memberId(t.b, H2, "王芳");
            t.b.households().save(new cn.gridledger.model.HouseholdDetail(h2.household(), h2.members().stream()
                    .filter(m -> m.id() != wang).toList(), h2.monitoring(), h2.awards(), h2.pointsEntries(), h2.redemptions()),
                    List.of(new cn.gridledger.model.MemberDeparture(wang, cn.gridledger.model.code.DepartureReason.迁出,
                            java.time.LocalDate.of(2026, 8, 20), null)), List.of());
            Path pkg = t.b.exchange().export(TOWNSHIP, t.file("late")).file();

            List<String> late = t.a.exchange().preview(pkg).lateEdits();
            assertTrue(late.stream().anyMatch(l -> l.contains("王芳") && l.endsWith("（2026年第3季度）")), late.toString());
            List<String> before = dump(t.aFile);
            cn.gridledger.logic.service.SubmittedQuarterException refused = assertThrows(
                    cn.gridledger.logic.service.SubmittedQuarterException.class, () -> t.a.exchange().importPackage(pkg));
            assertEquals(late, refused.facts());
            assertEquals(before, dump(t.aFile), "nothing is written without the reason");

            t.a.exchange().importPackage(pkg, "网格员核实后补报");
            assertEquals(1, t.a.households().load(TwoLaptops.idOf(t.a, H2)).members().size());
            assertEquals(late.size(), t.a.submissions().lateEdits().size());
            assertTrue(t.a.submissions().lateEdits().stream().allMatch(e -> e.reason().equals("网格员核实后补报")));
        }
    }
}
