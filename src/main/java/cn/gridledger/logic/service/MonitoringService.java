package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.FieldChanges;
import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.store.MonitoringRepository;
import cn.gridledger.logic.validate.Dates;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Phones;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.code.MonitoringCategory;
import cn.gridledger.model.code.Risk;

/**
 * 防返贫监测: the list of monitored households with its filters and the quarter's counts, and the writes
 * (a new episode, measures and contact, risk elimination), each audited in its own transaction. The
 * household editor calls the same methods.
 */
public final class MonitoringService {

    /** Entity type in the audit log. */
    public static final String AUDIT_ENTITY = "防返贫监测";
    /** 消除方式. */
    public static final List<String> ELIMINATION_METHODS = List.of("帮扶消除", "自然消除");

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final MonitoringRepository repo = new MonitoringRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();

    MonitoringService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    /** An episode with what the list shows of its household, as the store reads it (unmasked). */
    public record MonitoringRecord(Monitoring monitoring, String hhNumber, Long gridId, String gridName,
            Long villageId, String villageName, String headName, int population, Long responsibleId,
            String responsibleName) {
    }

    /** One row of the list; the contact phone already masked as the session requires. */
    public record MonitoringRow(long id, String householdId, Long villageId, String village, Long gridId,
            String grid, String headName, String hhNumber, int population, String category, String risk1,
            String risk2, String risk3, FuzzyDate identifiedMonth, String measures, String contactName,
            String contactPhone, boolean eliminated, String eliminationMethod, FuzzyDate eliminatedMonth,
            Long responsibleId, String responsibleName) {

        /** 风险1–3 joined for a narrow column. */
        public String risks() {
            return String.join("、", java.util.stream.Stream.of(risk1, risk2, risk3)
                    .filter(r -> r != null && !r.isBlank()).toList());
        }
    }

    /** 全部 / 风险未消除 / 已消除 (the episode's state now). */
    public enum RiskState { 全部, 风险未消除, 已消除 }

    /** The list's filters; null = any. {@code identifiedInQuarter}: only episodes identified in the quarter. */
    public record MonitoringFilter(RiskState state, MonitoringCategory category, Long villageId,
            boolean identifiedInQuarter) {
        public static final MonitoringFilter ALL = new MonitoringFilter(RiskState.全部, null, null, false);
    }

    /**
     * The header counts at the quarter's end: households monitored (identified by then), households whose
     * risk was not eliminated by then, episodes identified in the quarter, episodes eliminated in it.
     */
    public record Counts(int monitored, int open, int newInQuarter, int eliminatedInQuarter) {
    }

    /** The list (filtered) and the counts (of everything the user may see), from one read. */
    public record Overview(List<MonitoringRow> rows, Counts counts) {
    }

    /** A new episode as typed (the household editor's monitoring section). */
    public record MonitoringInput(String householdId, String category, String risk1, String risk2, String risk3,
            String identifiedMonth, String measures, String contactName, String contactPhone) {
    }

    // ------------------------------------------------------------------ reading

    public Overview overview(MonitoringFilter filter, Quarter quarter) {
        session.current();
        List<MonitoringRecord> visible = db.read(repo::all).stream()
                .filter(r -> session.canRead(r.gridId())).toList();
        Counts counts = counts(visible, quarter);
        List<MonitoringRow> rows = new ArrayList<>();
        for (MonitoringRecord r : visible) {
            if (matches(r, filter, quarter)) {
                rows.add(row(r));
            }
        }
        return new Overview(rows, counts);
    }

    public List<MonitoringRow> list(MonitoringFilter filter, Quarter quarter) {
        return overview(filter, quarter).rows();
    }

    public Counts counts(Quarter quarter) {
        return overview(MonitoringFilter.ALL, quarter).counts();
    }

    /** One household's episodes, oldest first (for the household editor). */
    public List<MonitoringRow> ofHousehold(String householdId) {
        session.current();
        return db.read(c -> repo.ofHousehold(c, householdId)).stream()
                .filter(r -> session.canRead(r.gridId())).map(this::row).toList();
    }

    public MonitoringRow one(long id) {
        session.current();
        MonitoringRecord r = db.read(c -> repo.one(c, id));
        if (r == null) {
            throw new UserFacingException("找不到该监测记录（编号 " + id + "）。");
        }
        session.requireRead(r.gridId());
        return row(r);
    }

    /** True when the signed-in user may change this household's monitoring. */
    public boolean canEdit(MonitoringRow row) {
        return session.canEdit(row.gridId());
    }

    private static Counts counts(List<MonitoringRecord> records, Quarter q) {
        YearMonth first = YearMonth.from(q.firstDay());
        YearMonth last = YearMonth.from(q.lastDay());
        Set<String> monitored = new HashSet<>();
        Set<String> open = new HashSet<>();
        int added = 0;
        int eliminated = 0;
        for (MonitoringRecord r : records) {
            Monitoring m = r.monitoring();
            YearMonth identified = month(m.identifiedMonth());
            if (identified == null || identified.isAfter(last)) {
                continue;
            }
            monitored.add(m.householdId());
            YearMonth gone = m.riskEliminated() ? month(m.eliminatedMonth()) : null;
            boolean eliminatedByEnd = m.riskEliminated() && (gone == null || !gone.isAfter(last));
            if (!eliminatedByEnd) {
                open.add(m.householdId());
            }
            if (!identified.isBefore(first)) {
                added++;
            }
            if (gone != null && !gone.isBefore(first) && !gone.isAfter(last)) {
                eliminated++;
            }
        }
        return new Counts(monitored.size(), open.size(), added, eliminated);
    }

    private static boolean matches(MonitoringRecord r, MonitoringFilter f, Quarter q) {
        Monitoring m = r.monitoring();
        if (f.state() == RiskState.风险未消除 && m.riskEliminated() || f.state() == RiskState.已消除 && !m.riskEliminated()) {
            return false;
        }
        if (f.category() != null && !f.category().label().equals(m.category())) {
            return false;
        }
        if (f.villageId() != null && !f.villageId().equals(r.villageId())) {
            return false;
        }
        if (f.identifiedInQuarter()) {
            YearMonth identified = month(m.identifiedMonth());
            return identified != null && !identified.isBefore(YearMonth.from(q.firstDay()))
                    && !identified.isAfter(YearMonth.from(q.lastDay()));
        }
        return true;
    }

    private static YearMonth month(FuzzyDate d) {
        return d == null ? null : YearMonth.of(d.year(), Math.max(1, d.month()));
    }

    private MonitoringRow row(MonitoringRecord r) {
        Monitoring m = r.monitoring();
        return new MonitoringRow(m.id(), m.householdId(), r.villageId(), r.villageName(), r.gridId(), r.gridName(),
                r.headName(), r.hhNumber(), r.population(), m.category(), m.risk1(), m.risk2(), m.risk3(),
                m.identifiedMonth(), m.measures(), m.contactName(), PersonalData.phoneFor(session, m.contactPhone()),
                m.riskEliminated(), m.eliminationMethod(), m.eliminatedMonth(), r.responsibleId(), r.responsibleName());
    }

    // ------------------------------------------------------------------ writing

    /**
     * Records whether the risk is eliminated: 是 with how (帮扶消除/自然消除) and the month, or 否 (clearing
     * both). The month may not precede identification nor lie in the future.
     */
    public void recordElimination(long id, boolean eliminated, String method, String month) {
        recordElimination(id, eliminated, method, month, null);
    }

    /**
     * As {@link #recordElimination(long, boolean, String, String)}, with the reason for changing a month inside
     * a quarter already submitted (报送); {@code update} and {@code add} take it the same way.
     *
     * @throws SubmittedQuarterException when the old or new 消除 month is inside a submitted quarter and the
     *     reason is blank (nothing is written)
     */
    public void recordElimination(long id, boolean eliminated, String method, String month, String lateEditReason) {
        db.writeVoid(c -> {
            Monitoring before = existing(c, id);
            write(c, before, eliminationApplied(before, eliminated, method, month),
                    eliminated ? "标记风险已消除" : "标记风险未消除", lateEditReason);
        });
    }

    /**
     * The follow-up dialog's save: measures, contact and the elimination state together, one transaction and
     * one audit record.
     */
    public void update(long id, String measures, String contactName, String contactPhone, boolean eliminated,
            String method, String month) {
        update(id, measures, contactName, contactPhone, eliminated, method, month, null);
    }

    /** The follow-up save with the reason for a 消除 month inside a submitted quarter (see recordElimination). */
    public void update(long id, String measures, String contactName, String contactPhone, boolean eliminated,
            String method, String month, String lateEditReason) {
        Parsed<String> phone = Phones.parse(contactPhone);
        if (phone.hasError()) {
            throw new UserFacingException("帮扶责任人电话：" + errors(phone));
        }
        db.writeVoid(c -> {
            Monitoring before = existing(c, id);
            Monitoring measured = with(before, normaliseMeasures(measures), trimmed(contactName), phone.value(),
                    before.riskEliminated(), before.eliminationMethod(), before.eliminatedMonth());
            write(c, before, eliminationApplied(measured, eliminated, method, month), "修改监测帮扶情况", lateEditReason);
        });
    }

    private static Monitoring eliminationApplied(Monitoring m, boolean eliminated, String method, String month) {
        if (!eliminated) {
            return with(m, m.measures(), m.contactName(), m.contactPhone(), false, null, null);
        }
        String how = method == null ? null : method.strip();
        if (how == null || !ELIMINATION_METHODS.contains(how)) {
            throw new UserFacingException("请选择消除方式：帮扶消除 或 自然消除。");
        }
        FuzzyDate when = requiredMonth("消除时间", month);
        if (m.identifiedMonth() != null && when.compareTo(m.identifiedMonth()) < 0) {
            throw new UserFacingException("消除时间 " + when.toDisplay() + " 早于识别监测时间 "
                    + m.identifiedMonth().toDisplay() + "。");
        }
        return with(m, m.measures(), m.contactName(), m.contactPhone(), true, how, when);
    }

    /** Changes the assistance measures and the responsible contact (phone validated). */
    public void updateMeasures(long id, String measures, String contactName, String contactPhone) {
        Parsed<String> phone = Phones.parse(contactPhone);
        if (phone.hasError()) {
            throw new UserFacingException("帮扶责任人电话：" + errors(phone));
        }
        db.writeVoid(c -> {
            Monitoring before = existing(c, id);
            Monitoring after = with(before, normaliseMeasures(measures), trimmed(contactName), phone.value(),
                    before.riskEliminated(), before.eliminationMethod(), before.eliminatedMonth());
            write(c, before, after, "修改帮扶措施", null);
        });
    }

    /** A new monitoring episode of a household; returns its id. */
    public long add(MonitoringInput in) {
        return add(in, null);
    }

    /** A new episode identified in a month inside a submitted quarter needs the reason (see recordElimination). */
    public long add(MonitoringInput in, String lateEditReason) {
        MonitoringCategory category = MonitoringCategory.match(in.category())
                .orElseThrow(() -> new UserFacingException("请选择监测对象类别：脱贫不稳定户、边缘易致贫户 或 突发严重困难户。"));
        List<String> risks = new ArrayList<>();
        for (String raw : new String[] {in.risk1(), in.risk2(), in.risk3()}) {
            if (trimmed(raw) == null) {
                continue;
            }
            Risk r = Risk.match(raw).orElseThrow(() -> new UserFacingException("无法识别的风险类型「" + raw.strip() + "」。"));
            if (!risks.contains(r.label())) {
                risks.add(r.label());
            }
        }
        if (risks.isEmpty()) {
            throw new UserFacingException("请至少填写一项致贫/返贫风险。");
        }
        FuzzyDate identified = requiredMonth("识别监测时间", in.identifiedMonth());
        Parsed<String> phone = Phones.parse(in.contactPhone());
        if (phone.hasError()) {
            throw new UserFacingException("帮扶责任人电话：" + errors(phone));
        }
        return db.write(c -> {
            if (!repo.householdExists(c, in.householdId())) {
                throw new UserFacingException("找不到该农户，未能添加监测记录。");
            }
            session.requireEdit(repo.gridOfHousehold(c, in.householdId()));
            Monitoring m = new Monitoring(0, in.householdId(), category.label(), risks.get(0),
                    risks.size() > 1 ? risks.get(1) : null, risks.size() > 2 ? risks.get(2) : null, identified,
                    normaliseMeasures(in.measures()), trimmed(in.contactName()), phone.value(), false, null, null);
            long id = repo.insert(c, m);
            String late = guard.check(c, List.of(new DatedFact("防返贫监测", String.valueOf(id), in.householdId(),
                    headOf(c, id) + " 防返贫监测 识别", identified.firstDay())), lateEditReason, session.who());
            audit.record(c, AuditAction.CREATE, AUDIT_ENTITY, String.valueOf(id), "新增监测户（农户 " + in.householdId() + "）" + late,
                    FieldChanges.between(Map.of(), fields(m)));
            return id;
        });
    }

    private Monitoring existing(Connection c, long id) throws SQLException {
        MonitoringRecord r = repo.one(c, id);
        if (r == null) {
            throw new UserFacingException("找不到该监测记录（编号 " + id + "）。");
        }
        session.requireEdit(r.gridId());
        return r.monitoring();
    }

    private void write(Connection c, Monitoring before, Monitoring after, String what, String lateEditReason)
            throws SQLException {
        var changes = FieldChanges.between(fields(before), fields(after));
        if (changes.isEmpty()) {
            return;
        }
        repo.update(c, after);
        String late = guard.check(c, eliminationFacts(c, before, after), lateEditReason, session.who());
        audit.record(c, AuditAction.UPDATE, AUDIT_ENTITY, String.valueOf(after.id()),
                what + "（农户 " + after.householdId() + "）" + late, changes);
    }

    /** A changed 消除 month, old and new both: moving it out of a submitted quarter changes that quarter too. */
    private List<DatedFact> eliminationFacts(Connection c, Monitoring before, Monitoring after) throws SQLException {
        FuzzyDate was = before.riskEliminated() ? before.eliminatedMonth() : null;
        FuzzyDate now = after.riskEliminated() ? after.eliminatedMonth() : null;
        if (java.util.Objects.equals(was, now)) {
            return List.of();
        }
        return DatedFact.moved("防返贫监测", String.valueOf(after.id()), after.householdId(),
                headOf(c, after.id()) + " 防返贫监测 消除年月", was == null ? LocalDate.MAX : was.firstDay(),
                now == null ? LocalDate.MAX : now.firstDay()); // not eliminated: as if in a month still to come
    }

    /** {@code 张三明户}, as the household form's late-edit notes name a household. */
    private String headOf(Connection c, long monitoringId) throws SQLException {
        MonitoringRecord r = repo.one(c, monitoringId);
        return (r == null || r.headName() == null ? "" : r.headName()) + "户";
    }

    private static Monitoring with(Monitoring m, String measures, String contactName, String contactPhone,
            boolean eliminated, String method, FuzzyDate month) {
        return new Monitoring(m.id(), m.householdId(), m.category(), m.risk1(), m.risk2(), m.risk3(),
                m.identifiedMonth(), measures, contactName, contactPhone, eliminated, method, month);
    }

    private static FuzzyDate requiredMonth(String field, String raw) {
        Parsed<FuzzyDate> p = Dates.parse(raw);
        if (p.hasError()) {
            throw new UserFacingException(field + "：" + errors(p));
        }
        if (p.value() == null || p.value().month() == 0) {
            throw new UserFacingException("请填写" + field + "（年月），如 2026.09。");
        }
        FuzzyDate d = p.value().truncatedTo(FuzzyDate.Precision.MONTH);
        if (d.firstDay().isAfter(LocalDate.now())) {
            throw new UserFacingException(field + "不能晚于本月。");
        }
        return d;
    }

    /** Measures are stored comma-joined; the user may type 、，, or spaces between them. */
    static String normaliseMeasures(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String s : raw.split("[、,，;；\\s]+")) {
            if (!s.isBlank() && !parts.contains(s.strip())) {
                parts.add(s.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(",", parts);
    }

    private static Map<String, Object> fields(Monitoring m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("监测对象类别", m.category());
        f.put("风险1", m.risk1());
        f.put("风险2", m.risk2());
        f.put("风险3", m.risk3());
        f.put("识别监测时间", m.identifiedMonth() == null ? null : m.identifiedMonth().toDisplay());
        f.put("帮扶措施", m.measures());
        f.put("帮扶责任人", m.contactName());
        f.put("帮扶责任人电话", m.contactPhone());
        f.put("风险是否消除", m.riskEliminated() ? "是" : "否");
        f.put("消除方式", m.eliminationMethod());
        f.put("消除时间", m.eliminatedMonth() == null ? null : m.eliminatedMonth().toDisplay());
        return f;
    }

    private static String errors(Parsed<?> p) {
        return p.issues().stream().filter(Issue::isError).map(Issue::message)
                .collect(java.util.stream.Collectors.joining("；"));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
