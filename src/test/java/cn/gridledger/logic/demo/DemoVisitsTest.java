package cn.gridledger.logic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.VisitFilter;

/** The demo township has a year of visits for the 走访 page, the home tiles and R7 to show. */
class DemoVisitsTest {

    @TempDir
    Path dir;

    @Test
    void aYearOfVisitsWithOpenAndOverdueFollowUpsAndResponsibilities() {
        try (AppServices app = AppServices.open(dir.resolve("demo.db"))) {
            LocalDate ref = LocalDate.now().withDayOfMonth(1);
            app.demo().generate(800, 1, ref, Progress.NONE);
            var all = app.visits().list(VisitFilter.ALL, 0, 10);
            assertEquals(800L * VisitMaker.PER_HOUSEHOLD, all.total());
            assertTrue(!all.rows().get(0).date().isAfter(ref), "no visit after the reference date");
            long open = app.visits().list(new VisitFilter(null, null, null, true, false, null, null, null, null), 0, 1).total();
            long overdue = app.visits().overdueCount();
            assertTrue(open > 20 && overdue > 0 && overdue < open, open + " open, " + overdue + " overdue");
            assertTrue(app.visits().gridMonitors().stream().filter(g -> g.cadreId() != null).count() > 0);
            var monitored = app.visits().monitoredHouseholds(Quarter.current());
            assertTrue(!monitored.isEmpty() && monitored.stream().anyMatch(m -> m.cadreName() != null), monitored.toString());
            assertTrue(app.visits().list(VisitFilter.ALL.withText("代办"), 0, 1).total() > 0);
        }
    }
}
