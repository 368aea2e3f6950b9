package cn.gridledger.logic.service;

import cn.gridledger.logic.io.BackupFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pre-import backup, written on a thread of its own while the workbook is opened and its sheets are
 * planned (half a second each at 50,000 households, so the import no longer waits for both in turn). The
 * import {@link #take takes} it before it writes anything; a file refused before that discards the copy,
 * so a refused workbook leaves no pre-import backup of an import that never happened.
 *
 * <p>The backup holds the database's write lock while it copies, so nothing can be written meanwhile: the
 * copy is always the data as it was before the import.
 */
final class BackupAhead implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackupAhead.class.getName());

    private final CompletableFuture<BackupFile> copy;
    private boolean taken;

    private BackupAhead(CompletableFuture<BackupFile> copy) {
        this.copy = copy;
    }

    static BackupAhead start(Supplier<BackupFile> backup) {
        CompletableFuture<BackupFile> copy = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                copy.complete(backup.get());
            } catch (RuntimeException | Error e) {
                copy.completeExceptionally(e);
            }
        }, "pre-import-backup");
        t.setDaemon(false); // a copy being written is finished even if the import is abandoned
        t.start();
        return new BackupAhead(copy);
    }

    /** Waits for the copy; its failure (a full disk …) is thrown here, before anything is written. */
    BackupFile take() {
        BackupFile file = await();
        taken = true;
        return file;
    }

    private BackupFile await() {
        try {
            return copy.join(); // join is not interruptible: the copy is always finished or failed
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Unless the import took the copy: waits for it and deletes it (its own failure is only logged). */
    @Override
    public void close() {
        if (taken) {
            return;
        }
        BackupFile file;
        try {
            file = await();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "pre-import backup not needed and not made", e);
            return;
        }
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "an unneeded pre-import backup could not be deleted", e);
        }
    }
}
