package cn.gridledger.logic.service;

import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.OverviewRepository;

/** The township at a glance. */
public final class OverviewService {

    private final Database db;
    private final OverviewRepository repo = new OverviewRepository();

    private final Session session;

    OverviewService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    public record Overview(long villages, long grids, long households, long members, long monitoredOpen,
            long twoCommitteeMembers) {
    }

    /** Township-wide counts (no names, no rows): every signed-in role sees them on the home page. */
    public Overview overview() {
        session.requireSignedIn();
        return db.read(c -> new Overview(repo.villages(c), repo.grids(c), repo.households(c), repo.members(c),
                repo.monitoredOpen(c), repo.twoCommitteeMembers(c)));
    }
}
