package cn.gridledger.logic.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.HouseholdRepository;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Member;

/**
 * Households with their members: load, check, save (one transaction), delete and restore. Saving keeps
 * the search index current.
 */
public final class HouseholdService {

    private final Database db;
    private final SearchService search;
    private final HouseholdRepository repo = new HouseholdRepository();

    HouseholdService(Database db, SearchService search) {
        this.db = db;
        this.search = search;
    }

    public HouseholdDetail load(String id) {
        HouseholdDetail d = db.read(c -> repo.load(c, id));
        if (d == null) {
            throw new UserFacingException("找不到该农户，可能已被删除。请刷新列表。");
        }
        return d;
    }

    /**
     * The household rules the form cannot see field by field: at least one member, exactly one 户主, at
     * most one 配偶, no ID number twice, education and student status never both, ID numbers valid.
     */
    public List<HouseholdCheck> check(HouseholdDetail d) {
        List<HouseholdCheck> out = new ArrayList<>();
        List<Member> members = d.members();
        if (members.isEmpty()) {
            out.add(new HouseholdCheck(-1, "members", "一户至少要有一名家庭成员（户主）"));
            return out;
        }
        int heads = 0;
        int spouses = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if ("户主".equals(m.relation())) {
                heads++;
                if (heads > 1) {
                    out.add(new HouseholdCheck(i, "relation", "一户只能有一个户主（第 " + (i + 1) + " 行）"));
                }
            }
            if ("配偶".equals(m.relation()) && ++spouses > 1) {
                out.add(new HouseholdCheck(i, "relation", "户主的配偶最多一人（第 " + (i + 1) + " 行）"));
            }
            if (m.relation() == null || m.relation().isBlank()) {
                out.add(new HouseholdCheck(i, "relation", "请填写第 " + (i + 1) + " 行的与户主关系"));
            }
            if (HouseholdFields.name(m.person().name()).hasError()) {
                out.add(new HouseholdCheck(i, "name", "第 " + (i + 1) + " 行：" + HouseholdFields.name(m.person().name()).error()));
            }
            String id = m.person().idNumber();
            if (id != null && !id.isBlank()) {
                FieldCheck<HouseholdFields.IdFacts> idCheck = HouseholdFields.idNumber(id);
                if (idCheck.hasError()) {
                    out.add(new HouseholdCheck(i, "idNumber", "第 " + (i + 1) + " 行：" + idCheck.error()));
                }
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    out.add(new HouseholdCheck(i, "idNumber", "第 " + (first + 1) + " 行和第 " + (i + 1)
                            + " 行的身份证号相同"));
                }
            }
            if (m.education() != null && m.studentStatus() != null) {
                out.add(new HouseholdCheck(i, "education", "第 " + (i + 1) + " 行：文化程度和在校生状况只能填一项"));
            }
        }
        if (heads == 0) {
            out.add(new HouseholdCheck(0, "relation", "请指定户主：与户主关系为“户主”的成员必须有且只有一人"));
        }
        if (d.household().gridId() == null) {
            out.add(new HouseholdCheck(-1, "grid", "请选择所属网格"));
        }
        return out;
    }

    /**
     * Checks and saves the household with all its parts in one transaction; the head is stored first.
     *
     * @return the household's id (new UUID for a new household)
     * @throws HouseholdRulesException when a rule of {@link #check} is broken (nothing is written)
     */
    public String save(HouseholdDetail d) {
        List<HouseholdCheck> problems = check(d);
        if (!problems.isEmpty()) {
            throw new HouseholdRulesException(problems);
        }
        HouseholdDetail ordered = headFirst(d);
        String id = db.write(c -> repo.save(c, ordered));
        search.refresh(List.of(id));
        return id;
    }

    private static HouseholdDetail headFirst(HouseholdDetail d) {
        List<Member> members = new ArrayList<>(d.members());
        members.sort((a, b) -> Boolean.compare(!"户主".equals(a.relation()), !"户主".equals(b.relation())));
        return new HouseholdDetail(d.household(), members, d.monitoring(), d.awards(), d.pointsEntries(),
                d.redemptions());
    }

    /** Marks the household deleted (kept in the database; an administrator can restore it). */
    public void delete(String id, String by) {
        db.writeVoid(c -> repo.softDelete(c, id, by));
        search.refresh(List.of(id));
    }

    /** Deleted households, for the 已删除农户 view. */
    public List<HouseholdRow> deleted() {
        return db.read(c -> repo.rows(c, true));
    }

    /**
     * Restores a deleted household.
     *
     * <p>ADMIN CHECK HOOK: only an administrator may restore. Accounts and roles live on the security
     * branch; when they land, require the administrator role here (and the UI hides the button for
     * other roles through its {@code canRestore} supplier).
     */
    public void restore(String id) {
        db.writeVoid(c -> repo.restore(c, id));
        search.refresh(List.of(id));
    }
}
