package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.FieldChanges;
import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.store.VisitRepository;
import cn.gridledger.logic.validate.VisitRules;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Visit;
import cn.gridledger.model.Visit.Visitor;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitResponsibility.CadreChoice;
import cn.gridledger.model.VisitResponsibility.GridMonitor;
import cn.gridledger.model.VisitResponsibility.MonitoredHousehold;
import cn.gridledger.model.VisitRow;

/**
 * The visit log (走访记录, issue #17) that the 走访 page, the household editor and the home tiles call:
 * record, edit, close, delete (soft), the filtered and paged list, and the 防返贫 responsibilities
 * (a grid's 防止返贫监测员, a monitored household's responsible cadre).
 *
 * <p>A visit belongs to the grid of its first household when recorded: a grid worker records visits only
 * for households of their grids and sees only those visits; 只读 sees them with ID and phone numbers in
 * the texts masked. Every change is audited in its own transaction.
 */
public final class VisitService {

    /** Entity type in the audit log. */
    public static final String AUDIT_ENTITY = "走访记录";
    /** Largest page the list hands out at once. */
    public static final int MAX_PAGE = 500;

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final VisitRepository repo = new VisitRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();

    VisitService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    /** A visit as typed in the form: dates as text ({@code 2026-11-05}, {@code 2026.11.05} …). */
    public record VisitInput(String date, String type, List<String> householdIds, List<String> visitors,
            String finding, boolean followUpNeeded, String followUp, String dueDate) {
    }

    /** One page of the list and how many rows the filter matches in all. */
    public record VisitPage(List<VisitRow> rows, long total, int offset) {
    }

    /**
     * {@code visit_filter_p95_ms} / {@code visit_search_p95_ms} of {@code bench}: list filters, and searches
     * for a word, each a page and the count, timed on this database.
     */
    public record FilterBench(long visits, int queries, double p95Ms, double maxMs, double searchP95Ms) {
    }

    /** Thrown when a form's values break {@link VisitRules}; {@link #errors} keyed by field for the form. */
    public static final class VisitRulesException extends UserFacingException {
        private final Map<String, String> errors;

        VisitRulesException(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    // ------------------------------------------------------------------ reading

    /** A page of the list, newest first; {@code limit} at most {@link #MAX_PAGE}. */
    public VisitPage list(VisitFilter filter, int offset, int limit) {
        session.requireSignedIn();
        VisitFilter f = filter == null ? VisitFilter.ALL : filter;
        LocalDate today = LocalDate.now();
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        int from = Math.max(0, offset);
        var scope = session.gridScope();
        return db.read(c -> new VisitPage(repo.page(c, f, scope, today, from, size).stream().map(this::shown).toList(),
                repo.count(c, f, scope, today), from));
    }

    /** One household's visits, newest first (the household editor's 走访 section). */
    public List<VisitRow> ofHousehold(String householdId) {
        VisitFilter f = new VisitFilter(null, null, null, false, false, null, null, null, householdId);
        return list(f, 0, MAX_PAGE).rows();
    }

    /** One visit whole, for the edit form. */
    public Visit one(String id) {
        session.requireSignedIn();
        Visit v = db.read(c -> repo.one(c, id, false));
        if (v == null) {
            throw notFound(id);
        }
        session.requireRead(v.gridId());
        return session.mustMaskPersonalData() ? masked(v) : v;
    }

    /** True when the signed-in user may change this visit. */
    public boolean canEdit(VisitRow row) {
        return session.canEdit(row.gridId());
    }

    /** True when the signed-in user may record visits to this household (it exists and is in their grids). */
    public boolean canRecord(String householdId) {
        session.requireSignedIn();
        return db.read(c -> {
            boolean[] exists = new boolean[1];
            Long grid = repo.gridOfHousehold(c, householdId, exists);
            return exists[0] && session.canEdit(grid);
        });
    }

    /** Open follow-ups due before today in the user's grids (home tile). */
    public long overdueCount() {
        session.requireSignedIn();
        return db.read(c -> repo.overdue(c, session.gridScope(), LocalDate.now()));
    }

    /**
     * Households whose risk is not eliminated and that had no visit in {@code quarter} (up to today when
     * it is the current quarter), in the user's grids (home tile; the list it opens).
     */
    public List<MonitoredHousehold> monitoredNotVisited(Quarter quarter) {
        return monitoredHouseholds(quarter).stream().filter(m -> !m.visitedSince(quarter.firstDay())).toList();
    }

    /** Every household whose risk is not eliminated, with its responsible cadre and latest visit in or before the quarter. */
    public List<MonitoredHousehold> monitoredHouseholds(Quarter quarter) {
        session.requireSignedIn();
        LocalDate end = quarter.lastDay().isAfter(LocalDate.now()) ? LocalDate.now() : quarter.lastDay();
        return db.read(c -> repo.monitored(c, end)).stream().filter(m -> session.canRead(m.gridId())).toList();
    }

    /** The grids the user sees, each with its 防止返贫监测员. */
    public List<GridMonitor> gridMonitors() {
        session.requireSignedIn();
        return db.read(repo::gridMonitors).stream().filter(g -> session.canRead(g.gridId())).toList();
    }

    /** Cadres with a current post: who may be picked as visitor, 监测员 or responsible cadre. */
    public List<CadreChoice> cadres() {
        session.requireSignedIn();
        return db.read(repo::cadres);
    }

    // ------------------------------------------------------------------ writing

    /** Records a visit; returns its id. */
    public String record(VisitInput in) {
        return record(in, null);
    }

    /**
     * As {@link #record(VisitInput)}, with the reason for a change to 走访工作统计表 of a quarter already
     * submitted (报送, #15); {@code edit}, {@code close} and {@code delete} take it the same way.
     *
     * @throws SubmittedQuarterException when the visit counts in a submitted quarter and the reason is blank
     *     (nothing is written)
     */
    public String record(VisitInput in, String lateEditReason) {
        VisitRules.Checked v = checked(in);
        return db.write(c -> {
            Long grid = requireHouseholds(c, v.households());
            String id = UUID.randomUUID().toString();
            Visit visit = new Visit(id, v.date(), v.type().label(), grid, v.households(), visitors(c, v.visitors()),
                    v.finding(), v.followUpNeeded(), v.followUp(), v.dueDate(), v.followUpNeeded(), null, null,
                    session.who());
            repo.insert(c, visit);
            String late = guard.check(c, lateFacts(c, null, visit), lateEditReason, session.who());
            audit.record(c, AuditAction.CREATE, AUDIT_ENTITY, id, "新增走访记录（" + summary(visit) + "）" + late,
                    FieldChanges.between(Map.of(), fields(visit)));
            return id;
        });
    }

    /**
     * Changes a visit. Its result stays; a follow-up added to a visit that had none opens it, a follow-up
     * taken away closes it.
     */
    public void edit(String id, VisitInput in) {
        edit(id, in, null);
    }

    /** A change to what a submitted quarter counted of the visit needs the reason (see {@link #record(VisitInput, String)}). */
    public void edit(String id, VisitInput in, String lateEditReason) {
        VisitRules.Checked v = checked(in);
        db.writeVoid(c -> {
            Visit before = existing(c, id);
            Long grid = requireHouseholds(c, v.households());
            boolean open = v.followUpNeeded() && (before.open() || !before.followUpNeeded());
            Visit after = new Visit(id, v.date(), v.type().label(), grid, v.households(), visitors(c, v.visitors()),
                    v.finding(), v.followUpNeeded(), v.followUp(), v.dueDate(), open,
                    v.followUpNeeded() ? before.result() : null, v.followUpNeeded() ? before.closedDate() : null,
                    before.createdBy());
            if (after.closedDate() != null && after.closedDate().isBefore(after.date())) {
                throw new UserFacingException("走访日期不能晚于办结日期 " + after.closedDate() + "。");
            }
            write(c, before, after, "修改走访记录", lateEditReason);
        });
    }

    /** Closes the visit's follow-up with its result and the day it was done. */
    public void close(String id, String result, String closedDate) {
        close(id, result, closedDate, null);
    }

    /** Closing within a submitted quarter (it then no longer counts as 未办结 there) needs the reason. */
    public void close(String id, String result, String closedDate, String lateEditReason) {
        db.writeVoid(c -> {
            Visit before = existing(c, id);
            if (!before.followUpNeeded()) {
                throw new UserFacingException("这条走访记录没有需办理的事项，不用办结。");
            }
            if (!before.open()) {
                throw new UserFacingException("这项事项已于 " + before.closedDate() + " 办结。");
            }
            Map<String, String> errors = VisitRules.checkClose(before.date(), result, closedDate, LocalDate.now());
            if (!errors.isEmpty()) {
                throw new VisitRulesException(errors);
            }
            LocalDate closed = VisitRules.day(closedDate, VisitRules.CLOSED, true, new LinkedHashMap<>());
            Visit after = new Visit(id, before.date(), before.type(), before.gridId(), before.households(),
                    before.visitors(), before.finding(), true, before.followUp(), before.dueDate(), false,
                    result.strip(), closed, before.createdBy());
            write(c, before, after, "办结走访事项", lateEditReason);
        });
    }

    /** Marks the visit deleted (kept for the audit trail and history). */
    public void delete(String id) {
        delete(id, null);
    }

    /** Deleting a visit a submitted quarter counted needs the reason. */
    public void delete(String id, String lateEditReason) {
        db.writeVoid(c -> {
            Visit before = existing(c, id);
            repo.softDelete(c, id, session.who());
            String late = guard.check(c, lateFacts(c, before, null), lateEditReason, session.who());
            audit.record(c, AuditAction.DELETE, AUDIT_ENTITY, id, "删除走访记录（" + summary(before) + "）" + late,
                    FieldChanges.between(fields(before), Map.of()));
        });
    }

    /** Names the grid's 防止返贫监测员 (null: none). Grid settings are the administrator's. */
    public void setGridMonitor(long gridId, Long cadreId) {
        session.requireAdmin("安排网格的防止返贫监测员");
        db.writeVoid(c -> {
            if (!repo.gridExists(c, gridId)) {
                throw new UserFacingException("找不到该网格（编号 " + gridId + "）。");
            }
            String before = repo.gridMonitors(c).stream().filter(g -> g.gridId() == gridId).findFirst()
                    .map(GridMonitor::cadreName).orElse(null);
            String after = cadreName(c, cadreId);
            if (java.util.Objects.equals(before, after)) {
                return;
            }
            repo.setGridMonitor(c, gridId, cadreId);
            audit.record(c, AuditAction.UPDATE, "网格", String.valueOf(gridId), "安排防止返贫监测员",
                    FieldChanges.between(single("防止返贫监测员", before), single("防止返贫监测员", after)));
        });
    }

    /** Names the responsible cadre of a monitoring episode (null: none); who may edit the household may. */
    public void setResponsibleCadre(long monitoringId, Long cadreId) {
        db.writeVoid(c -> {
            Long[] owner = repo.monitoringOwner(c, monitoringId);
            if (owner == null) {
                throw new UserFacingException("找不到该监测记录（编号 " + monitoringId + "）。");
            }
            session.requireEdit(owner[0]);
            String before = repo.personName(c, owner[1]);
            String after = cadreName(c, cadreId);
            if (java.util.Objects.equals(owner[1], cadreId)) {
                return;
            }
            repo.setResponsibleCadre(c, monitoringId, cadreId);
            audit.record(c, AuditAction.UPDATE, MonitoringService.AUDIT_ENTITY, String.valueOf(monitoringId),
                    "安排监测户责任人", FieldChanges.between(single("监测责任人", before), single("监测责任人", after)));
        });
    }

    /**
     * Times {@code queries} list filters (a page of 50 and the count, as the 走访 page reads them) of the
     * kinds a user combines: grid, type, open, overdue, date range; then as many searches for a word
     * (alone or with one of those filters), timed apart. For {@code bench}.
     */
    public FilterBench benchmark(int queries, long seed) {
        session.requireSignedIn();
        List<GridMonitor> grids = gridMonitors();
        java.util.Random rnd = new java.util.Random(seed);
        LocalDate today = LocalDate.now();
        String[] words = {"低保", "医疗", "张", "王", "住房", "纠纷", "代办", "宅基地"};
        double[] filters = new double[queries];
        double[] searches = new double[queries];
        for (int i = 0; i < 2 * queries; i++) {
            boolean search = i >= queries;
            Long grid = grids.isEmpty() || rnd.nextInt(search ? 4 : 2) != 0 ? null
                    : grids.get(rnd.nextInt(grids.size())).gridId();
            var type = rnd.nextInt(3) == 0 ? cn.gridledger.model.code.VisitType.values()[rnd.nextInt(6)] : null;
            LocalDate from = rnd.nextInt(3) == 0 ? today.minusDays(30 + rnd.nextInt(300)) : null;
            VisitFilter f = new VisitFilter(grid, null, type, rnd.nextInt(4) == 0, rnd.nextInt(6) == 0, from,
                    from == null ? null : from.plusDays(90), search ? words[rnd.nextInt(words.length)] : null, null);
            long start = System.nanoTime();
            list(f, 0, 50);
            (search ? searches : filters)[i % queries] = (System.nanoTime() - start) / 1e6;
        }
        long visits = list(VisitFilter.ALL, 0, 1).total();
        return new FilterBench(visits, queries, p95(filters), max(filters), p95(searches));
    }

    private static double p95(double[] ms) {
        if (ms.length == 0) {
            return 0;
        }
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static double max(double[] ms) {
        return java.util.Arrays.stream(ms).max().orElse(0);
    }

    // ------------------------------------------------------------------ helpers

    private VisitRules.Checked checked(VisitInput in) {
        VisitRules.Draft d = new VisitRules.Draft(in.date(), in.type(), in.householdIds(), in.visitors(), in.finding(),
                in.followUpNeeded(), in.followUp(), in.dueDate());
        Map<String, String> errors = VisitRules.check(d, LocalDate.now());
        if (!errors.isEmpty()) {
            throw new VisitRulesException(errors);
        }
        return VisitRules.checked(d);
    }

    /** Every household exists and may be edited by the user; returns the first one's grid. */
    private Long requireHouseholds(Connection c, List<String> households) throws SQLException {
        Long first = null;
        for (int i = 0; i < households.size(); i++) {
            boolean[] exists = new boolean[1];
            Long grid = repo.gridOfHousehold(c, households.get(i), exists);
            if (!exists[0]) {
                throw new UserFacingException("找不到所选的第 " + (i + 1) + " 户（可能已被删除），请重新选择。");
            }
            session.requireEdit(grid);
            if (i == 0) {
                first = grid;
            }
        }
        return first;
    }

    /** Typed names, each linked to the cadre record of that name when there is exactly one. */
    private List<Visitor> visitors(Connection c, List<String> names) throws SQLException {
        List<Visitor> out = new ArrayList<>();
        for (String n : names) {
            out.add(new Visitor(repo.cadreNamed(c, n), n));
        }
        return out;
    }

    private String cadreName(Connection c, Long cadreId) throws SQLException {
        if (cadreId == null) {
            return null;
        }
        if (!repo.isCadre(c, cadreId)) {
            throw new UserFacingException("所选人员不在干部名册中，请从干部中选择。");
        }
        return repo.personName(c, cadreId);
    }

    private Visit existing(Connection c, String id) throws SQLException {
        Visit v = repo.one(c, id, false);
        if (v == null) {
            throw notFound(id);
        }
        session.requireEdit(v.gridId());
        return v;
    }

    private void write(Connection c, Visit before, Visit after, String what, String lateEditReason)
            throws SQLException {
        var changes = FieldChanges.between(fields(before), fields(after));
        if (changes.isEmpty()) {
            return;
        }
        repo.update(c, after);
        String late = guard.check(c, lateFacts(c, before, after), lateEditReason, session.who());
        audit.record(c, AuditAction.UPDATE, AUDIT_ENTITY, after.id(), what + "（" + summary(after) + "）" + late, changes);
    }

    /**
     * What of a visit 走访工作统计表 counts, each part dated where the report counts it: the visit on its day
     * (grid, type, households: 走访次数, 已走访户数), and its open follow-up at the end of each quarter it
     * was still open then (未办结, 其中逾期).
     */
    private record Counted(String what, LocalDate date, List<String> figures) {
    }

    /**
     * The parts that differ before and after (null: the visit is new, or deleted) as dated facts of 报送:
     * so a finding's wording needs no reason, nor a follow-up closed after the submitted quarter ended.
     */
    private List<DatedFact> lateFacts(Connection c, Visit before, Visit after) throws SQLException {
        List<Counted> was = counted(c, before);
        List<Counted> now = counted(c, after);
        List<DatedFact> facts = new ArrayList<>();
        for (Counted k : was) {
            if (!now.contains(k)) {
                facts.add(fact(before, k));
            }
        }
        for (Counted k : now) {
            if (!was.contains(k)) {
                facts.add(fact(after, k));
            }
        }
        return facts;
    }

    private List<Counted> counted(Connection c, Visit v) throws SQLException {
        if (v == null) {
            return List.of();
        }
        String head = repo.headName(c, v.households().get(0));
        String name = (head == null ? "" : head) + "户";
        String grid = String.valueOf(v.gridId());
        List<Counted> out = new ArrayList<>();
        out.add(new Counted(name + " 走访记录", v.date(), List.of(grid, v.type(), String.join(",", v.households()))));
        if (v.followUpNeeded()) {
            LocalDate today = LocalDate.now();
            for (Quarter q = Quarter.of(v.date()); !q.firstDay().isAfter(today); q = Quarter.of(q.lastDay().plusDays(1))) {
                LocalDate end = q.lastDay();
                if (v.closedDate() == null || v.closedDate().isAfter(end)) {
                    boolean overdue = v.dueDate() != null && v.dueDate().isBefore(end);
                    out.add(new Counted(name + " 走访事项 未办结", end, List.of(grid, String.valueOf(overdue))));
                }
            }
        }
        return out;
    }

    /** Kind 走访; the household is the visit's first, so a village's export lists it. */
    private static DatedFact fact(Visit v, Counted k) {
        // each counted part belongs to one quarter (the visit's, or the quarter whose end found it open)
        return new DatedFact("走访", v.id(), v.households().get(0), k.what(), k.date(), k.date());
    }

    private static UserFacingException notFound(String id) {
        return new UserFacingException("找不到该走访记录（可能已被删除）。");
    }

    private static String summary(Visit v) {
        return v.type() + "，" + v.date() + "，" + v.households().size() + " 户";
    }

    private static Map<String, Object> fields(Visit v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("走访日期", v.date().toString());
        f.put("走访类型", v.type());
        f.put("走访农户", String.join("、", v.households()));
        f.put("走访人", String.join("、", v.visitors().stream().map(Visitor::name).toList()));
        f.put(VisitRules.FINDING, v.finding());
        f.put("需后续办理", v.followUpNeeded() ? "是" : "否");
        f.put("需办理事项", v.followUp());
        f.put("办理期限", v.dueDate() == null ? null : v.dueDate().toString());
        f.put("办理状态", v.followUpNeeded() ? (v.open() ? "未办结" : "已办结") : null);
        f.put("办理结果", v.result());
        f.put("办结日期", v.closedDate() == null ? null : v.closedDate().toString());
        return f;
    }

    private static Map<String, Object> single(String field, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(field, value);
        return m;
    }

    private VisitRow shown(VisitRow r) {
        if (!session.mustMaskPersonalData()) {
            return r;
        }
        return new VisitRow(r.id(), r.date(), r.type(), r.gridId(), r.grid(), r.village(), r.households(),
                r.householdCount(), r.visitors(), PersonalData.maskInText(r.finding()), r.followUpNeeded(),
                PersonalData.maskInText(r.followUp()), r.dueDate(), r.open(), r.overdue(),
                PersonalData.maskInText(r.result()), r.closedDate(), r.createdBy());
    }

    private static Visit masked(Visit v) {
        return new Visit(v.id(), v.date(), v.type(), v.gridId(), v.households(), v.visitors(),
                PersonalData.maskInText(v.finding()), v.followUpNeeded(), PersonalData.maskInText(v.followUp()),
                v.dueDate(), v.open(), PersonalData.maskInText(v.result()), v.closedDate(), v.createdBy());
    }
}
