package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.GridRepository;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.model.Grid;
import cn.gridledger.model.GridSummary;
import cn.gridledger.model.Village;
import cn.gridledger.model.VillagerGroup;

/** The village → grid tree: grids, their numbering and their staff (网格长/网格员). */
public final class GridService {

    public static final String LEADER = "网格长";
    public static final String WORKER = "网格员";

    private final Database db;
    private final SearchService search;
    private final Session session;
    private final AuditService audit;
    private final GridRepository repo = new GridRepository();
    private final TownshipRepository township = new TownshipRepository();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();

    GridService(Database db, SearchService search, Session session, AuditService audit) {
        this.db = db;
        this.search = search;
        this.session = session;
        this.audit = audit;
    }

    public List<Village> villages() {
        session.requireSignedIn();
        return db.read(township::villages);
    }

    public List<VillagerGroup> groups(long villageId) {
        session.requireSignedIn();
        return db.read(c -> township.groups(c, villageId));
    }

    /**
     * Every grid the user may see (a grid worker: their own) with household/member counts and staff,
     * ordered by code; the staff's ID numbers and phones masked for a masked role.
     */
    public List<GridSummary> summaries() {
        session.requireSignedIn();
        return db.read(repo::summaries).stream().filter(s -> session.canRead(s.grid().id()))
                .map(s -> session.mustMaskPersonalData() ? MaskedRecords.summary(s) : s).toList();
    }

    /** The code a new grid of this village would get: village code + next free 3-digit sequence. */
    public String nextCode(long villageId) {
        session.requireSignedIn();
        return db.read(c -> {
            Village v = township.village(c, villageId);
            return v.code() + String.format("%03d", repo.lastSequence(c, v.code()) + 1);
        });
    }

    /** Creates a grid with the next free code of its village. */
    public Grid create(long villageId, String name, String gridType, String coveredGroups) {
        session.requireAdmin("新建网格");
        String cleanName = requireName(name);
        return db.write(c -> {
            Village v = township.village(c, villageId);
            if (v == null) {
                throw new UserFacingException("请选择网格所属的村（社区）。");
            }
            int seq = repo.lastSequence(c, v.code()) + 1;
            if (seq > 999) {
                throw new UserFacingException("该村的网格编号已用完（最多 999 个）。");
            }
            String code = v.code() + String.format("%03d", seq);
            Grid g = township.insertGrid(c, new Grid(0, code, cleanName, gridType, villageId, blankToNull(coveredGroups)));
            audit.record(c, AuditAction.CREATE, "网格", String.valueOf(g.id()), "新建网格 " + code + " " + cleanName);
            return g;
        });
    }

    /** Renames a grid, or changes its type or covered villager groups. */
    public void update(Grid grid) {
        Grid clean = new Grid(grid.id(), grid.code(), requireName(grid.name()), grid.gridType(), grid.villageId(),
                blankToNull(grid.coveredGroups()));
        session.requireAdmin("修改网格");
        db.writeVoid(c -> {
            repo.update(c, clean);
            audit.record(c, AuditAction.UPDATE, "网格", String.valueOf(clean.id()), "修改网格 " + clean.name());
        });
        search.invalidate();
    }

    /**
     * Gives a grid a new 15-digit code; the old code stays in the history so old files still import.
     *
     * @throws UserFacingException when the code is not 15 digits, not of the grid's village, or taken
     */
    public void renumber(long gridId, String newCode) {
        session.requireAdmin("重新编号网格");
        String code = newCode == null ? "" : newCode.strip();
        db.writeVoid(c -> {
            Grid g = repo.grid(c, gridId);
            Village v = township.village(c, g.villageId());
            if (!code.matches("\\d{15}")) {
                throw new UserFacingException("网格编码应为15位数字（村代码12位 + 网格序号3位），现在是“" + code + "”。");
            }
            if (!code.startsWith(v.code())) {
                throw new UserFacingException("网格编码的前12位应为所属村“" + v.name() + "”的代码 " + v.code() + "。");
            }
            if (code.equals(g.code())) {
                return;
            }
            if (repo.codeTaken(c, code, gridId)) {
                throw new UserFacingException("网格编码 " + code + " 已被其他网格使用。");
            }
            repo.renumber(c, gridId, code);
            audit.record(c, AuditAction.UPDATE, "网格", String.valueOf(gridId), "网格重新编号 " + g.code() + " → " + code);
        });
    }

    /** Former codes with the date they changed. */
    public List<String> codeHistory(long gridId) {
        session.requireSignedIn();
        return db.read(c -> repo.codeHistory(c, gridId));
    }

    /** The grid whose current or former code this is. */
    public Long gridByAnyCode(String code) {
        session.requireSignedIn();
        return db.read(c -> repo.gridByAnyCode(c, code));
    }

    /**
     * Puts a person in a grid post (网格长 or 网格员, category 网格员). A grid has one leader: a new leader
     * ends the previous leader's post. The person is matched by ID number when one is given.
     */
    public void assign(long gridId, String postType, String name, String idNumber, String phone, Boolean fullTime) {
        assign(gridId, postType, name, idNumber, phone, fullTime, null);
    }

    /**
     * As {@link #assign(long, String, String, String, String, Boolean)}; the post starts today (and a previous
     * leader's ends today): when today lies in a quarter already submitted (报送, #15) the change needs
     * {@code lateEditReason}, else it is refused ({@link SubmittedQuarterException}, nothing written).
     */
    public void assign(long gridId, String postType, String name, String idNumber, String phone, Boolean fullTime,
            String lateEditReason) {
        session.requireAdmin("安排网格长和网格员");
        if (!LEADER.equals(postType) && !WORKER.equals(postType)) {
            throw new UserFacingException("岗位应为“网格长”或“网格员”。");
        }
        String cleanName = requireName(name);
        FieldCheck<HouseholdFields.IdFacts> id = HouseholdFields.idNumber(idNumber);
        if (id.hasError()) {
            throw new UserFacingException(id.error());
        }
        FieldCheck<String> tel = HouseholdFields.phone(phone);
        if (tel.hasError()) {
            throw new UserFacingException(tel.error());
        }
        db.writeVoid(c -> {
            LocalDate today = LocalDate.now();
            List<DatedFact> dated = new ArrayList<>();
            Grid g = repo.grid(c, gridId);
            if (LEADER.equals(postType)) {
                for (long old : repo.leaderPosts(c, gridId)) {
                    ended(c, old, today, dated);
                }
            }
            HouseholdFields.IdFacts facts = id.value();
            long person = repo.personFor(c, cleanName, facts == null ? null : facts.idNumber(),
                    facts == null ? null : facts.gender(), facts == null ? null : facts.birthDate().toString(),
                    tel.value());
            long postId = repo.addPost(c, person, postType, g.villageId(), gridId, fullTime, today);
            dated.addAll(DatedFact.moved(CadreService.POST_FACT, String.valueOf(postId), null,
                    cleanName + " " + postType + " 任职", today, LocalDate.MAX));
            String late = guard.check(c, dated, lateEditReason, session.who());
            audit.record(c, AuditAction.CREATE, "网格", String.valueOf(gridId),
                    g.name() + " 新任" + postType + " " + cleanName + late);
        });
    }

    /** Ends a grid post today (the post stays in the history). */
    public void endPost(long postId) {
        endPost(postId, null);
    }

    /**
     * Ends a grid post today; when today lies in a submitted quarter (报送, #15) it needs {@code lateEditReason},
     * else it is refused ({@link SubmittedQuarterException}, nothing written).
     */
    public void endPost(long postId, String lateEditReason) {
        session.requireAdmin("安排网格长和网格员");
        db.writeVoid(c -> {
            List<DatedFact> dated = new ArrayList<>();
            ended(c, postId, LocalDate.now(), dated);
            String late = guard.check(c, dated, lateEditReason, session.who());
            audit.record(c, AuditAction.UPDATE, "任职", String.valueOf(postId), "网格岗位离任" + late);
        });
    }

    /** Ends a post on {@code day}, noting it as {@code 张三 网格长 离任} (as the cadre form does) when it was open. */
    private void ended(java.sql.Connection c, long postId, LocalDate day, List<DatedFact> dated)
            throws java.sql.SQLException {
        String holder = repo.openPostHolder(c, postId);
        if (repo.endPost(c, postId, day) && holder != null) {
            dated.add(new DatedFact(CadreService.POST_FACT, String.valueOf(postId), null, holder + " 离任", day));
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("请填写名称。");
        }
        return name.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
