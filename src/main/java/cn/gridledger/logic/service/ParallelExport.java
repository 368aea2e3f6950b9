package cn.gridledger.logic.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.export.WorkbookExporter;
import cn.gridledger.logic.report.PrefetchedRows;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.service.ReportService.ExportedFile;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.SqlReader;

/**
 * Writes one workbook per report, two reports at a time: each worker has its own read connection and
 * streams its own query into its own file (written atomically as always), so the household ledger's
 * 180,000 rows run beside the other six reports instead of after them. Two workers at most keeps the
 * memory bounded (each holds one SXSSF row window) and matches the small office PCs the program runs on.
 * The biggest reports start first. Progress calls are serialised; a cancel or a failure in one worker
 * stops the others at their next check, and the export waits for both before it returns.
 */
final class ParallelExport {

    private static final int MAX_WORKERS = 2;

    private final Database db;
    private final Path folder;
    private final SharedProgress progress;

    ParallelExport(Database db, Path folder, int files, Progress progress) {
        this.db = db;
        this.folder = folder;
        this.progress = new SharedProgress(progress, files);
    }

    /** The files written, in the order of {@code kinds}. */
    List<ExportedFile> run(List<ReportKind> kinds, BiFunction<ReportKind, SqlReader, ReportTable> build,
            Function<ReportKind, String> fileName) {
        int workers = Math.max(1, Math.min(MAX_WORKERS, Math.min(kinds.size(),
                Runtime.getRuntime().availableProcessors())));
        List<ReportKind> byCost = kinds.stream().sorted(Comparator.comparingInt(ParallelExport::cost).reversed())
                .toList();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "gridledger-export-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<ExportedFile>> futures = new ArrayList<>();
        try {
            for (ReportKind kind : byCost) {
                futures.add(pool.submit(() -> exportOne(kind, build, folder.resolve(fileName.apply(kind)))));
            }
            List<ExportedFile> done = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<ExportedFile> f : futures) {
                try {
                    done.add(await(f));
                } catch (RuntimeException e) {
                    // the first real failure wins over the cancels it caused in the other worker
                    if (failure == null || failure instanceof Progress.CancelledException) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            done.sort(Comparator.comparingInt(f -> kinds.indexOf(f.kinds().get(0))));
            return done;
        } catch (RuntimeException | Error e) {
            progress.abort();
            futures.forEach(f -> f.cancel(false));
            throw e;
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private ExportedFile exportOne(ReportKind kind, BiFunction<ReportKind, SqlReader, ReportTable> build, Path file) {
        progress.checkCancelled();
        progress.starting(kind.title());
        long start = System.nanoTime();
        try (Database.OwnReader reader = db.openReader()) {
            ReportTable table = build.apply(kind, reader);
            PrefetchedRows ahead = null;
            if (cost(kind) >= 20) {
                // the long streamed reports read their rows ahead on a third thread, starting now: R4's
                // query runs while the workbook is set up (the writer asks for every row)
                ahead = table.rows().prefetched().start(Integer.MAX_VALUE);
                table = table.withRows(ahead);
            }
            try {
                long rows = WorkbookExporter.write(List.of(table), file, progress).get(0);
                progress.fileDone(kind.title());
                return new ExportedFile(file, List.of(kind), rows, (System.nanoTime() - start) / 1e9);
            } finally {
                if (ahead != null) {
                    ahead.close(); // before the connection closes
                }
            }
        } catch (RuntimeException | Error e) {
            progress.abort();
            throw e;
        }
    }

    private static ExportedFile await(Future<ExportedFile> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for running workers so that no file is still being written when the export returns. */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rough relative cost on a 50,000-household township, to start the long reports first. */
    private static int cost(ReportKind kind) {
        return switch (kind) {
            case HOUSEHOLD_LEDGER -> 100;
            case POINTS -> 20;
            case CADRE_ROSTER -> 8;
            case GRID_SUMMARY, MONITORING, VISITS -> 6;
            case CADRE_STRUCTURE, RESERVE, CHANGES -> 1;
        };
    }

    /** The caller's progress, called from one worker at a time; also stops the workers after a failure. */
    private static final class SharedProgress implements Progress {
        private final Progress target;
        private final int files;
        private final AtomicBoolean aborted = new AtomicBoolean();
        private int filesDone;

        SharedProgress(Progress target, int files) {
            this.target = target;
            this.files = files;
        }

        @Override
        public synchronized void update(long done, long total, String message) {
            target.update(done, total, message);
        }

        synchronized void starting(String title) {
            target.update(filesDone, files, "正在导出" + title);
        }

        synchronized void fileDone(String title) {
            filesDone++;
            target.update(filesDone, files, "已导出" + title);
        }

        void abort() {
            aborted.set(true);
        }

        @Override
        public boolean isCancelled() {
            if (aborted.get()) {
                return true;
            }
            synchronized (this) {
                return target.isCancelled();
            }
        }
    }
}
