package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.HouseholdRepository;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Member;
import cn.gridledger.model.StatusChange;
import cn.gridledger.logic.validate.HouseholdRules;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.MemberFacts;
import cn.gridledger.logic.validate.StatusChangeRules;

/**
 * Households with their members: load, check, save (one transaction), delete and restore. Saving keeps
 * the search index current.
 */
public final class HouseholdService {

    /** Entity type in the audit log (the editor's 变动记录 asks for it). */
    public static final String AUDIT_ENTITY = "农户";

    private final Database db;
    private final SearchService search;
    private final Session session;
    private final AuditService audit;
    private final HouseholdRepository repo = new HouseholdRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();
    private final cn.gridledger.logic.store.HouseholdEventRepository events = new cn.gridledger.logic.store.HouseholdEventRepository();

    HouseholdService(Database db, SearchService search, Session session, AuditService audit) {
        this.db = db;
        this.search = search;
        this.session = session;
        this.audit = audit;
    }

    public HouseholdDetail load(String id) {
        HouseholdDetail d = db.read(c -> repo.load(c, id));
        if (d == null) {
            throw new UserFacingException("找不到该农户，可能已被删除。请刷新列表。");
        }
        session.requireRead(d.household().gridId());
        return session.mustMaskPersonalData() ? MaskedRecords.detail(d) : d;
    }

    /**
     * The household rules ({@link HouseholdRules}: exactly one 户主, at most one 配偶 of the other gender,
     * education and student status never both) plus what the form checks field by field, so that the
     * importer and the demo get the same refusal: names, valid and distinct ID numbers, a grid.
     */
    public List<HouseholdCheck> check(HouseholdDetail d) {
        session.requireSignedIn();
        List<HouseholdCheck> out = new ArrayList<>();
        List<Member> members = d.members();
        if (d.household().gridId() == null) {
            out.add(new HouseholdCheck(-1, "grid", "请选择所属网格"));
        }
        if (members.isEmpty()) {
            out.add(new HouseholdCheck(-1, "members", "一户至少要有一名家庭成员（户主）"));
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<MemberFacts> facts = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String row = "第 " + (i + 1) + " 名成员：";
            FieldCheck<String> name = HouseholdFields.name(m.person().name());
            if (name.hasError()) {
                out.add(new HouseholdCheck(i, "name", row + name.error()));
            }
            if (HouseholdCodes.RELATION.check(m.relation()).value() == null) {
                out.add(new HouseholdCheck(i, "relation", row + "请填写与户主关系"));
            }
            String id = m.person().idNumber();
            if (id != null && !id.isBlank()) {
                FieldCheck<HouseholdFields.IdFacts> idCheck = HouseholdFields.idNumber(id);
                if (idCheck.hasError()) {
                    out.add(new HouseholdCheck(i, "idNumber", row + idCheck.error()));
                }
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    out.add(new HouseholdCheck(i, "idNumber", "第 " + (first + 1) + " 名和第 " + (i + 1)
                            + " 名成员的身份证号相同"));
                }
            }
            facts.add(MemberFacts.of(m.person().name(), m.relation(), m.person().gender(), m.education(),
                    m.studentStatus()));
        }
        for (Issue issue : HouseholdRules.check(facts)) {
            if (issue.isError()) {
                String field = issue.message().contains("文化程度") ? "education" : "relation";
                out.add(new HouseholdCheck(memberNamedIn(issue.message(), members), field, issue.message()));
            }
        }
        return out;
    }

    /** The last member whose name the rule's message mentions (the duplicate head, the second spouse …). */
    private static int memberNamedIn(String message, List<Member> members) {
        for (int i = members.size() - 1; i >= 0; i--) {
            String name = members.get(i).person().name();
            if (name != null && !name.isBlank() && message.contains(name)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Checks and saves the household with all its parts in one transaction; the head is stored first.
     *
     * @return the household's id (new UUID for a new household)
     * @throws HouseholdRulesException when a rule of {@link #check} is broken (nothing is written)
     */
    public String save(HouseholdDetail d) {
        return save(d, List.of(), List.of());
    }

    /**
     * Saves the household; {@code departures} say why and on which day members left out of {@code d} left
     * (迁出, 死亡, 分户 …), so that the quarter's reports count them up to that day. A member left out
     * without one ends today as 其他. {@code arrivals} say how and when members new to a household already
     * on the ledger joined it (出生, 迁入 …): the reports count them from that day (one without: from today).
     */
    public String save(HouseholdDetail d, List<cn.gridledger.model.MemberDeparture> departures,
            List<cn.gridledger.model.MemberArrival> arrivals) {
        return save(d, departures, arrivals, null, null);
    }

    /**
     * Saves the household as {@link #save(HouseholdDetail, List, List)}; {@code status} says from which day a
     * changed 户类型, 低保 or 特困供养 holds (null: today), so that the quarters before keep the old value.
     * The day may be neither after today nor before the household began.
     */
    public String save(HouseholdDetail d, List<cn.gridledger.model.MemberDeparture> departures,
            List<cn.gridledger.model.MemberArrival> arrivals, StatusChange status) {
        return save(d, departures, arrivals, status, null);
    }

    /**
     * Like {@link #save(HouseholdDetail, List, List)}, with the reason for changing facts dated inside a
     * quarter already submitted (报送): kept with each such change and listed in the next export's 补充说明.
     *
     * @throws SubmittedQuarterException when the save changes such a fact and {@code lateEditReason} is blank
     *     (nothing is written)
     */
    public String save(HouseholdDetail d, List<cn.gridledger.model.MemberDeparture> departures,
            List<cn.gridledger.model.MemberArrival> arrivals, String lateEditReason) {
        return save(d, departures, arrivals, null, lateEditReason);
    }

    /** Both at once: a dated status change and the late-edit reason, each may be null. */
    public String save(HouseholdDetail d, List<cn.gridledger.model.MemberDeparture> departures,
            List<cn.gridledger.model.MemberArrival> arrivals, StatusChange status, String lateEditReason) {
        List<HouseholdCheck> problems = check(d);
        if (!problems.isEmpty()) {
            throw new HouseholdRulesException(problems);
        }
        Map<Member, cn.gridledger.model.MemberArrival> joined = arrivals(d, arrivals);
        HouseholdDetail ordered = headFirst(d);
        session.requireEdit(d.household().gridId());
        String head = ordered.members().get(0).person().name();
        String id = db.write(c -> {
            String existing = d.household().id();
            HouseholdDetail before = existing == null ? null : repo.load(c, existing);
            if (before != null) {
                session.requireEdit(before.household().gridId());
            }
            String left = before == null ? "" : departures(before, ordered, departures);
            if (before == null && !joined.isEmpty()) {
                throw new UserFacingException("新建的农户没有“入户”一说：成员随农户一起登记。");
            }
            if (before != null) {
                // a member new to a household on the ledger joins today unless told otherwise: a past
                // quarter's reports must not start counting them
                for (int i = 0; i < d.members().size(); i++) {
                    Member m = d.members().get(i);
                    if (m.id() <= 0 && !joined.containsKey(m) && m.since() == null) {
                        joined.put(m, new cn.gridledger.model.MemberArrival(i, cn.gridledger.model.code.ArrivalReason.其他,
                                LocalDate.now(), null));
                    }
                }
            }
            String changedStatus = before == null ? "" : statusChange(before.household(), ordered.household(), status);
            String movedGrid = before == null ? "" : gridMove(c, before.household(), ordered.household(), status);
            String saved = repo.save(c, ordered, departures, joined, status == null ? null : status.date());
            // after the write, so a new household's facts carry its id; a refusal rolls the write back
            String late = guard.check(c, HouseholdDatedFacts.of(saved, before, ordered, departures, joined,
                    status == null ? LocalDate.now() : status.date(), LocalDate.now()),
                    lateEditReason, session.who());
            StringBuilder came = new StringBuilder();
            joined.forEach((m, a) -> came.append("；").append(m.person().name()).append(' ').append(a.reason().eventType())
                    .append(' ').append(a.date()));
            audit.record(c, existing == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_ENTITY, saved,
                    (existing == null ? "新增农户 " : "修改农户 ") + head + "（" + ordered.members().size() + " 人"
                            + left + came + changedStatus + movedGrid + "）" + late);
            return saved;
        });
        search.refresh(List.of(id));
        return id;
    }

    /**
     * Says a change of 户类型, 低保 or 特困供养 for the audit log ("；低保 否→是 自 2026-10-15：说明"), its day
     * checked; "" when none of them changed (the day is then not used).
     */
    private static String statusChange(Household before, Household after, StatusChange status) {
        List<String> changes = new ArrayList<>();
        String typeBefore = before.hhType() == null ? "一般农户" : before.hhType();
        String typeAfter = after.hhType() == null ? "一般农户" : after.hhType();
        if (!typeBefore.equals(typeAfter)) {
            changes.add("户类型 " + typeBefore + "→" + typeAfter);
        }
        if (before.dibao() != after.dibao()) {
            changes.add("低保 " + yesNo(before.dibao()) + "→" + yesNo(after.dibao()));
        }
        if (before.tekun() != after.tekun()) {
            changes.add("特困供养 " + yesNo(before.tekun()) + "→" + yesNo(after.tekun()));
        }
        if (changes.isEmpty()) {
            return "";
        }
        LocalDate day = checkedDay(status, after);
        String note = status == null ? null : status.note();
        return "；" + String.join("、", changes) + " 自 " + day + (note == null || note.isBlank() ? "" : "：" + note.strip());
    }

    /**
     * A grid changed in the form is a move to another grid on the day the user gave (null: today), like
     * 迁往其他网格: checked against the day the household entered its grid, a 迁往其他网格 event written, and said
     * for the audit log ("；网格 一组网格→二组网格 自 2026-10-15"); "" when the grid did not change.
     */
    private String gridMove(java.sql.Connection c, Household before, Household after, StatusChange status)
            throws java.sql.SQLException {
        if (before.gridId() == null || after.gridId() == null || before.gridId().equals(after.gridId())) {
            return "";
        }
        LocalDate day = checkedDay(status, after);
        String note = status == null ? null : status.note();
        var state = events.state(c, before.id());
        if (state != null && state.gridSince() != null && day.toString().compareTo(state.gridSince()) < 0) {
            throw new UserFacingException("该户 " + state.gridSince() + " 才进入现在的网格，新网格的生效日期不能更早。");
        }
        String from = java.util.Objects.requireNonNullElse(events.gridName(c, before.gridId()), "原网格");
        String to = events.gridName(c, after.gridId());
        events.event(c, before.id(), null, cn.gridledger.model.code.HouseholdChange.HOUSEHOLD_GRID_MOVE, day,
                "由 " + from + " 迁往 " + to + (note == null || note.isBlank() ? "" : "；" + note.strip()));
        return "；网格 " + from + "→" + to + " 自 " + day + (note == null || note.isBlank() ? "" : "：" + note.strip());
    }

    /** The day a changed status or grid holds from (null: today), checked against today and the household's since. */
    private static LocalDate checkedDay(StatusChange status, Household after) {
        LocalDate day = status == null ? LocalDate.now() : status.date();
        var errors = StatusChangeRules.check(day.toString(), after.since(), status == null ? null : status.note(),
                LocalDate.now());
        if (!errors.isEmpty()) {
            throw new UserFacingException(String.join(" ", errors.values()));
        }
        return day;
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    /**
     * Checks each departure against its member (one of those left out, a day neither in the future nor
     * before they joined or were born) and says them for the audit log: "；李四 死亡 2026-08-03".
     */
    private static String departures(HouseholdDetail before, HouseholdDetail after,
            List<cn.gridledger.model.MemberDeparture> departures) {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        after.members().forEach(m -> kept.add(m.id()));
        StringBuilder said = new StringBuilder();
        for (var dep : departures) {
            Member m = before.members().stream().filter(x -> x.id() == dep.memberId()).findFirst().orElse(null);
            if (m == null || kept.contains(m.id())) {
                throw new UserFacingException("要移出的成员不在这一户中（可能已被别人修改），请关闭后重新打开这一户。");
            }
            var errors = cn.gridledger.logic.validate.MemberChangeRules.checkDeparture(dep.reason().label(), dep.date().toString(),
                    m.since(), birth(m), dep.note(), LocalDate.now());
            if (!errors.isEmpty()) {
                throw new UserFacingException(m.person().name() + "：" + String.join(" ", errors.values()));
            }
            said.append("；").append(m.person().name()).append(' ').append(dep.reason().eventType()).append(' ')
                    .append(dep.date());
        }
        return said.toString();
    }

    /**
     * Each arrival by its member (identity: the same objects stay in the list the head-first sort makes),
     * checked: a new member, a day neither in the future nor before their birth.
     */
    private static Map<Member, cn.gridledger.model.MemberArrival> arrivals(HouseholdDetail d,
            List<cn.gridledger.model.MemberArrival> arrivals) {
        Map<Member, cn.gridledger.model.MemberArrival> out = new java.util.IdentityHashMap<>();
        for (var a : arrivals) {
            if (a.index() < 0 || a.index() >= d.members().size() || d.members().get(a.index()).id() > 0) {
                throw new UserFacingException("入户记录对不上新添加的成员，请关闭后重新打开这一户。");
            }
            Member m = d.members().get(a.index());
            var errors = cn.gridledger.logic.validate.MemberChangeRules.checkArrival(a.reason().label(),
                    a.date().toString(), birth(m), a.note(), LocalDate.now());
            if (!errors.isEmpty()) {
                throw new UserFacingException(m.person().name() + "：" + String.join(" ", errors.values()));
            }
            out.put(m, a);
        }
        return out;
    }

    /** The birth date as recorded, else as the ID number says it. */
    static cn.gridledger.model.FuzzyDate birth(Member m) {
        if (m.person().birthDate() != null || m.person().idNumber() == null || m.person().idNumber().isBlank()) {
            return m.person().birthDate();
        }
        var id = cn.gridledger.logic.validate.IdNumbers.parse(m.person().idNumber());
        return id.value() == null || id.value().birthDate() == null ? null
                : cn.gridledger.model.FuzzyDate.of(id.value().birthDate());
    }

    private static HouseholdDetail headFirst(HouseholdDetail d) {
        List<Member> members = new ArrayList<>(d.members());
        members.sort((a, b) -> Boolean.compare(!"户主".equals(a.relation()), !"户主".equals(b.relation())));
        return new HouseholdDetail(d.household(), members, d.monitoring(), d.awards(), d.pointsEntries(),
                d.redemptions());
    }

    /** Marks the household deleted (kept in the database; an administrator can restore it). */
    public void delete(String id) {
        delete(id, null);
    }

    /**
     * Deletes (录错了: the household leaves every quarter, past ones too) with the reason needed when it was on
     * the ledger in a quarter already submitted; {@link #restore(String, String)} likewise.
     *
     * @throws SubmittedQuarterException when it was, and the reason is blank (nothing is written)
     */
    public void delete(String id, String lateEditReason) {
        HouseholdDetail d = load(id);
        session.requireEdit(d.household().gridId());
        db.writeVoid(c -> {
            repo.softDelete(c, id, session.who());
            String late = guard.check(c, submittedQuartersHeld(c, id, headOf(d) + "户 删除农户"), lateEditReason,
                    session.who());
            audit.record(c, AuditAction.DELETE, AUDIT_ENTITY, id,
                    "删除农户 " + headOf(d) + "（可由管理员恢复）" + late);
        });
        search.refresh(List.of(id));
    }

    /**
     * Deleting or restoring a household changes every quarter it was on the ledger in: from its since (none:
     * always) to the day after it ended (none: on).
     */
    private List<SubmittedQuarterGuard.DatedFact> submittedQuartersHeld(java.sql.Connection c, String id, String what)
            throws java.sql.SQLException {
        var state = events.state(c, id);
        LocalDate since = state.since() == null ? null : cn.gridledger.model.FuzzyDate.parseIso(state.since()).firstDay();
        LocalDate through = state.endedOn() == null ? null : LocalDate.parse(state.endedOn()).plusDays(1);
        return List.of(new SubmittedQuarterGuard.DatedFact("农户", id, id, what, since, through));
    }

    private static String headOf(HouseholdDetail d) {
        return d.members().stream().filter(m -> "户主".equals(m.relation())).map(m -> m.person().name()).findFirst()
                .orElse(d.household().hhNumber() == null ? "" : d.household().hhNumber());
    }

    /** True when the user may restore deleted households (the 已删除农户 view hides 恢复 otherwise). */
    public boolean canRestore() {
        return session.isSignedIn() && session.isAdmin();
    }

    /** Deleted households, for the 已删除农户 view. */
    public List<HouseholdRow> deleted() {
        session.requireSignedIn();
        return db.read(c -> repo.rows(c, true)).stream().filter(r -> session.canRead(r.gridId()))
                .map(r -> session.mustMaskPersonalData() ? MaskedRecords.row(r) : r).toList();
    }

    /** Restores a deleted household: administrators only. */
    public void restore(String id) {
        restore(id, null);
    }

    /** Restores, with the reason needed when it comes back into a submitted quarter (see {@link #delete(String, String)}). */
    public void restore(String id, String lateEditReason) {
        session.requireAdmin("恢复已删除的农户");
        db.writeVoid(c -> {
            repo.restore(c, id);
            HouseholdDetail d = repo.load(c, id);
            String late = d == null ? "" : guard.check(c, submittedQuartersHeld(c, id, headOf(d) + "户 恢复农户"),
                    lateEditReason, session.who());
            audit.record(c, AuditAction.RESTORE, AUDIT_ENTITY, id, "恢复已删除的农户" + late);
        });
        search.refresh(List.of(id));
    }
}
