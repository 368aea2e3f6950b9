package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.AuditRepository;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.MonitoringRepository;

/**
 * The audit trail. Other services call {@link #record} inside their own {@code db.write(c -> …)} with
 * the same connection, so the record commits or rolls back together with the change:
 *
 * <pre>{@code
 * db.writeVoid(c -> {
 *     session.requireEdit(gridId);
 *     Household before = repo.household(c, id);
 *     repo.update(c, after);
 *     audit.record(c, AuditAction.UPDATE, "农户", id, "修改农户 " + number,
 *             FieldChanges.between(before, after, HouseholdLabels.LABELS));
 * });
 * }</pre>
 */
public final class AuditService {

    private final Database db;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AuditService.class.getName());

    /** The entity type of households in the log: their history is shown only to who may read the household. */
    private static final String HOUSEHOLD = "农户";

    private final Session session;
    /** One daemon thread that writes refusal entries outside the refused caller's transaction. */
    private final java.util.concurrent.ExecutorService refusalWriter =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "audit-refusals");
                t.setDaemon(true);
                return t;
            });
    private final AuditRepository repo = new AuditRepository();

    AuditService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    /**
     * Records a change inside the caller's transaction, as the current user.
     *
     * @param entityType what kind of record, in Chinese (农户, 人员, 干部, 网格, 用户, 数据库 …)
     * @param entityId   its id as text (UUID, rowid, file name); may be null
     * @param summary    one line for the log browser; never a password
     * @param changes    fields old → new (empty for import/export/backup)
     */
    public void record(Connection c, AuditAction action, String entityType, String entityId, String summary,
            List<FieldChange> changes) throws SQLException {
        CurrentUser who = session.current();
        repo.insert(c, who.isAccount() ? who.id() : null, who.displayName(), action, entityType, entityId, summary,
                changes);
    }

    /** {@link #record(Connection, AuditAction, String, String, String, List)} without field changes. */
    public void record(Connection c, AuditAction action, String entityType, String entityId, String summary)
            throws SQLException {
        record(c, action, entityType, entityId, summary, List.of());
    }

    /** The id of the newest entry (inside the caller's transaction: the one just recorded). */
    public long latestId(Connection c) throws SQLException {
        return repo.latestId(c);
    }

    /** The action labels recorded after entry {@code id}, oldest first. */
    public List<String> actionsAfter(Connection c, long id) throws SQLException {
        return repo.actionsAfter(c, id);
    }

    /** The newest entry of an action on a kind of record (the last exchange package imported), if any. */
    java.util.Optional<AuditEntry> latest(Connection c, AuditAction action, String entityType) throws SQLException {
        return java.util.Optional.ofNullable(repo.latest(c, action, entityType));
    }

    /** Records an event that has no transaction of its own to join (an export, a backup) in a new one. */
    public void recordNow(AuditAction action, String entityType, String entityId, String summary) {
        db.appendToLog(c -> record(c, action, entityType, entityId, summary));
    }

    /** Records in a new transaction on behalf of someone not signed in (failed logins). */
    void recordAs(String who, Long userId, AuditAction action, String entityType, String entityId, String summary) {
        db.appendToLog(c -> repo.insert(c, userId, who, action, entityType, entityId, summary, List.of()));
    }

    /**
     * Records a refusal ({@link AuditAction#REFUSED}) of the current user. Written on a thread of its
     * own: the refusal may come inside the caller's transaction, which is about to be rolled back and must
     * not be committed early by this entry (there is one writer connection). Not signed in → nothing.
     */
    void recordRefusal(String message) {
        if (!session.isSignedIn()) {
            return;
        }
        CurrentUser who = session.current();
        refusalWriter.execute(() -> recordAs(who.displayName(), who.isAccount() ? who.id() : null,
                AuditAction.REFUSED, "权限", null, message));
    }

    /** Waits until the refusals recorded so far are written (closing the database, tests). */
    public void awaitRefusals() {
        try {
            refusalWriter.submit(() -> { }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(java.util.logging.Level.WARNING, "refusal audit not written", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        refusalWriter.shutdown();
        try {
            refusalWriter.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One record's history for its editor, newest first. */
    public List<AuditEntry> history(String entityType, String entityId) {
        session.requireSignedIn();
        if (HOUSEHOLD.equals(entityType) && !session.hasTownshipScope()) {
            session.requireRead(db.read(c -> new MonitoringRepository().gridOfHousehold(c, entityId)));
        }
        if (MonitoringService.AUDIT_ENTITY.equals(entityType) && !session.hasTownshipScope()) {
            session.requireRead(db.read(c -> {
                var r = entityId == null || !entityId.matches("\\d+") ? null
                        : new MonitoringRepository().one(c, Long.parseLong(entityId));
                return r == null ? null : r.gridId();
            }));
        }
        if (VisitService.AUDIT_ENTITY.equals(entityType) && !session.hasTownshipScope()) {
            // a visit's history shows what was found in households of its grid: the grid worker's own only
            session.requireRead(db.read(c -> {
                var v = entityId == null ? null : new cn.gridledger.logic.store.VisitRepository().one(c, entityId, true);
                return v == null ? null : v.gridId();
            }));
        }
        List<AuditEntry> entries = db.read(c -> repo.history(c, entityType, entityId));
        return session.mustMaskPersonalData() ? entries.stream().map(PersonalData::masked).toList() : entries;
    }

    /** The whole log, filtered: administrators only. */
    public List<AuditEntry> search(AuditFilter filter) {
        session.requireAccounts("查看操作日志");
        return db.read(c -> repo.search(c, filter));
    }

    /**
     * For the log browser: each entry's record as a person reads it (户主姓名（户编号）, 干部姓名, 网格),
     * by entry id; entries whose record is unknown are left out (the browser shows their id).
     */
    public java.util.Map<Long, String> recordNames(List<AuditEntry> entries) {
        session.requireAdmin("查看操作日志");
        return db.read(c -> {
            java.util.Map<String, String> cache = new java.util.HashMap<>();
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            for (AuditEntry e : entries) {
                String key = e.entityType() + "\u0000" + e.entityId();
                if (!cache.containsKey(key)) {
                    cache.put(key, repo.recordName(c, e.entityType(), e.entityId()));
                }
                String name = cache.get(key);
                if (name != null) {
                    out.put(e.id(), name);
                }
            }
            return out;
        });
    }

    /** The entity types present in the log, for the browser's filter. */
    public List<String> entityTypes() {
        session.requireAccounts("查看操作日志");
        return db.read(repo::entityTypes);
    }
}
