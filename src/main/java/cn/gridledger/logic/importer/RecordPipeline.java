package cn.gridledger.logic.importer;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.read.RowStream;
import cn.gridledger.logic.importer.rows.DataRow;
import cn.gridledger.logic.importer.rows.RowClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and sorts the rows of one sheet on a thread of its own, handing the records over in batches
 * through a small bounded queue: XML parsing and row classification (title, footer, column codes …) run on
 * one core while the caller checks, compares and writes the records on the other (measured: the two halves
 * take about the same time). Memory stays bounded: at most {@link #QUEUED} batches wait.
 *
 * <p>The reading thread owns the row stream and the classifier until {@link #close} has joined it; read the
 * classifier's notes only after that. A failure there (a refused file) is rethrown by {@link #next}.
 */
final class RecordPipeline implements AutoCloseable {

    static final int BATCH = 256;
    private static final int QUEUED = 8;
    private static final List<DataRow> END = List.of();

    private final RowStream rows;
    private final RowClassifier classifier;
    private final BlockingQueue<List<DataRow>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private volatile boolean closed;
    private volatile long rowsRead;
    private volatile RuntimeException failure;
    private volatile Error error;
    private boolean ended;

    RecordPipeline(RowStream rows, RowClassifier classifier) {
        this.rows = rows;
        this.classifier = classifier;
        this.reader = new Thread(this::read, "import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next batch of records, or null after the last one (the footer or the end of the sheet). */
    List<DataRow> next() {
        if (ended) {
            return null;
        }
        List<DataRow> batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException(); // a cancelled task is interrupted while it waits
        }
        if (batch != END) {
            return batch;
        }
        ended = true;
        if (failure != null) {
            throw failure;
        }
        if (error != null) {
            throw error;
        }
        return null;
    }

    /** Rows read so far (records and skipped rows), for the progress bar. */
    long rowsRead() {
        return rowsRead;
    }

    private void read() {
        try {
            List<DataRow> batch = new ArrayList<>(BATCH);
            long count = 0;
            while (!closed && rows.hasNext()) {
                RowClassifier.Verdict verdict = classifier.classify(rows.next(), batch::add);
                rowsRead = ++count;
                if (batch.size() == BATCH) {
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                }
                if (verdict == RowClassifier.Verdict.FOOTER) {
                    break;
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
        } finally {
            put(END);
        }
    }

    /** Waits for room, giving up once the caller has closed the pipeline. */
    private void put(List<DataRow> batch) {
        try {
            while (!closed) {
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread, waits for it, then closes the row stream (never while it is being read). */
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
        rows.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
