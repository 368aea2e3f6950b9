package cn.gridledger.logic.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;

import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.io.DamagedDatabaseException;

/**
 * The one SQLite file of an installation.
 *
 * <p>Opening it takes an exclusive lock file beside the database, so that a second running copy of
 * the program gets a clear message instead of two writers interleaving; then Flyway brings the
 * schema to the newest version. Every connection has foreign keys on, WAL journal,
 * {@code synchronous=FULL} (safe on power loss, measured no slower for bulk loads) and a busy timeout.
 *
 * <p>Work goes through {@link #read} and {@link #write}: one connection for writers (serialised, each
 * call one transaction) and one for readers, so a long import never freezes a list that is reading.
 */
public final class Database implements AutoCloseable, SqlReader {

    static {
        SqliteNativeLibrary.prepare(); // before the driver loads its library on the first connection
    }

    /** Milliseconds a statement waits for another connection's lock before failing. */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final AtomicLong changes = new AtomicLong();
    private final Migration migration;
    /** SQLite's quick check of the file: done before opening returns, or (see {@link #openCheckingLater}) still running. */
    private final CompletableFuture<Void> intact;

    private Database(Path file, FileChannel lockChannel, FileLock lock, boolean checkLater) throws SQLException {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        if (checkLater && hasCurrentSchema(file)) {
            this.migration = Migration.NONE_NEEDED;
            this.intact = CompletableFuture.runAsync(() -> quickCheck(file), Database::checkThread);
        } else {
            this.migration = requireIntact(file) ? Migration.NONE_NEEDED : migrate(file);
            this.intact = CompletableFuture.completedFuture(null);
        }
        this.writer = connect(file);
        this.writer.setAutoCommit(false);
        this.reader = connect(file);
    }

    /**
     * Opens (creating and migrating when needed) the database at {@code file}.
     *
     * @throws StoreException with a Chinese message when another copy holds the database, the folder
     *     cannot be written, or the file is not a usable database
     */
    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * As {@link #open}, but when the file already has this program's schema the quick check (a read of the
     * whole file: a quarter of a second at 50,000 households) runs on a thread of its own while the caller
     * goes on. Every read and write through this object waits for it and fails with the same
     * {@link DamagedDatabaseException} as {@link #open} would have; only {@link #openReaderBeforeCheck} and
     * {@link #backupTo} (whose copy is checked in turn) do not wait. For the command line, whose commands start working at once (an import opens its workbook
     * meanwhile); the window keeps {@link #open}, which reports a damaged file before anything is shown.
     */
    public static Database openCheckingLater(Path file) {
        return open(file, true);
    }

    private static Database open(Path file, boolean checkLater) {
        Path absolute = file.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute.getParent());
            channel = FileChannel.open(lockFileOf(absolute), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StoreException("数据库正被另一个网格台账程序使用：" + absolute
                        + "。请先关闭另一个窗口（或等待其命令执行完毕）再打开。");
            }
            return new Database(absolute, channel, lock, checkLater);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("无法在该位置创建或打开数据库：" + absolute + "（" + e.getMessage() + "）。"
                    + "请检查文件夹是否存在、磁盘是否已满、是否有写入权限。", e);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof StoreException || e instanceof DamagedDatabaseException) {
                throw (RuntimeException) e;
            }
            if (BackupManager.looksDamaged(e)) {
                throw new DamagedDatabaseException(absolute, "无法读取数据库结构", e);
            }
            throw new StoreException("数据库文件无法打开，可能已损坏：" + absolute
                    + "。请用“备份与设置 → 从备份恢复”恢复最近的备份。", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcessHoldsIt) {
            return null;
        }
    }

    static Path lockFileOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
    }

    /**
     * SQLite's quick check before anything else touches an existing file, so a damaged database is
     * reported (with an offer to restore) instead of being migrated or half-read.
     *
     * @return true when the file's schema is already this program's: Flyway need not be started at all
     *     (it takes a quarter of a second to scan its migrations, on every open)
     */
    private static boolean requireIntact(Path file) throws SQLException {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return false;
        }
        String result;
        boolean current;
        try (Connection c = new SQLiteConfig().createConnection(jdbcUrl(file))) {
            result = Queries.string(c, "PRAGMA quick_check");
            current = "ok".equalsIgnoreCase(result) && SchemaHistory.isCurrent(c, AppVersion.schema());
        } catch (SQLException e) {
            if (BackupManager.looksDamaged(e)) {
                throw new DamagedDatabaseException(file, "完整性检查无法进行", e);
            }
            throw e;
        }
        if (!"ok".equalsIgnoreCase(result)) {
            throw new DamagedDatabaseException(file, "完整性检查未通过", null);
        }
        return current;
    }

    /** Whether the file exists with this program's schema (no check of its pages: see {@link #quickCheck}). */
    private static boolean hasCurrentSchema(Path file) {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return false;
        }
        try (Connection c = new SQLiteConfig().createConnection(jdbcUrl(file))) {
            return SchemaHistory.isCurrent(c, AppVersion.schema());
        } catch (SQLException | RuntimeException e) {
            return false; // checked the usual way, which reports what is wrong
        }
    }

    private static void quickCheck(Path file) {
        try {
            if (!requireIntact(file)) {
                throw new StoreException("数据库结构在打开期间被改变：" + file + "。请重新启动程序。");
            }
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    private static void checkThread(Runnable r) {
        Thread t = new Thread(r, "database-check");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the quick check; rethrows its failure (a damaged file) to every caller. */
    private void awaitIntact() {
        try {
            intact.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Migration migrate(Path file) {
        Flyway flyway = flyway(file);
        MigrationInfoService info = flyway.info();
        refuseNewerSchema(file, info);
        if (info.pending().length > 0 && BackupManager.hasSchema(file)) {
            // a consistent copy of the data as it was, before the schema changes under it
            BackupManager.backupClosedFile(file, BackupKind.PRE_MIGRATION);
        }
        MigrateResult result = flyway.migrate();
        return new Migration(result.targetSchemaVersion, result.migrationsExecuted);
    }

    /**
     * Readies a database file that nobody has open and that is itself a copy (a county's incoming township snapshot,
     * #16): SQLite's check, this program's schema (no backup first: the package it came from is one), and a rollback
     * journal, so that the read-only readers of {@link #openCheckedCopy} leave no -wal or -shm files beside it.
     *
     * @throws StoreException or {@link DamagedDatabaseException} when the file cannot be used
     */
    public static void prepareCopy(Path file) {
        try {
            if (!requireIntact(file)) {
                Flyway flyway = flyway(file);
                refuseNewerSchema(file, flyway.info());
                flyway.migrate();
            }
            try (Connection c = new SQLiteConfig().createConnection(jdbcUrl(file)); var st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
            }
        } catch (SQLException e) {
            throw StoreException.of(e);
        } catch (StoreException | DamagedDatabaseException e) {
            throw e;
        } catch (RuntimeException e) { // Flyway's own: a schema history this program cannot follow
            throw new StoreException("数据库结构无法升级：" + file.getFileName(), e);
        }
    }

    /** What opening did to the schema: the version it ended at (null: as recorded) and how many migrations ran. */
    private record Migration(String targetVersion, int applied) {
        static final Migration NONE_NEEDED = new Migration(null, 0);
    }

    /**
     * A migration recorded in the file but unknown here means a newer program has changed the schema;
     * Flyway's default ({@code ignoreMigrationPatterns=*:future}) would carry on regardless.
     */
    private static void refuseNewerSchema(Path file, MigrationInfoService info) {
        String newest = null;
        String known = "0";
        for (MigrationInfo m : info.all()) {
            if (m.getVersion() == null) {
                continue;
            }
            if (isFuture(m)) {
                newest = m.getVersion().getVersion();
            } else {
                known = m.getVersion().getVersion();
            }
        }
        if (newest != null) {
            throw new NewerSchemaException(file, newest, known);
        }
    }

    static boolean isFuture(MigrationInfo m) {
        return m.getState().name().startsWith("FUTURE");
    }

    static Flyway flyway(Path file) {
        return Flyway.configure()
                .dataSource(jdbcUrl(file), null, null)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    static String jdbcUrl(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        return config.createConnection(jdbcUrl(file));
    }

    /**
     * A read-only connection of its own, for long reads that run beside the shared reader (the reports
     * of one export are written two at a time, each streaming its own query; WAL lets them read the
     * same snapshot-consistent file at once). Close it when done.
     */
    public OwnReader openReader() {
        awaitIntact();
        return openReaderBeforeCheck();
    }

    /**
     * As {@link #openReader} without waiting for the quick check: only for reading ahead what a write will
     * use (the import's snapshot), since the write itself waits for the check and fails on a damaged file.
     */
    public OwnReader openReaderBeforeCheck() {
        try {
            Connection c = connect(file);
            try (var st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
            }
            return new OwnReader(c);
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    /**
     * A read-only connection to a database file that this program checked when it wrote it and that nothing writes
     * since: a county's township copies (#16), opened for each county report without a lock or a quick check.
     */
    public static OwnReader openCheckedCopy(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            Connection c = config.createConnection(jdbcUrl(file));
            try (var st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
            }
            return new OwnReader(c);
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    /** A reader connection used by one thread at a time; see {@link #openReader()}. */
    public static final class OwnReader implements SqlReader, AutoCloseable {
        private final Connection connection;

        private OwnReader(Connection connection) {
            this.connection = connection;
        }

        @Override
        public <T> T read(SqlWork<T> work) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw StoreException.of(e);
            }
        }

        @Override
        public void close() {
            closeQuietly(connection);
        }
    }

    /** Runs read-only work on the reader connection. */
    @Override
    public <T> T read(SqlWork<T> work) {
        awaitIntact();
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw StoreException.of(e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Runs {@code work} as one transaction on the writer connection: all of it is committed, or on any
     * exception (including a cancel thrown by the work itself) none of it.
     */
    public <T> T write(SqlWork<T> work) {
        return transaction(work, true);
    }

    /**
     * Like {@link #write} for work that only appends to the audit log: it leaves {@link #changeCount} alone, so
     * that a data snapshot read meanwhile stays current (the pre-import backup's entry is written while the
     * import's snapshot is loaded).
     */
    public void appendToLog(SqlAction action) {
        transaction(c -> {
            action.run(c);
            return null;
        }, false);
    }

    /**
     * How many writes have been committed through this object (audit-only entries excepted), counted after
     * each commit. Work that read data outside the write lock compares two counts: equal means nothing it read
     * can have changed since.
     */
    public long changeCount() {
        return changes.get();
    }

    private <T> T transaction(SqlWork<T> work, boolean counted) {
        awaitIntact();
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                if (counted) {
                    changes.incrementAndGet();
                }
                return result;
            } catch (SQLException e) {
                rollbackQuietly();
                throw StoreException.of(e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} holding the write lock, so that no other write starts meanwhile; the work may call
     * {@link #read}, {@link #write} and {@link #replaceContentWith} itself (the lock is reentrant).
     */
    public void exclusively(Runnable work) {
        writeLock.lock();
        try {
            work.run();
        } finally {
            writeLock.unlock();
        }
    }

    /** Like {@link #write} for work that returns nothing. */
    public void writeVoid(SqlAction action) {
        write(c -> {
            action.run(c);
            return null;
        });
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    public Path file() {
        return file;
    }

    /**
     * A consistent copy of the live database into {@code target} through SQLite's online backup API
     * (never a file copy). Writers wait meanwhile, so the copy cannot restart under a long import.
     */
    public void backupTo(Path target) {
        writeLock.lock();
        try {
            // Not waiting for the quick check (see openCheckingLater): every caller quick-checks the copy
            // itself (BackupManager), and the copy holds the very pages the check reads. The pre-import
            // backup no longer waits for one check to start another: a third of a second less before the
            // first row is written at 50,000 households. A copy that fails reports the file's own check.
            readLock.lock();
            try {
                BackupManager.onlineBackup(reader, target);
            } catch (SQLException e) {
                awaitIntact();
                throw StoreException.of(e);
            } catch (RuntimeException e) {
                awaitIntact();
                throw e;
            } finally {
                readLock.unlock();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Waits for the quick check (see {@link #openCheckingLater}) and throws its {@link DamagedDatabaseException}:
     * for a backup whose copy failed its own check, so that a damaged file is reported as such.
     */
    void requireIntact() {
        awaitIntact();
    }

    /**
     * Replaces the whole content of the open database with that of {@code source} (a verified backup of
     * this database) through SQLite's online backup API, in one step: a crash leaves either the old content
     * or the new. Writers and readers wait meanwhile; the connections stay open (撤销本次导入).
     */
    public void replaceContentWith(Path source) {
        writeLock.lock();
        readLock.lock();
        String path = source.toAbsolutePath().toString();
        // the driver's restore command takes the file name quoted, without escapes
        String quote = path.contains("'") ? "\"" : "'";
        if (path.contains(quote)) {
            throw new StoreException("备份文件的路径中同时含有单引号和双引号，无法恢复：" + path);
        }
        try (Statement st = reader.createStatement()) {
            st.executeUpdate("restore from " + quote + path + quote);
            changes.incrementAndGet();
        } catch (SQLException e) {
            throw StoreException.of(e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    /** Schema version after opening, e.g. "1". */
    public String schemaVersion() {
        return migration.targetVersion() != null ? migration.targetVersion()
                : read(c -> Queries.string(c,
                        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"));
    }

    /** Number of migrations applied while opening (0 when the schema was already current). */
    public int migrationsApplied() {
        return migration.applied();
    }

    @Override
    public void close() {
        try {
            intact.join(); // its connection closed before the lock is released
        } catch (CompletionException ignored) {
            // reported to whoever used the database
        }
        closeQuietly(reader);
        closeQuietly(writer);
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing useful to do while shutting down
        }
    }

    /** Work on a connection that returns a value. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on a connection that returns nothing. */
    @FunctionalInterface
    public interface SqlAction {
        void run(Connection connection) throws SQLException;
    }
}
