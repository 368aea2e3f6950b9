package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.sampledata.SampleTownship;
import cn.gridledger.testing.LedgerEdits;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-importing a household ledger in which a member no longer appears: the import lists that person as
 * 可能迁出/死亡 and ends the membership only when the user chose a reason for them.
 */
class MissingMembersImportTest {

    private static final Path ledger = Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx");

    @TempDir
    Path dir;

    @Test
    void aMemberLeftOutOfTheFileIsListedAndEndedOnlyWhenChosen() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        Path shorter = dir.resolve("少一人.xlsx");
        String dropped = LedgerEdits.withoutFirstNonHead(ledger, shorter);
        try (AppServices app = AppServices.open(db)) {
            ImportService.Options options = ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false);
            app.importer().importFile(ledger, options, Progress.NONE);

            ImportReport full = app.importer().analyse(ledger, options, Progress.NONE);
            assertTrue(full.missingMembers().isEmpty(), "the same file again lists nobody: " + full.missingMembers());

            ImportReport preview = app.importer().analyse(shorter, options, Progress.NONE);
            List<MissingMember> missing = preview.missingMembers();
            assertEquals(List.of(dropped), missing.stream().map(MissingMember::name).toList());

            // without a choice the person stays in the household
            app.importer().importFile(shorter, options, Progress.NONE);
            assertNull(endReason(db, missing.get(0).memberId()));

            MemberDeparture notListed = new MemberDeparture(-1, DepartureReason.迁出, LocalDate.of(2026, 11, 1), null);
            assertThrows(RuntimeException.class,
                    () -> app.importer().importFile(shorter, options.departures(List.of(notListed)), Progress.NONE));

            MemberDeparture chosen = new MemberDeparture(missing.get(0).memberId(), DepartureReason.死亡,
                    LocalDate.now(), null);
            ImportReport done = app.importer().importFile(shorter, options.departures(List.of(chosen)), Progress.NONE);
            assertTrue(done.rows().size() > 0);
        }
        assertEquals("死亡", endReason(db, chosenId(db, dropped)));
    }

    @Test
    void aMemberEndedElsewhereAfterThePreviewIsNotEndedTwice() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        Path shorter = dir.resolve("少一人.xlsx");
        LedgerEdits.withoutFirstNonHead(ledger, shorter);
        try (AppServices app = AppServices.open(db)) {
            ImportService.Options options = ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false);
            app.importer().importFile(ledger, options, Progress.NONE);
            MissingMember m = app.importer().analyse(shorter, options, Progress.NONE).missingMembers().get(0);

            // meanwhile someone ends the membership in the editor (as 迁出, without this import)
            execute(db, "UPDATE member SET ended_on = '2026-10-01', end_reason = '迁出' WHERE id = " + m.memberId());

            MemberDeparture chosen = new MemberDeparture(m.memberId(), DepartureReason.死亡, LocalDate.now(), null);
            cn.gridledger.logic.UserFacingException refused = assertThrows(cn.gridledger.logic.UserFacingException.class,
                    () -> app.importer().importFile(shorter, options.departures(List.of(chosen)), Progress.NONE));
            assertTrue(refused.getMessage().contains("重新预览"), refused.getMessage());
        }
        assertEquals("迁出", endReason(db, endedMeanwhile(db)));
        assertEquals(0, count(db, "SELECT count(*) FROM status_event WHERE event_type = '死亡'"),
                "no 死亡 event for a member that was no longer current");
    }

    private static long endedMeanwhile(Path db) throws Exception {
        return count(db, "SELECT id FROM member WHERE ended_on = '2026-10-01'");
    }

    private static void execute(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static String endReason(Path db, long memberId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT end_reason FROM member WHERE id = " + memberId)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static long chosenId(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.id FROM member m JOIN person p ON p.id = m.person_id "
                     + "WHERE p.name = '" + name + "' AND m.ended_on IS NOT NULL")) {
            assertTrue(rs.next(), name + " has an ended membership");
            return rs.getLong(1);
        }
    }
}
