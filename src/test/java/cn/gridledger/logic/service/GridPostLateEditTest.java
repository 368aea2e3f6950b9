package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.report.CountyText;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.model.GridStaff;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.testing.SubmittedLedger;

/**
 * 报送 (#15) for 网格员安排: a grid post starts (and a previous 网格长's ends) today, so once the current quarter
 * is submitted, assigning or ending one needs a reason — refused without it, nothing written; with it the
 * change is kept in late_edit, worded as the cadre form words it. With only an earlier quarter submitted,
 * today's posts need none.
 */
class GridPostLateEditTest {

    static final String REASON = "网格调整补录";

    @TempDir
    Path dir;

    @Test
    void postsOfASubmittedQuarterNeedAReason() throws Exception {
        Quarter now = Quarter.current();
        LocalDate today = LocalDate.now();
        Path db = SubmittedLedger.create(dir.resolve("r.db"), dir, now, today);
        String at = " " + CountyText.date(today.toString()) + "（" + now.label() + "）";
        try (AppServices app = AppServices.open(db)) {
            long grid = app.grids().gridByAnyCode(ReportFixture.V1 + "001");
            List<String> before = staff(app, grid);

            SubmittedQuarterException refused = assertThrows(SubmittedQuarterException.class,
                    () -> app.grids().assign(grid, GridService.WORKER, "新网格员", null, null, true));
            assertEquals(List.of("新网格员 网格员 任职" + at), refused.facts());
            assertEquals(before, staff(app, grid), "nothing written");

            app.grids().assign(grid, GridService.LEADER, "甲网格长", null, null, true, REASON);
            assertEquals(List.of("甲网格长 网格长 任职"), app.submissions().lateEdits().stream().map(LateEdit::what).toList());
            // a new leader ends the previous one's post: both are named
            refused = assertThrows(SubmittedQuarterException.class,
                    () -> app.grids().assign(grid, GridService.LEADER, "乙网格长", null, null, true));
            assertEquals(List.of("甲网格长 网格长 离任" + at, "乙网格长 网格长 任职" + at), refused.facts());
            assertTrue(staff(app, grid).contains("网格长 甲网格长"), "the old leader is still in post");
            app.grids().assign(grid, GridService.LEADER, "乙网格长", null, null, true, REASON);
            assertTrue(staff(app, grid).contains("网格长 乙网格长") && !staff(app, grid).contains("网格长 甲网格长"));

            long post = app.grids().summaries().stream().filter(s -> s.grid().id() == grid).findFirst().orElseThrow()
                    .staff().stream().filter(s -> s.name().equals("网格员甲")).findFirst().orElseThrow().postId();
            refused = assertThrows(SubmittedQuarterException.class, () -> app.grids().endPost(post));
            assertEquals(List.of("网格员甲 网格员 离任" + at), refused.facts());
            assertTrue(staff(app, grid).contains("网格员 网格员甲"), "still in post");
            app.grids().endPost(post, REASON);
            assertTrue(!staff(app, grid).contains("网格员 网格员甲"));

            List<LateEdit> kept = app.submissions().lateEdits();
            assertEquals(List.of("甲网格长 网格长 任职", "甲网格长 网格长 离任", "乙网格长 网格长 任职", "网格员甲 网格员 离任"),
                    kept.stream().map(LateEdit::what).toList());
            assertTrue(kept.stream().allMatch(e -> e.factKind().equals("干部职务") && e.householdId() == null
                    && e.reason().equals(REASON) && e.quarter().equals(now) && e.factDate().equals(today)));
            assertTrue(app.audit().search(AuditFilter.latest(3)).stream().anyMatch(e -> e.action() == AuditAction.UPDATE
                    && e.summary().startsWith("网格岗位离任；已报送季度内的修改 1 项") && e.summary().contains(REASON)),
                    "the audit entry carries the reason");
        }
    }

    @Test
    void todaysPostsNeedNoReasonWhenOnlyAnEarlierQuarterIsSubmitted() throws Exception {
        Path db = SubmittedLedger.create(dir.resolve("r.db"), dir);
        try (AppServices app = AppServices.open(db)) {
            long grid = app.grids().gridByAnyCode(ReportFixture.V1 + "001");
            app.grids().assign(grid, GridService.LEADER, "甲网格长", null, null, true);
            app.grids().assign(grid, GridService.LEADER, "乙网格长", null, null, true);
            long post = app.grids().summaries().stream().filter(s -> s.grid().id() == grid).findFirst().orElseThrow()
                    .staff().stream().filter(s -> s.name().equals("乙网格长")).findFirst().orElseThrow().postId();
            app.grids().endPost(post);
            assertEquals(List.of("网格员 网格员甲"), staff(app, grid));
            assertEquals(List.of(), app.submissions().lateEdits());
        }
    }

    private static List<String> staff(AppServices app, long grid) {
        return app.grids().summaries().stream().filter(s -> s.grid().id() == grid).findFirst().orElseThrow().staff()
                .stream().map((GridStaff s) -> s.postType() + " " + s.name()).sorted().toList();
    }
}
