package cn.gridledger.logic.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/** The township, its villages and grids: first-run set-up and the region tree. */
public final class TownshipService {

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final TownshipRepository repo = new TownshipRepository();

    TownshipService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    public Optional<Township> township() {
        return Optional.ofNullable(db.read(repo::township));
    }

    /** True once the first-run set-up (or the demo) has created the township. */
    public boolean isSetUp() {
        return township().isPresent();
    }

    /**
     * First-run set-up: the township and its villages, in one transaction.
     *
     * @throws UserFacingException when a code is malformed or the township already exists
     */
    public void setUp(Township township, List<Village> villages) {
        if (session.isSignedIn()) { // signed out only in the first-run wizard, on an empty database (checked below)
            session.requireSettings("设置乡镇信息");
        }
        RegionCodes.requireTownship(township);
        for (Village v : villages) {
            RegionCodes.requireVillage(township, v);
        }
        db.writeVoid(c -> {
            if (repo.township(c) != null) {
                throw new UserFacingException("乡镇信息已经设置过，不能重复初始化。");
            }
            repo.saveTownship(c, township);
            for (Village v : villages) {
                repo.insertVillage(c, v);
            }
        });
    }

    /**
     * Adds the villages whose codes the township does not have yet (headless set-up run again, or villages
     * a roster names), in one transaction, each audited. A code already used by another name is refused;
     * one already present with the same name is left alone, so running the same set-up twice changes nothing.
     *
     * @return the villages added (with their ids)
     */
    public List<Village> addVillages(List<Village> villages) {
        session.requireAdmin("添加村（社区）");
        return db.write(c -> {
            Township t = repo.township(c);
            if (t == null) {
                throw new UserFacingException("还没有设置乡镇，请先完成初始设置（命令行：gridledger setup …）。");
            }
            List<Village> added = new ArrayList<>();
            for (Village v : villages) {
                RegionCodes.requireVillage(t, v);
                Village existing = repo.villageByCode(c, v.code());
                if (existing != null) {
                    if (!existing.name().equals(v.name().strip())) {
                        throw new UserFacingException("村（社区）代码 " + v.code() + " 已是“" + existing.name() + "”，不能再用于“"
                                + v.name() + "”。");
                    }
                    continue;
                }
                if (repo.villages(c).stream().anyMatch(o -> o.name().equals(v.name().strip()))) {
                    throw new UserFacingException("本乡镇已有名为“" + v.name() + "”的村（社区），代码不同，请核对。");
                }
                Village saved = repo.insertVillage(c, new Village(0, v.code(), v.name().strip(), v.kind()));
                audit.record(c, AuditAction.CREATE, "村", saved.code(), "新增村（社区）" + saved.name() + "（" + saved.code() + "）");
                added.add(saved);
            }
            return added;
        });
    }

    /**
     * Codes for villages known only by name: the code a file suggests when it is free and in this township,
     * else the next free number in the official range (001–199 社区/居委会, 200–399 村委会).
     */
    public List<Village> withCodes(Map<String, String> nameToSuggestedCode) {
        Township t = township().orElseThrow(() -> new UserFacingException("还没有设置乡镇，请先完成初始设置。"));
        Set<String> used = new HashSet<>();
        villages().forEach(v -> used.add(v.code()));
        List<Village> out = new ArrayList<>();
        for (Map.Entry<String, String> e : nameToSuggestedCode.entrySet()) {
            String name = e.getKey();
            String code = e.getValue();
            if (code == null || !code.matches("\\d{12}") || !code.startsWith(t.code()) || used.contains(code)) {
                boolean community = name.endsWith("社区") || name.endsWith("居委会");
                code = null;
                for (int n = community ? 1 : 201; n <= (community ? 199 : 399) && code == null; n++) {
                    String candidate = t.code() + String.format("%03d", n);
                    code = used.contains(candidate) ? null : candidate;
                }
                if (code == null) {
                    throw new UserFacingException("本乡镇的村（社区）代码已用完，无法自动为“" + name + "”编号，请在设置中手工添加。");
                }
            }
            used.add(code);
            out.add(new Village(0, code, name, name.endsWith("社区") || name.endsWith("居委会") ? "社区" : "村"));
        }
        return out;
    }

    public List<Village> villages() {
        session.requireSignedIn();
        return db.read(repo::villages);
    }

    public List<Grid> grids() {
        session.requireSignedIn();
        return db.read(repo::grids);
    }
}
