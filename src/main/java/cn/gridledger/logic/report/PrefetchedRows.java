package cn.gridledger.logic.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A row source read on a thread of its own, a few thousand rows ahead of the consumer: the query and
 * the building of rows (for the household ledger, a third of the work) run beside the writing of the
 * sheet instead of taking turns with it. Memory stays bounded by the small queue of batches. When the
 * consumer stops (cancel, full disk) the reading thread stops at its next row; a failure while reading
 * reaches the consumer unchanged. The reading thread has ended when {@link #forEach} returns, so the
 * caller may close its connection.
 *
 * <p>{@link #start} begins reading before the rows are asked for, so that a query which must finish
 * before its first row (R4 sorts every household) runs while the workbook is being set up; {@link #close}
 * stops and waits for a reading that was started but never consumed.
 */
public final class PrefetchedRows implements RowSource, AutoCloseable {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;
    private static final Object END = new Object();

    private final RowSource source;
    /** A reading started ahead by {@link #start}, not yet consumed; null otherwise. */
    private Reading pending;

    PrefetchedRows(RowSource source) {
        this.source = source;
    }

    /** One reading thread and its queue. */
    private static final class Reading {
        final int limit;
        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        final AtomicBoolean stop = new AtomicBoolean();
        Thread thread;

        Reading(int limit) {
            this.limit = limit;
        }

        void end() {
            stop.set(true);
            queue.clear();
            joinQuietly(thread);
        }
    }

    /** Starts reading now, at most {@code limit} data rows, for a later {@link #forEach} with that limit. */
    public synchronized PrefetchedRows start(int limit) {
        if (pending == null) {
            pending = begin(limit);
        }
        return this;
    }

    private Reading begin(int limit) {
        Reading r = new Reading(limit);
        r.thread = new Thread(() -> read(limit, r.queue, r.stop), "gridledger-report-rows");
        r.thread.setDaemon(true);
        r.thread.start();
        return r;
    }

    /** Stops and waits for a reading started ahead and not consumed (a failure before the rows were written). */
    @Override
    public void close() {
        Reading r;
        synchronized (this) {
            r = pending;
            pending = null;
        }
        if (r != null) {
            r.end();
        }
    }

    private synchronized Reading take(int limit) {
        Reading r = pending;
        pending = null;
        if (r != null && r.limit != limit) {
            r.end();
            r = null;
        }
        return r != null ? r : begin(limit);
    }

    /** A RuntimeException or an Error thrown while reading. */
    private record Failure(Throwable error) {
    }

    /** Thrown inside the reading thread to unwind the query when the consumer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(int limit, Consumer<ReportRow> sink) {
        Reading reading = take(limit);
        try {
            while (true) {
                Object next = reading.queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof Failure f) {
                    if (f.error() instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) f.error();
                }
                for (ReportRow r : (List<ReportRow>) next) {
                    sink.accept(r);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导出被中断。", e);
        } finally {
            reading.end();
        }
    }

    private void read(int limit, BlockingQueue<Object> queue, AtomicBoolean stop) {
        List<ReportRow>[] batch = new List[] {new ArrayList<ReportRow>(BATCH)};
        try {
            source.forEach(limit, r -> {
                batch[0].add(r);
                if (batch[0].size() == BATCH) {
                    hand(queue, batch[0], stop);
                    batch[0] = new ArrayList<>(BATCH);
                }
            });
            hand(queue, batch[0], stop);
            hand(queue, END, stop);
        } catch (Stopped s) {
            // the consumer has gone; nothing to hand over
        } catch (RuntimeException | Error e) {
            try {
                hand(queue, new Failure(e), stop);
            } catch (Stopped s) {
                // the consumer has gone
            }
        }
    }

    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
            if (stop.get()) {
                throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
