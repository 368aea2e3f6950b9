package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.HouseholdEventRepository;
import cn.gridledger.logic.store.HouseholdEventRepository.HouseholdState;
import cn.gridledger.logic.store.HouseholdRepository;
import cn.gridledger.logic.validate.HouseholdChangeRules;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.code.HouseholdChange;

/**
 * 分户, 合户 and 迁往其他网格, each on a day the user gives and in one transaction: the resulting households
 * are checked with the same household rules as the editor (one 户主, at most one 配偶 …) before anything is
 * written; members change household by a dated end and start, so the quarters before the day still count
 * them where they were (issue #15).
 */
public final class HouseholdChangeService {

    /**
     * @param moving      member id → their 与户主关系 in the new household (exactly one 户主)
     * @param staying     new 与户主关系 of members who stay (needed when the 户主 leaves), may be empty
     * @param newHhNumber the new household's 户编号, null when not yet given
     */
    public record Split(String householdId, Map<Long, String> moving, Map<Long, String> staying, String newHhNumber,
                        LocalDate day, String note) {
        public Split {
            moving = Map.copyOf(moving);
            staying = staying == null ? Map.of() : Map.copyOf(staying);
        }
    }

    /** @param relations each member of the merged household → their 与户主关系 in the household they join */
    public record Merge(String householdId, String intoId, Map<Long, String> relations, LocalDate day, String note) {
        public Merge {
            relations = Map.copyOf(relations);
        }
    }

    public record GridMove(String householdId, long gridId, LocalDate day, String note) {
    }

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final SearchService search;
    private final HouseholdService households;
    private final HouseholdRepository repo = new HouseholdRepository();
    private final HouseholdEventRepository events = new HouseholdEventRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();

    HouseholdChangeService(Database db, Session session, AuditService audit, SearchService search,
            HouseholdService households) {
        this.db = db;
        this.session = session;
        this.audit = audit;
        this.search = search;
        this.households = households;
    }

    /** 分户: the chosen members form a new household on the day. @return the new household's id */
    public String split(Split s) {
        return split(s, null);
    }

    /**
     * 分户 with the reason for a day inside a quarter already submitted (报送); the same holds for
     * {@link #merge(Merge, String)} and {@link #moveToGrid(GridMove, String)}.
     *
     * @throws SubmittedQuarterException when the day is inside a submitted quarter and the reason is blank
     *     (nothing is written)
     */
    public String split(Split s, String lateEditReason) {
        String newId = db.write(c -> {
            HouseholdDetail source = current(c, s.householdId());
            session.requireEdit(source.household().gridId());
            HouseholdState state = events.state(c, s.householdId());
            HouseholdChangeRules.checkDay("分户日期", s.day(), state.since(), LocalDate.now());
            Set<Long> ids = memberIds(source);
            if (s.moving().isEmpty()) {
                throw new UserFacingException("请选择要分出的成员。");
            }
            if (!ids.containsAll(s.moving().keySet()) || !ids.containsAll(s.staying().keySet())) {
                throw stale();
            }
            if (s.moving().size() == ids.size()) {
                throw new UserFacingException("分户后原户至少要留一人；全户迁走请用“迁往其他网格”或移出成员。");
            }
            List<Member> leaving = new ArrayList<>();
            List<Member> remaining = new ArrayList<>();
            for (Member m : source.members()) {
                HouseholdChangeRules.checkMember(m, HouseholdService.birth(m), "分户日期", s.day(), LocalDate.now());
                if (s.moving().containsKey(m.id())) {
                    leaving.add(withRelation(m, s.moving().get(m.id())));
                } else {
                    remaining.add(withRelation(m, s.staying().getOrDefault(m.id(), m.relation())));
                }
            }
            rulesHold("新户", source.household(), leaving);
            rulesHold("原户", source.household(), remaining);

            String id = events.newHouseholdFrom(c, s.householdId(), blankToNull(s.newHhNumber()), s.day());
            for (Member m : leaving) {
                events.transfer(c, m.id(), s.householdId(), id, m.relation(), s.day(), HouseholdChange.SPLIT_LEAVE,
                        HouseholdChange.SPLIT_JOIN, s.note());
            }
            for (Member m : remaining) {
                events.relate(c, m.id(), m.relation());
            }
            String oldHead = head(source.members());
            String newHead = head(leaving);
            String late = guard.check(c, List.of(fact(s.householdId(), oldHead, "分户", s.day()),
                    fact(id, newHead, "分户立户", s.day())), lateEditReason, session.who());
            events.event(c, id, null, HouseholdChange.HOUSEHOLD_SPLIT_FROM, s.day(),
                    join("自 " + oldHead + " 户分出", s.note()));
            events.event(c, s.householdId(), null, HouseholdChange.HOUSEHOLD_SPLIT, s.day(),
                    join(leaving.size() + " 人分出另立户（户主 " + newHead + "）", s.note()));
            audit.record(c, AuditAction.CREATE, HouseholdService.AUDIT_ENTITY, id, "分户 " + s.day() + "：自 " + oldHead
                    + " 户分出 " + names(leaving) + "，新户户主 " + newHead);
            audit.record(c, AuditAction.UPDATE, HouseholdService.AUDIT_ENTITY, s.householdId(), "分户 " + s.day()
                    + "：" + names(leaving) + " 分出另立户（户主 " + newHead + "）" + late);
            return id;
        });
        search.refresh(List.of(s.householdId(), newId));
        return newId;
    }

    /** 合户: every member of one household joins another on the day; the merged household ends then. */
    public void merge(Merge m) {
        merge(m, null);
    }

    /** 合户, with the reason for a day inside a submitted quarter (see {@link #split(Split, String)}). */
    public void merge(Merge m, String lateEditReason) {
        db.writeVoid(c -> {
            HouseholdDetail from = current(c, m.householdId());
            HouseholdDetail into = current(c, m.intoId());
            session.requireEdit(from.household().gridId());
            session.requireEdit(into.household().gridId());
            if (m.householdId().equals(m.intoId())) {
                throw new UserFacingException("不能与本户合户，请选择另一户。");
            }
            LocalDate today = LocalDate.now();
            HouseholdChangeRules.checkDay("合户日期", m.day(), events.state(c, m.householdId()).since(), today);
            HouseholdChangeRules.checkDay("合户日期", m.day(), events.state(c, m.intoId()).since(), today);
            if (!memberIds(from).equals(m.relations().keySet())) {
                throw stale();
            }
            List<Member> joined = new ArrayList<>(into.members());
            List<Member> coming = new ArrayList<>();
            for (Member x : from.members()) {
                HouseholdChangeRules.checkMember(x, HouseholdService.birth(x), "合户日期", m.day(), today);
                coming.add(withRelation(x, m.relations().get(x.id())));
            }
            joined.addAll(coming);
            rulesHold("合户后", into.household(), joined);

            for (Member x : coming) {
                events.transfer(c, x.id(), m.householdId(), m.intoId(), x.relation(), m.day(), HouseholdChange.MERGE_LEAVE,
                        HouseholdChange.MERGE_JOIN, m.note());
            }
            events.endHousehold(c, m.householdId(), m.day());
            String fromHead = head(from.members());
            String intoHead = head(into.members());
            String late = guard.check(c, List.of(fact(m.householdId(), fromHead, "合户", m.day()),
                    fact(m.intoId(), intoHead, "合户并入", m.day())), lateEditReason, session.who());
            events.event(c, m.householdId(), null, HouseholdChange.HOUSEHOLD_MERGED, m.day(),
                    join("并入 " + intoHead + " 户", m.note()));
            events.event(c, m.intoId(), null, HouseholdChange.HOUSEHOLD_MERGED_IN, m.day(),
                    join(fromHead + " 户 " + coming.size() + " 人并入", m.note()));
            audit.record(c, AuditAction.UPDATE, HouseholdService.AUDIT_ENTITY, m.householdId(), "合户 " + m.day()
                    + "：" + fromHead + " 户（" + names(coming) + "）并入 " + intoHead + " 户，本户注销" + late);
            audit.record(c, AuditAction.UPDATE, HouseholdService.AUDIT_ENTITY, m.intoId(), "合户 " + m.day() + "："
                    + fromHead + " 户 " + coming.size() + " 人并入");
        });
        search.refresh(List.of(m.householdId(), m.intoId()));
    }

    /** 迁往其他网格 from the day on; the quarters before it count the household in its old grid. */
    public void moveToGrid(GridMove g) {
        moveToGrid(g, null);
    }

    /** 迁往其他网格, with the reason for a day inside a submitted quarter (see {@link #split(Split, String)}). */
    public void moveToGrid(GridMove g, String lateEditReason) {
        db.writeVoid(c -> {
            HouseholdDetail d = current(c, g.householdId());
            session.requireEdit(d.household().gridId());
            HouseholdState state = events.state(c, g.householdId());
            String to = events.gridName(c, g.gridId());
            if (to == null) {
                throw new UserFacingException("要迁往的网格不存在或已撤销，请重新选择。");
            }
            if (state.gridId() != null && state.gridId() == g.gridId()) {
                throw new UserFacingException("该户已在“" + to + "”，请选择另一个网格。");
            }
            HouseholdChangeRules.checkDay("迁往日期", g.day(), state.since(), LocalDate.now());
            if (state.gridSince() != null && g.day().toString().compareTo(state.gridSince()) < 0) {
                throw new UserFacingException("该户 " + state.gridSince() + " 才进入现在的网格，迁往日期不能更早。");
            }
            String from = state.gridId() == null ? "（无网格）" : events.gridName(c, state.gridId());
            String late = guard.check(c, List.of(fact(g.householdId(), head(d.members()), "迁往其他网格", g.day())),
                    lateEditReason, session.who());
            events.moveGrid(c, g.householdId(), g.gridId(), g.day());
            events.event(c, g.householdId(), null, HouseholdChange.HOUSEHOLD_GRID_MOVE, g.day(),
                    join("由 " + from + " 迁往 " + to, g.note()));
            audit.record(c, AuditAction.UPDATE, HouseholdService.AUDIT_ENTITY, g.householdId(), "迁往其他网格 " + g.day()
                    + "：" + head(d.members()) + " 户由 " + from + " 迁往 " + to + late);
        });
        search.refresh(List.of(g.householdId()));
    }

    /** A household change on its day, as the late-edit note says it: {@code 张三明户 分户}. */
    private static SubmittedQuarterGuard.DatedFact fact(String householdId, String head, String what, LocalDate day) {
        return new SubmittedQuarterGuard.DatedFact("农户", householdId, householdId, head + "户 " + what, day);
    }

    /** The household as it stands, refused when it has ended or was deleted. */
    private HouseholdDetail current(Connection c, String id) throws SQLException {
        HouseholdState state = events.state(c, id);
        HouseholdDetail d = state == null || state.deleted() ? null : repo.load(c, id);
        if (d == null) {
            throw new UserFacingException("找不到该农户，可能已被删除。请刷新列表。");
        }
        if (state.endedOn() != null) {
            throw new UserFacingException("该户已于 " + state.endedOn() + " 注销（合户或迁出），不能再办理。");
        }
        return d;
    }

    /** The household rules of the editor, on the members a change would leave in a household. */
    private void rulesHold(String which, Household h, List<Member> members) {
        List<HouseholdCheck> problems = households.check(new HouseholdDetail(h, members, List.of(), List.of(), List.of(),
                List.of()));
        if (!problems.isEmpty()) {
            throw new UserFacingException(which + "：" + problems.stream().map(HouseholdCheck::message)
                    .collect(Collectors.joining("；")));
        }
    }

    private static Set<Long> memberIds(HouseholdDetail d) {
        return d.members().stream().map(Member::id).collect(Collectors.toSet());
    }

    private static Member withRelation(Member m, String relation) {
        return new Member(m.id(), m.householdId(), m.person(), relation, m.seq(), m.education(), m.studentStatus(),
                m.health(), m.labourSkill(), m.monthsAway(), m.workPlace(), m.resident(), m.since());
    }

    private static String head(List<Member> members) {
        return members.stream().filter(m -> "户主".equals(m.relation())).map(m -> m.person().name()).findFirst()
                .orElse(members.isEmpty() ? "" : members.get(0).person().name());
    }

    private static String names(List<Member> members) {
        return members.stream().map(m -> m.person().name()).collect(Collectors.joining("、"));
    }

    private static String join(String what, String note) {
        return note == null || note.isBlank() ? what : what + "；" + note.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static UserFacingException stale() {
        return new UserFacingException("成员名单已变化（可能刚被别人修改），请关闭后重新打开这一户。");
    }
}
