package cn.gridledger.logic.service;

import java.util.List;
import java.util.Optional;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/** The township, its villages and grids: first-run set-up and the region tree. */
public final class TownshipService {

    private final Database db;
    private final TownshipRepository repo = new TownshipRepository();

    private final Session session;

    TownshipService(Database db, Session session) {
        this.db = db;
        this.session = session;
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

    public List<Village> villages() {
        session.requireSignedIn();
        return db.read(repo::villages);
    }

    public List<Grid> grids() {
        session.requireSignedIn();
        return db.read(repo::grids);
    }
}
