package cn.gridledger.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import cn.gridledger.logic.UserFacingException;

/** Rows read ahead on another thread arrive complete and in order; failures and stops cross over cleanly. */
class PrefetchedRowsTest {

    private static RowSource numbers(int n) {
        return (limit, sink) -> {
            for (int i = 0; i < n && i < limit; i++) {
                sink.accept(ReportRow.data(String.valueOf(i)));
            }
            sink.accept(ReportRow.span("合计"));
        };
    }

    @Test
    void everyRowArrivesInOrder() {
        List<ReportRow> out = new ArrayList<>();
        numbers(10_000).prefetched().forEach(Integer.MAX_VALUE, out::add);
        assertEquals(10_001, out.size());
        for (int i = 0; i < 10_000; i++) {
            assertEquals(String.valueOf(i), out.get(i).cells().get(0));
        }
        assertEquals("合计", out.get(10_000).cells().get(0));
        List<ReportRow> few = new ArrayList<>();
        numbers(10_000).prefetched().forEach(3, few::add);
        assertEquals(4, few.size());
    }

    @Test
    void aFailureWhileReadingReachesTheConsumerUnchanged() {
        UserFacingException failure = new UserFacingException("数据库读取失败。");
        RowSource failing = (limit, sink) -> {
            for (int i = 0; i < 3000; i++) {
                sink.accept(ReportRow.data("x"));
            }
            throw failure;
        };
        List<ReportRow> out = new ArrayList<>();
        assertSame(failure, assertThrows(UserFacingException.class, () -> failing.prefetched().forEach(Integer.MAX_VALUE,
                out::add)));
    }

    @Test
    void whenTheConsumerStopsTheReadingStopsToo() throws InterruptedException {
        AtomicLong produced = new AtomicLong();
        RowSource endless = (limit, sink) -> {
            while (true) {
                sink.accept(ReportRow.data("x"));
                produced.incrementAndGet();
            }
        };
        long[] consumed = {0};
        UserFacingException cancel = new UserFacingException("操作已取消。");
        assertSame(cancel, assertThrows(UserFacingException.class, () -> endless.prefetched().forEach(
                Integer.MAX_VALUE, r -> {
                    if (++consumed[0] == 5000) {
                        throw cancel;
                    }
                })));
        long after = produced.get();
        Thread.sleep(200);
        assertEquals(after, produced.get(), "the reading thread has ended");
        assertTrue(after < 5000 + 20 * 512, "read at most a few batches ahead: " + after);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("gridledger-report-rows")));
    }

    @Test
    void aReadingStartedAheadIsConsumedOrStoppedByClose() throws InterruptedException {
        List<ReportRow> out = new ArrayList<>();
        try (PrefetchedRows rows = numbers(5_000).prefetched().start(Integer.MAX_VALUE)) {
            rows.forEach(Integer.MAX_VALUE, out::add);
        }
        assertEquals(5_001, out.size());
        assertEquals("4999", out.get(4_999).cells().get(0));

        AtomicLong produced = new AtomicLong();
        RowSource endless = (limit, sink) -> {
            while (true) {
                sink.accept(ReportRow.data("x"));
                produced.incrementAndGet();
            }
        };
        // started, never consumed (the workbook failed before its rows were asked for)
        endless.prefetched().start(Integer.MAX_VALUE).close();
        long after = produced.get();
        Thread.sleep(200);
        assertEquals(after, produced.get(), "the reading thread has ended");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("gridledger-report-rows")));
    }
}
