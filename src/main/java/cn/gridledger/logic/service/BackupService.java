package cn.gridledger.logic.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.BackupCheck;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.io.BackupFolders;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.BackupManager;
import cn.gridledger.logic.store.Database;

/**
 * Backups of the open database (now, daily, on exit, before an import), the backup folder, and —
 * through the static methods, which need no open database — listing, verifying and restoring.
 */
public final class BackupService {

    private static final String ENTITY = "数据库";
    /** Who the audit log names for a restore chosen in the damaged-database dialog at start-up. */
    public static final String AT_STARTUP = "（启动时恢复）";

    private final Database db;
    private final Session session;
    private final AuditService audit;
    /** Told of every backup made, on the thread that made it (the status bar's 上次备份). */
    private final java.util.List<java.util.function.Consumer<BackupFile>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    BackupService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    /** 立即备份: a manual backup into the backup folder, then rotation. */
    public BackupFile backupNow() {
        return backup(BackupKind.MANUAL);
    }

    /** A pre-import copy made on its own (the importer makes it through {@link #copyBeforeImport}; kept 30 days). */
    public BackupFile backupBeforeImport() {
        return backup(BackupKind.PRE_IMPORT);
    }

    /** Before 撤销本次导入 replaces the data: the database as it was, kept like a restore keeps it. */
    BackupFile backupBeforeUndo() {
        return backup(BackupKind.PRE_RESTORE);
    }

    /** On closing the window. */
    public BackupFile backupOnExit() {
        return backup(BackupKind.EXIT);
    }

    /** The daily backup, when no regular backup has been made today. */
    public Optional<BackupFile> dailyIfDue() {
        LocalDate today = LocalDate.now();
        boolean done = backups().stream()
                .anyMatch(b -> b.kind().regular() && b.createdAt().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(backup(BackupKind.DAILY));
    }

    private BackupFile backup(BackupKind kind) {
        session.current();
        return record(BackupManager.backup(db, kind));
    }

    /**
     * Only the copy a coming import needs, as {@link #backupBeforeImport} writes it, but not yet audited,
     * rotated or announced: the import may still refuse its file, and then deletes this copy as if it had
     * never been made (see {@link BackupAhead}); else it calls {@link #record}.
     */
    BackupFile copyBeforeImport() {
        session.current();
        return BackupManager.backup(db, BackupKind.PRE_IMPORT);
    }

    /** What follows every copy: the audit entry, rotation, and the listeners. */
    BackupFile record(BackupFile made) {
        audit.recordNow(AuditAction.BACKUP, ENTITY, made.path().getFileName().toString(),
                made.kind().label() + "备份到 " + made.path().getParent());
        BackupManager.rotate(db.file(), LocalDateTime.now());
        listeners.forEach(l -> l.accept(made));
        return made;
    }

    /**
     * Deletes a backup the user chose (manual backups stay until this is done). Recorded as a 备份 entry,
     * which, like making a backup, does not count as a change to the data.
     */
    public void delete(BackupFile backup) {
        session.requireAdmin("删除备份");
        BackupManager.delete(db.file(), backup.path());
        audit.recordNow(AuditAction.BACKUP, ENTITY, backup.path().getFileName().toString(),
                "删除" + backup.kind().label() + "备份 " + backup.path());
    }

    /** Calls {@code listener} after each backup this program makes (manual, daily, before an import, on exit). */
    public void onBackup(java.util.function.Consumer<BackupFile> listener) {
        listeners.add(listener);
    }

    /** {@code backup --out FILE}: a consistent copy to a file of the user's choosing. */
    public void backupTo(Path out) {
        session.requireAdmin("把整个数据库备份到指定文件"); // the copy holds every grid, unmasked
        BackupManager.backupTo(db, out);
        audit.recordNow(AuditAction.BACKUP, ENTITY, out.getFileName().toString(), "备份到 " + out);
    }

    /** Backups of the open database, newest first. */
    public List<BackupFile> backups() {
        session.requireSignedIn();
        return BackupManager.list(db.file());
    }

    public Optional<LocalDateTime> lastBackup() {
        return backups().stream().findFirst().map(BackupFile::createdAt);
    }

    /** Where the next backup goes (the chosen folder when it can be written, else the default). */
    public Path folder() {
        session.requireSignedIn();
        return BackupFolders.target(db.file());
    }

    public Optional<Path> chosenFolder() {
        session.requireSignedIn();
        return BackupFolders.chosen(db.file());
    }

    /** Chooses the backup folder (e.g. on a USB stick); null returns to the default folder. */
    public void chooseFolder(Path folder) {
        session.requireSettings("更改备份文件夹");
        if (folder != null && !BackupFolders.usable(folder)) {
            throw new UserFacingException("无法写入该文件夹：" + folder + "。请检查 U 盘是否插好、是否有写入权限。");
        }
        BackupFolders.choose(db.file(), folder);
        audit.recordNow(AuditAction.UPDATE, "设置", "backupFolder",
                "备份文件夹改为 " + (folder == null ? BackupFolders.defaultFolder(db.file()) : folder));
    }

    /** Checks the open database: restore is only offered by the window for administrators. */
    public void requireRestoreAllowed() {
        session.requireRestore();
    }

    // ---- without an open database (start-up with a damaged file, the restore command) -------------

    /** Backups of the database at {@code databaseFile}, newest first. */
    public static List<BackupFile> backupsOf(Path databaseFile) {
        return BackupManager.list(databaseFile);
    }

    /** Integrity, schema version, and that it is a GridLedger database. */
    public static BackupCheck verify(Path backup) {
        return BackupManager.verify(backup);
    }

    /** The newest backup that passes {@link #verify}. */
    public static Optional<BackupFile> newestGoodBackup(Path databaseFile) {
        return backupsOf(databaseFile).stream().filter(b -> verify(b.path()).ok()).findFirst();
    }

    /**
     * Replaces the (closed) database with a verified backup, keeping the replaced one aside, then opens
     * it (migrating an older schema) and records the restore in its audit log.
     *
     * @param who the name written to the audit log
     * @return the opened services and where the replaced database was kept
     */
    public static Restored restore(Path databaseFile, Path backup, String who) {
        Path keptAside = BackupManager.restore(databaseFile, backup);
        AppServices services = AppServices.open(databaseFile);
        services.audit().recordAs(who, null, AuditAction.RESTORE, ENTITY, backup.getFileName().toString(),
                "从备份 " + backup + " 恢复" + (keptAside == null ? "" : "；原数据库保留在 " + keptAside));
        return new Restored(services, keptAside);
    }

    /** The result of {@link #restore}. */
    public record Restored(AppServices services, Path keptAside) {
    }
}
