package cn.gridledger.logic.importer.read;

import cn.gridledger.logic.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads another row stream ahead on a thread of its own, handing rows over in batches through a small
 * bounded queue: on a 2-core machine the XML parsing of a large sheet runs on one core while the caller
 * checks, compares and writes rows on the other. Memory stays bounded ({@link #QUEUED} batches at most).
 *
 * <p>The reading thread owns the wrapped stream until {@link #close} has joined it. A failure there (a
 * refused file) is rethrown to the caller in place of the next row.
 */
public final class PrefetchingRowStream implements RowStream {

    static final int BATCH = 256;
    private static final int QUEUED = 8;
    private static final List<SourceRow> END = List.of();

    private final RowStream source;
    private final BlockingQueue<List<SourceRow>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private volatile Error error;
    private List<SourceRow> batch = List.of();
    private int position;
    private boolean ended;

    public PrefetchingRowStream(RowStream source) {
        this.source = source;
        this.reader = new Thread(this::read, "import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public boolean hasNext() {
        while (position == batch.size()) {
            if (ended) {
                return false;
            }
            List<SourceRow> next = take();
            if (next == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                if (error != null) {
                    throw error;
                }
                return false;
            }
            batch = next;
            position = 0;
        }
        return true;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(position++);
    }

    private List<SourceRow> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException(); // a cancelled task is interrupted while it waits
        }
    }

    private void read() {
        try {
            List<SourceRow> rows = new ArrayList<>(BATCH);
            while (!closed && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BATCH) {
                    put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            if (!rows.isEmpty()) {
                put(rows);
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
        } finally {
            put(END);
        }
    }

    /** Waits for room, giving up once the caller has closed the stream. */
    private void put(List<SourceRow> rows) {
        try {
            while (!closed) {
                if (queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread, waits for it, then closes the wrapped stream (never while it is read). */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        source.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
