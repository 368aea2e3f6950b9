package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.export.SheetContent;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.service.ReportService.ExportedFile;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.QuarterSubmission;
import cn.gridledger.model.code.DepartureReason;

/**
 * 报送 (#15) on the fixture township: a submitted quarter exports again cell for cell after a fact dated
 * inside it was changed (with a reason), the change is listed in the next export's 补充说明 until that export
 * is submitted, and only a file that is what the data gives now can be submitted.
 */
class QuarterSubmissionTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final Quarter Q4 = new Quarter(2026, 4);
    static final List<ReportKind> KINDS = List.of(ReportKind.GRID_SUMMARY, ReportKind.MONITORING, ReportKind.CHANGES);
    static final String REASON = "户籍核实后更正";

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

    private List<Path> export(Quarter q, String village, Footer footer, String folder) throws Exception {
        Path out = Files.createDirectories(dir.resolve(folder));
        return app.reports().export(KINDS, new Request(q, village, footer), out, false, Progress.NONE).files().stream()
                .map(ExportedFile::file).toList();
    }

    /** 张小明 (h1, 安恕村) moved out on 10 August: a fact inside the third quarter. */
    private void moveOutZhangXiaoming(String reason) {
        HouseholdDetail d = app.households().load("h1");
        Member m = d.members().stream().filter(x -> x.person().name().equals("张小明")).findFirst().orElseThrow();
        HouseholdDetail without = new HouseholdDetail(d.household(), d.members().stream().filter(x -> x != m).toList(),
                d.monitoring(), d.awards(), d.pointsEntries(), d.redemptions());
        app.households().save(without, List.of(new MemberDeparture(m.id(), DepartureReason.迁出, LocalDate.of(2026, 8, 10),
                null)), List.of(), reason);
    }

    /** Every non-empty cell of every sheet: sheet, row, column, type and value. */
    static List<String> cells(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        String v = switch (c.getCellType()) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> String.valueOf(c.getNumericCellValue());
                            default -> "";
                        };
                        if (!v.isEmpty()) {
                            out.add(s.getSheetName() + "!" + r.getRowNum() + ":" + c.getColumnIndex() + " " + c.getCellType() + " " + v);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Path named(List<Path> files, ReportKind kind) {
        return files.stream().filter(f -> f.getFileName().toString().contains(kind.title())).findFirst().orElseThrow();
    }

    @Test
    void aSubmittedQuarterExportsAgainCellForCellAfterAFactInsideItChanged() throws Exception {
        List<Path> first = export(Q3, null, ReportServiceTest.FOOTER, "first");
        List<Path> villageBefore = export(Q3, ReportFixture.V1, ReportServiceTest.FOOTER, "village-before");
        List<QuarterSubmission> done = app.submissions().submit(Q3, first);

        assertEquals(3, done.size());
        assertTrue(app.submissions().isSubmitted(Q3));
        assertFalse(app.submissions().isSubmitted(Q4));
        QuarterSubmission r1 = done.stream().filter(s -> s.reportKind().equals("grid-summary")).findFirst().orElseThrow();
        assertEquals(SheetContent.fileSha256(named(first, ReportKind.GRID_SUMMARY)), r1.sha256());
        assertEquals(named(first, ReportKind.GRID_SUMMARY).getFileName().toString(), r1.fileName());
        assertEquals(LocalDate.of(2026, 10, 8), r1.fillDate());
        assertEquals("命令行", r1.submittedBy());
        assertNull(r1.villageCode());
        assertTrue(app.audit().search(AuditFilter.latest(20)).stream().anyMatch(e -> e.action() == AuditAction.SUBMIT
                && e.summary().contains("网格基本情况统计表（全乡镇）") && e.summary().contains(r1.sha256())));

        // without a reason the change is refused and nothing is written
        SubmittedQuarterException refused = assertThrows(SubmittedQuarterException.class, () -> moveOutZhangXiaoming(null));
        assertTrue(refused.getMessage().startsWith("这次修改涉及已报送的2026年第3季度，需填写修改原因"), refused.getMessage());
        assertTrue(refused.getMessage().contains("张三明户 张小明 迁出 2026.08.10"), refused.getMessage());
        assertEquals(3, app.households().load("h1").members().size());
        moveOutZhangXiaoming(REASON);
        assertEquals(2, app.households().load("h1").members().size());
        List<LateEdit> late = app.submissions().lateEdits();
        assertEquals(1, late.size());
        assertEquals(Q3, late.get(0).quarter());
        assertEquals(REASON, late.get(0).reason());
        assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, "h1").stream()
                .anyMatch(e -> e.summary().contains("已报送季度内的修改 1 项") && e.summary().contains(REASON)));

        // the change does reach the third quarter's figures where nothing was submitted (one village) …
        List<Path> villageAfter = export(Q3, ReportFixture.V1, ReportServiceTest.FOOTER, "village-after");
        assertNotEquals(cells(named(villageBefore, ReportKind.GRID_SUMMARY)), cells(named(villageAfter, ReportKind.GRID_SUMMARY)));
        // … but the submitted township reports come out as submitted, footer and 填报日期 included, whatever
        // the export page's footer says today
        List<Path> again = export(Q3, null, new Footer("别人", "别人", "110", LocalDate.now()), "again");
        for (ReportKind kind : KINDS) {
            List<String> before = cells(named(first, kind));
            List<String> after = cells(named(again, kind));
            assertEquals(before.size(), after.size(), kind.title());
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i), after.get(i), kind.title() + " cell " + i);
            }
            assertEquals(SheetContent.read(named(first, kind)).get(0).cellsSha256(),
                    SheetContent.read(named(again, kind)).get(0).cellsSha256(), kind.title());
        }
        assertTrue(cells(named(again, ReportKind.GRID_SUMMARY)).stream().anyMatch(c -> c.endsWith("填报日期：2026年10月8日")));
        // the preview shows the submitted version too
        assertEquals(List.of(), app.reports().table(ReportKind.GRID_SUMMARY, new Request(Q3, null, Footer.empty())).notes()
                .stream().filter(n -> n.startsWith("补充说明")).toList());
    }

    @Test
    void theNextExportListsTheLateEditUntilItIsSubmitted() throws Exception {
        app.submissions().submit(Q3, export(Q3, null, ReportServiceTest.FOOTER, "q3"));
        moveOutZhangXiaoming(REASON);

        String note = "补充说明：2026年第3季度已报送后修改 1 项：张三明户 张小明 迁出 2026.08.10（户籍核实后更正）。";
        List<Path> q4 = export(Q4, null, ReportServiceTest.FOOTER, "q4");
        for (ReportKind kind : KINDS) {
            assertTrue(cells(named(q4, kind)).stream().anyMatch(c -> c.endsWith(note)), kind.title() + ": " + cells(named(q4, kind)));
        }
        // 太平村 has no household of the change: its export says nothing of it
        List<Path> other = export(Q4, ReportFixture.V2, ReportServiceTest.FOOTER, "v2");
        assertTrue(cells(named(other, ReportKind.GRID_SUMMARY)).stream().noneMatch(c -> c.contains("补充说明")));

        app.submissions().submit(Q4, q4);
        List<Path> q2 = export(new Quarter(2026, 2), null, ReportServiceTest.FOOTER, "q2");
        assertTrue(cells(named(q2, ReportKind.GRID_SUMMARY)).stream().noneMatch(c -> c.contains("补充说明")),
                "once listed in a submitted export the change is not listed again");
        List<Path> q4again = export(Q4, null, ReportServiceTest.FOOTER, "q4again");
        assertTrue(cells(named(q4again, ReportKind.GRID_SUMMARY)).stream().anyMatch(c -> c.endsWith(note)),
                "the submitted fourth quarter keeps the note it was handed in with");
    }

    @Test
    void onlyAFileThatIsWhatTheDataGivesNowIsSubmittedAndOnlyOnce() throws Exception {
        List<Path> files = export(Q3, null, ReportServiceTest.FOOTER, "q3");
        Path r1 = named(files, ReportKind.GRID_SUMMARY);

        // a fact changed after the export (no reason needed yet: nothing submitted)
        moveOutZhangXiaoming(null);
        UserFacingException changed = assertThrows(UserFacingException.class, () -> app.submissions().submit(Q3, List.of(r1)));
        assertTrue(changed.getMessage().contains("与现在的数据不一致"), changed.getMessage());
        UserFacingException wrongQuarter = assertThrows(UserFacingException.class,
                () -> app.submissions().submit(Q4, List.of(r1)));
        assertTrue(wrongQuarter.getMessage().contains("不是2026年第4季度的季度报表"), wrongQuarter.getMessage());
        assertFalse(app.submissions().isSubmitted(Q3), "nothing of a refused submission is kept");

        List<Path> fresh = export(Q3, null, ReportServiceTest.FOOTER, "fresh");
        app.submissions().submit(Q3, List.of(named(fresh, ReportKind.GRID_SUMMARY)));
        UserFacingException twice = assertThrows(UserFacingException.class,
                () -> app.submissions().submit(Q3, List.of(named(fresh, ReportKind.GRID_SUMMARY))));
        assertTrue(twice.getMessage().contains("已于") && twice.getMessage().contains("不能再次报送"), twice.getMessage());
        assertEquals(1, app.submissions().submissions(Q3).size());
        assertEquals(1, app.submissions().submissions().size());
    }

    @Test
    void aMaskedExportIsRecognisedAsMasked() throws Exception {
        Path out = Files.createDirectories(dir.resolve("masked"));
        Path r3 = app.reports().export(List.of(ReportKind.MONITORING), new Request(Q3, null, ReportServiceTest.FOOTER), out,
                false, true, Progress.NONE).files().get(0).file();
        assertTrue(app.submissions().submit(Q3, List.of(r3)).get(0).masked());
    }
}
