package cn.gridledger.logic.service;

import cn.gridledger.logic.importer.KnownRecords;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.ImportWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an import compares rows against (every person, post, household … as {@link KnownRecords}), read on
 * a reader connection of its own while the workbook is opened: both take over half a second at 50,000
 * households, and they need different cores (SQLite and map building here, XML inflating there).
 *
 * <p>Read outside the write lock, the snapshot is checked when the import's transaction has begun: if any
 * write was committed since reading started ({@link Database#changeCount}), it is read again on the
 * transaction's own connection. So the import always compares against exactly what it then writes over.
 */
final class SnapshotAhead implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SnapshotAhead.class.getName());

    private final Database db;
    private final boolean households;
    private final long changesBefore;
    private final CompletableFuture<KnownRecords> known;

    private SnapshotAhead(Database db, boolean households) {
        this.db = db;
        this.households = households;
        // counted before the first read: a commit that lands while reading makes the counts differ
        this.changesBefore = db.changeCount();
        this.known = new CompletableFuture<>();
        Thread t = new Thread(this::read, "import-snapshot");
        t.setDaemon(true);
        t.start();
    }

    /** @param households false reads only what a cadre import needs */
    static SnapshotAhead start(Database db, boolean households) {
        return new SnapshotAhead(db, households);
    }

    private void read() {
        // before the quick check has finished: the import's transaction waits for it, and fails on a damaged file
        try (Database.OwnReader reader = db.openReaderBeforeCheck()) {
            known.complete(reader.read(this::load));
        } catch (RuntimeException | Error e) {
            known.completeExceptionally(e);
        }
    }

    private KnownRecords load(Connection c) throws SQLException {
        return new KnownRecords(ImportWriter.load(c, households));
    }

    /**
     * The snapshot, current as seen from {@code c}: call inside the import's write transaction (no write
     * can be committed meanwhile). Read again on {@code c} when something was committed since reading began,
     * or when reading ahead failed (its failure is then the transaction's own to report).
     */
    KnownRecords current(Connection c) throws SQLException {
        KnownRecords ahead = await();
        if (ahead != null && db.changeCount() == changesBefore) {
            return ahead;
        }
        return load(c);
    }

    /** The snapshot read ahead, or null when that failed (logged; the caller reads it itself). */
    private KnownRecords await() {
        try {
            return known.join();
        } catch (CompletionException e) {
            LOG.log(Level.WARNING, "import snapshot could not be read ahead; reading it in the transaction", e.getCause());
            return null;
        }
    }

    /** Waits for the reading thread, so that its connection is closed before the database may be. */
    @Override
    public void close() {
        try {
            known.join();
        } catch (CompletionException ignored) {
            // reported by current(), or of no interest once the import has stopped
        }
    }
}
