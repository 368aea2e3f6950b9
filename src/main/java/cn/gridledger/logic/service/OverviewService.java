package cn.gridledger.logic.service;

import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.OverviewRepository;

/** The township at a glance. */
public final class OverviewService {

    private final Database db;
    private final OverviewRepository repo = new OverviewRepository();

    OverviewService(Database db) {
        this.db = db;
    }

    public record Overview(long villages, long grids, long households, long members, long monitoredOpen,
            long twoCommitteeMembers) {
    }

    public Overview overview() {
        return db.read(c -> new Overview(repo.villages(c), repo.grids(c), repo.households(c), repo.members(c),
                repo.monitoredOpen(c), repo.twoCommitteeMembers(c)));
    }
}
