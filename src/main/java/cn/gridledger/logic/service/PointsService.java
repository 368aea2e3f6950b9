package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.PointsRepository;
import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsItem;

/** 积分制: the village catalogues of items and entry of one item for many households at once. */
public final class PointsService {

    private final Database db;
    private final SearchService search;
    private final Session session;
    private final AuditService audit;
    private final PointsRepository repo = new PointsRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();

    PointsService(Database db, SearchService search, Session session, AuditService audit) {
        this.db = db;
        this.search = search;
        this.session = session;
        this.audit = audit;
    }

    public List<PointsItem> items(long villageId) {
        session.requireSignedIn();
        return db.read(c -> repo.items(c, villageId));
    }

    /** Adds or changes a catalogue item; returns its id. */
    public long saveItem(PointsItem item) {
        session.requireSettings("维护积分项目");
        if (item.name() == null || item.name().isBlank()) {
            throw new UserFacingException("请填写积分项目名称。");
        }
        if (!"加分".equals(item.direction()) && !"减分".equals(item.direction())) {
            throw new UserFacingException("积分项目应为“加分”或“减分”。");
        }
        if (item.defaultPoints() < 0 || item.defaultPoints() > 10_000) {
            throw new UserFacingException("默认分值应为 0 到 10000 的整数（减分项也填正数）。");
        }
        PointsItem clean = new PointsItem(item.id(), item.villageId(), item.name().strip(), item.direction(),
                item.defaultPoints(), item.active());
        return db.write(c -> {
            if (repo.nameTaken(c, clean.villageId(), clean.name(), clean.id())) {
                throw new UserFacingException("本村已有名为“" + clean.name() + "”的积分项目。");
            }
            long id = repo.save(c, clean);
            audit.record(c, clean.id() > 0 ? AuditAction.UPDATE : AuditAction.CREATE, "积分项目", String.valueOf(id),
                    clean.direction() + " " + clean.name() + " 默认 " + clean.defaultPoints() + " 分");
            return id;
        });
    }

    /**
     * Gives one item to many households on one date (减分 items are stored negative), in one transaction.
     *
     * @param points the value as entered, without sign (the item's direction decides it)
     * @return number of entries written
     */
    public int bulkEntry(PointsItem item, List<String> householdIds, LocalDate date, int points, String reason,
            String recorder, String approver) {
        return bulkEntry(item, householdIds, date, points, reason, recorder, approver, null);
    }

    /**
     * As {@link #bulkEntry(PointsItem, List, LocalDate, int, String, String, String)}, with the reason for a date
     * inside a quarter already submitted (报送): each household's entry is then a late edit of that quarter.
     *
     * @throws SubmittedQuarterException when the date is inside a submitted quarter and the reason is blank
     */
    public int bulkEntry(PointsItem item, List<String> householdIds, LocalDate date, int points, String reason,
            String recorder, String approver, String lateEditReason) {
        if (householdIds.isEmpty()) {
            throw new UserFacingException("请至少勾选一户。");
        }
        if (points <= 0) {
            throw new UserFacingException("分值应为正整数（减分项会自动记为负分）。");
        }
        if (date == null) {
            throw new UserFacingException("请填写登记日期。");
        }
        int signed = "减分".equals(item.direction()) ? -points : points;
        List<PointsEntry> entries = new ArrayList<>(householdIds.size());
        for (String id : householdIds) {
            entries.add(new PointsEntry(0, id, item.id(), date, signed,
                    reason == null || reason.isBlank() ? item.name() : reason.strip(), recorder, approver));
        }
        int written = db.write(c -> {
            for (Long grid : repo.gridsOf(c, householdIds)) {
                session.requireEdit(grid);
            }
            int n = repo.addEntries(c, entries);
            String late = guard.check(c, lateFacts(c, item, householdIds, date), lateEditReason, session.who());
            audit.record(c, AuditAction.CREATE, "积分", String.valueOf(item.id()),
                    "批量登记“" + item.name() + "” " + signed + " 分，共 " + n + " 户" + late);
            return n;
        });
        search.refresh(householdIds);
        return written;
    }

    /** One fact per household (village exports list their own), named only when the date needs it. */
    private List<SubmittedQuarterGuard.DatedFact> lateFacts(java.sql.Connection c, PointsItem item, List<String> ids,
            LocalDate date) throws java.sql.SQLException {
        if (!new cn.gridledger.logic.store.QuarterSubmissionRepository().isSubmitted(c, cn.gridledger.model.Quarter.of(date))) {
            return List.of(); // the usual case: no name lookups for a bulk of hundreds
        }
        List<SubmittedQuarterGuard.DatedFact> facts = new ArrayList<>(ids.size());
        for (String id : ids) {
            facts.add(new SubmittedQuarterGuard.DatedFact("积分", id, id, repo.headName(c, id) + "户 积分 " + item.name(), date));
        }
        return facts;
    }
}
