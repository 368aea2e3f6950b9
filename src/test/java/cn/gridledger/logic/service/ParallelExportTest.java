package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;

/** One file per report, two at a time: files in the caller's order, and a cancel leaves only whole files. */
class ParallelExportTest {

    static final Request Q3 = new Request(new Quarter(2026, 3), null,
            new Footer("张填表", "李审核", "0311-12345678", LocalDate.of(2026, 10, 8)));

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

    @Test
    void filesComeBackInTheOrderAskedFor() {
        List<ReportKind> kinds = List.of(ReportKind.RESERVE, ReportKind.HOUSEHOLD_LEDGER, ReportKind.GRID_SUMMARY,
                ReportKind.POINTS);
        ExportSummary s = app.reports().export(kinds, Q3, dir.resolve("out"), false,
                Progress.NONE);
        assertEquals(kinds, s.files().stream().map(f -> f.kinds().get(0)).toList());
        s.files().forEach(f -> assertTrue(Files.exists(f.file()), f.file().toString()));
    }

    @Test
    void aCancelStopsBothWorkersAndLeavesOnlyWholeFiles() throws IOException {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 2;
            }
        };
        Path out = dir.resolve("cancelled");
        assertThrows(Progress.CancelledException.class, () -> app.reports().export(List.of(ReportKind.values()), Q3,
                out, false, cancelSoon));
        try (Stream<Path> files = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            for (Path f : files.toList()) {
                assertTrue(f.getFileName().toString().endsWith(".xlsx"), "no temporary file left: " + f);
                try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
                    assertEquals(1, wb.getNumberOfSheets());
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new AssertionError(f + " is not a whole workbook", e);
                }
            }
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("gridledger-export")
                || t.getName().equals("gridledger-report-rows")), "no export thread is left running");
    }
}
