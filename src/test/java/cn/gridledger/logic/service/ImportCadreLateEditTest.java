package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.model.LateEdit;
import cn.gridledger.testing.CadreRosterFile;
import cn.gridledger.testing.SubmittedLedger;

/**
 * 报送 (#15) for the cadre roster import: a new post whose 任职时间 lies in the submitted 2026Q3 (or before it:
 * reports count the posts held on the quarter's last day), a new 后备力量 entry of the quarter and a 任职时间
 * moved into it are refused without a reason, nothing written; the dry run lists them; with a reason the
 * import commits and each fact is kept in late_edit, worded as the cadre form words it. Posts of the fourth
 * quarter need none.
 */
class ImportCadreLateEditTest {

    static final String REASON = "任职文件核实后补录";
    static final List<String> LATE = List.of("张新 两委委员 任职 2026.08.01（2026年第3季度）",
            "储六 后备力量 入库 2026.09.01（2026年第3季度）");

    @TempDir
    Path dir;

    Path db;
    AppServices app;
    final ImportService.Options options = ImportService.Options.of(RosterKind.CADRE, null, false, false);

    @BeforeEach
    void open() throws Exception {
        db = SubmittedLedger.create(dir.resolve("r.db"), dir);
        app = AppServices.open(db);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aPostAndAReserveEntryOfTheSubmittedQuarterAreRefusedWithoutAReasonAndKeptWithOne() throws Exception {
        Path file = new CadreRosterFile().post("张新", "男", "1990.05", "安恕村", "村党组织委员", "2026.08")
                .reserve("储六", "女", "1995.03", "安恕村", "2026.09").write(dir.resolve("late.xlsx"));
        String before = state();
        assertEquals("posts 14 · reserves 5 · late edits 0", before);

        SubmittedQuarterException refused = assertThrows(SubmittedQuarterException.class,
                () -> app.importer().importFile(file, options, Progress.NONE));
        assertTrue(refused.getMessage().startsWith("这次修改涉及已报送的2026年第3季度，需填写修改原因"), refused.getMessage());
        assertEquals(LATE, refused.facts());
        assertEquals(before, state(), "a refused import writes nothing");
        assertFalse(app.importer().undoState().possible(), "a refused import is not one to undo");

        ImportReport dry = app.importer().analyse(file, options, Progress.NONE);
        assertEquals(LATE, dry.lateEdits());
        assertFalse(dry.committed());
        assertEquals(before, state());

        ImportReport done = app.importer().importFile(file, options.lateEditReason(REASON), Progress.NONE);
        assertTrue(done.committed(), done.countsLine());
        assertEquals(2, done.newRows(), done.countsLine());
        assertEquals(LATE, done.lateEdits());
        assertEquals("posts 15 · reserves 6 · late edits 2", state());
        List<LateEdit> kept = app.submissions().lateEdits();
        assertEquals(List.of("张新 两委委员 任职", "储六 后备力量 入库"), kept.stream().map(LateEdit::what).toList());
        assertEquals(List.of("干部职务", "后备力量"), kept.stream().map(LateEdit::factKind).toList());
        assertTrue(kept.stream().allMatch(e -> e.reason().equals(REASON) && e.quarter().equals(SubmittedLedger.Q3)
                && e.householdId() == null));
        assertTrue(app.audit().search(AuditFilter.latest(5)).stream().anyMatch(e -> e.action() == AuditAction.IMPORT
                && e.summary().contains("已报送季度内的修改 2 项") && e.summary().contains(REASON)),
                "the import's audit entry carries the reason");

        ImportReport again = app.importer().importFile(file, options, Progress.NONE);
        assertTrue(again.committed(), "imported again, the file changes nothing: no reason needed");
        assertEquals(List.of(), again.lateEdits());
    }

    @Test
    void aStartMovedIntoOrOutOfTheQuarterNeedsAReason() throws Exception {
        // 黄书记 has been 村党组织书记 since 2021.01: now said to be since August (not yet one on 30 June…)
        Path into = new CadreRosterFile().post("黄书记", "男", "1970.06", "太平村", "村党组织书记", "2026.08")
                .write(dir.resolve("into.xlsx"));
        List<String> late = List.of("黄书记 村党组织书记 任职 2026.08.01（2026年第3季度）");
        assertEquals(late, app.importer().analyse(into, options, Progress.NONE).lateEdits());
        SubmittedQuarterException refused = assertThrows(SubmittedQuarterException.class,
                () -> app.importer().importFile(into, options, Progress.NONE));
        assertEquals(late, refused.facts());
        assertEquals("2021-01", startOf("黄书记"), "nothing written");
        app.importer().importFile(into, options.lateEditReason(REASON), Progress.NONE);
        assertEquals("2026-08", startOf("黄书记"));
        assertEquals(1, app.submissions().lateEdits().size());

        // and out of it, to October: the third quarter no longer counts him
        Path out = new CadreRosterFile().post("黄书记", "男", "1970.06", "太平村", "村党组织书记", "2026.10")
                .write(dir.resolve("out.xlsx"));
        assertEquals(late, app.importer().analyse(out, options, Progress.NONE).lateEdits());
        assertThrows(SubmittedQuarterException.class, () -> app.importer().importFile(out, options, Progress.NONE));
        assertEquals("2026-08", startOf("黄书记"));
    }

    @Test
    void aNewPostStartedBeforeTheQuarterReachesIt() throws Exception {
        Path file = new CadreRosterFile().post("张早", "男", "1988.04", "安恕村", "村委会委员", "2026.05")
                .post("张无", "男", "1987.04", "太平村", "村委会委员", "").write(dir.resolve("before.xlsx"));
        assertEquals(List.of("张早 两委委员 任职 2026.05.01（影响2026年第3季度）", "张无 两委委员 任职（影响2026年第3季度）"),
                app.importer().analyse(file, options, Progress.NONE).lateEdits(),
                "held on 30 September: counted by the third quarter; no 任职时间 means always");
    }

    @Test
    void postsOfTheFourthQuarterOnlyAndUnchangedRowsNeedNoReason() throws Exception {
        // 陈书记's post as stored (since 2021.01, before the quarter, unchanged), a post and an entry of the fourth
        Path file = new CadreRosterFile().post("陈书记", "男", "1980.10", "安恕村", "村党组织书记", "2021.01")
                .post("张后", "男", "1991.02", "安恕村", "村委会委员", "2026.10")
                .reserve("储七", "女", "1996.06", "太平村", "2026.11").write(dir.resolve("q4.xlsx"));
        ImportReport dry = app.importer().analyse(file, options, Progress.NONE);
        assertEquals(List.of(), dry.lateEdits());
        ImportReport done = app.importer().importFile(file, options, Progress.NONE);
        assertTrue(done.committed());
        assertEquals(2, done.newRows(), done.countsLine());
        assertEquals(List.of(), app.submissions().lateEdits());
    }

    private String startOf(String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT t.start_date FROM post t JOIN person p ON p.id = t.person_id"
                     + " WHERE p.name = '" + name + "' AND t.end_date IS NULL")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Posts and reserve entries (ended ones too) and late_edit rows (a second connection: WAL mode). */
    private String state() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM post), (SELECT count(*) FROM reserve_cadre),"
                     + " (SELECT count(*) FROM late_edit)")) {
            r.next();
            return "posts " + r.getLong(1) + " · reserves " + r.getLong(2) + " · late edits " + r.getLong(3);
        }
    }
}
