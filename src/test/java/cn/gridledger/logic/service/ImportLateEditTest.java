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
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.testing.SubmittedLedger;

/**
 * 报送 (#15) for the importer: a household ledger that changes facts dated inside the submitted 2026Q3 (a
 * member's 入户日期, a new household's 立户日期, a departure chosen from 可能迁出/死亡) is refused without a reason
 * and nothing is written; its dry run lists those facts; with a reason it commits and each fact is kept in
 * late_edit. Facts of the fourth quarter alone need no reason.
 */
class ImportLateEditTest {

    static final String REASON = "户籍核实后更正";
    static final List<String> LATE = List.of("张三明户 李秀英 入户日期 2026.08.15（2026年第3季度）",
            "新户主户 新增农户 2026.09.01（2026年第3季度）", "张三明户 张小明 迁出 2026.08.03（2026年第3季度）");

    @TempDir
    Path dir;

    Path db;
    AppServices app;
    final ImportService.Options options = ImportService.Options.of(RosterKind.HOUSEHOLD, null, false, false);

    @BeforeEach
    void open() throws Exception {
        db = SubmittedLedger.create(dir.resolve("r.db"), dir);
        app = AppServices.open(db);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** 李秀英 joined h1 on 15 August, 新户主's household began on 1 September, 张小明 is left out of the file. */
    private Path lateLedger() throws Exception {
        return SubmittedLedger.export(app, dir).set("李秀英", "入户日期", "2026.08.15").without("张小明")
                .newHousehold("130102100201000009", "新户主", "2026-09-01").write(dir.resolve("late.xlsx"));
    }

    /** 张小明, whom the file leaves out, moved away on 3 August. */
    private List<MemberDeparture> zhangXiaomingLeft(Path file) {
        MissingMember m = app.importer().analyse(file, options, Progress.NONE).missingMembers().stream()
                .filter(x -> x.name().equals("张小明")).findFirst().orElseThrow();
        return List.of(new MemberDeparture(m.memberId(), DepartureReason.迁出, LocalDate.of(2026, 8, 3), null));
    }

    @Test
    void factsOfTheSubmittedQuarterAreRefusedWithoutAReasonListedByTheDryRunAndKeptWithOne() throws Exception {
        Path file = lateLedger();
        ImportService.Options chosen = options.departures(zhangXiaomingLeft(file));
        String before = state();
        assertEquals("households 6 · current members 12 · late edits 0 · 李秀英 since null", before);

        SubmittedQuarterException refused = assertThrows(SubmittedQuarterException.class,
                () -> app.importer().importFile(file, chosen, Progress.NONE));
        assertTrue(refused.getMessage().startsWith("这次修改涉及已报送的2026年第3季度，需填写修改原因"), refused.getMessage());
        assertEquals(LATE, refused.facts());
        assertEquals(before, state(), "a refused import writes nothing");
        assertFalse(app.importer().undoState().possible(), "a refused import is not one to undo");

        ImportReport dry = app.importer().analyse(file, chosen, Progress.NONE);
        assertEquals(LATE, dry.lateEdits());
        assertFalse(dry.committed());
        assertEquals(List.of(LATE.get(2)), app.importer().lateDepartures(dry.missingMembers(), chosen.departures()));
        assertEquals(LATE.subList(0, 2), app.importer().analyse(file, options, Progress.NONE).lateEdits(),
                "without the departure the dry run lists the rows' facts only");

        ImportReport done = app.importer().importFile(file, chosen.lateEditReason(" " + REASON + " "), Progress.NONE);
        assertTrue(done.committed());
        assertEquals(LATE, done.lateEdits());
        assertEquals("households 7 · current members 12 · late edits 3 · 李秀英 since 2026-08-15", state());
        List<LateEdit> kept = app.submissions().lateEdits();
        assertEquals(LATE.stream().map(f -> f.substring(0, f.indexOf(" 2026."))).toList(),
                kept.stream().map(LateEdit::what).toList());
        assertTrue(kept.stream().allMatch(e -> e.reason().equals(REASON) && e.quarter().equals(SubmittedLedger.Q3)));
        assertEquals(List.of("成员", "农户", "成员"), kept.stream().map(LateEdit::factKind).toList());
        assertTrue(app.audit().search(AuditFilter.latest(5)).stream().anyMatch(e -> e.action() == AuditAction.IMPORT
                && e.summary().contains("已报送季度内的修改 3 项") && e.summary().contains(REASON)
                && e.summary().contains("确认移出 1 人")), "the import's audit entry carries the reason");

        // moving the date out of the quarter changes what it counted too: the old date needs the reason
        Path moved = SubmittedLedger.export(app, dir).set("李秀英", "入户日期", "2026.10.15").write(dir.resolve("moved.xlsx"));
        assertEquals(List.of(LATE.get(0)), app.importer().analyse(moved, options, Progress.NONE).lateEdits());
        assertThrows(SubmittedQuarterException.class, () -> app.importer().importFile(moved, options, Progress.NONE));

        // an episode of 防返贫监测 eliminated in September, now said to be in October
        Path episode = SubmittedLedger.export(app, dir).replace("王五", "防返贫监测记录", "消除年月：2026.09", "消除年月：2026.10")
                .write(dir.resolve("episode.xlsx"));
        assertEquals(List.of("王五户 防返贫监测 消除年月 2026.09.01（2026年第3季度）"),
                app.importer().analyse(episode, options, Progress.NONE).lateEdits());
    }

    @Test
    void factsOfTheFourthQuarterOnlyNeedNoReason() throws Exception {
        // a since given where there was none ("always") does reach the third quarter: 王五 was not yet there on
        // its last day
        Path sinceGiven = SubmittedLedger.export(app, dir).set("王五", "入户日期", "2026.11.02")
                .set("赵六", "立户日期", "2026.10.20").write(dir.resolve("since.xlsx"));
        assertEquals(List.of("王五户 王五 入户日期（影响2026年第3季度）", "赵六户 立户日期（影响2026年第3季度）"),
                app.importer().analyse(sinceGiven, options, Progress.NONE).lateEdits());

        Path file = SubmittedLedger.export(app, dir).set("王五", "户类型", "脱贫户")
                .newHousehold("130102100201000009", "新户主", "2026-11-01").write(dir.resolve("q4.xlsx"));

        ImportReport dry = app.importer().analyse(file, options, Progress.NONE);
        assertEquals(List.of(), dry.lateEdits());
        ImportReport done = app.importer().importFile(file, options, Progress.NONE);
        assertTrue(done.committed());
        assertTrue(done.changedRows() >= 1, done.countsLine() + " " + done.issues().stream().limit(5)
                .map(cn.gridledger.logic.importer.CellIssue::describe).toList());
        assertEquals(List.of(), app.submissions().lateEdits());
    }

    /** What a refused import must leave as it was. */
    private String state() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            return "households " + count(s, "SELECT count(*) FROM household WHERE deleted_at IS NULL AND ended_on IS NULL")
                    + " · current members " + count(s, "SELECT count(*) FROM member WHERE ended_on IS NULL")
                    + " · late edits " + count(s, "SELECT count(*) FROM late_edit")
                    + " · 李秀英 since " + text(s, "SELECT m.since FROM member m JOIN person p ON p.id = m.person_id"
                            + " WHERE p.name = '李秀英'");
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "(none)";
        }
    }
}
