package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.DashboardRepository;

/** The home page's tiles and charts. */
public final class DashboardService {

    private final Database db;
    private final DashboardRepository repo = new DashboardRepository();

    private final Session session;

    DashboardService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    /** The tiles' figures; {@code quarterStart} is the first day of the quarter shown. */
    public record Tiles(long households, long members, long monitoredOpen, long monitoredClosed,
            long gridsWithoutWorkers, long notUpdatedThisQuarter) {
    }

    /** The charts' data: label → count, in the order to draw. */
    public record Charts(Map<String, Long> openRisks, Map<String, Long> householdsPerVillage,
            Map<String, Long> pointsDistribution) {
    }

    /**
     * Counts (no names, no rows) of what the user sees: the township, or a grid worker's grids, so that
     * each tile counts the list it opens.
     */
    public Tiles tiles(LocalDate quarterStart) {
        session.requireSignedIn();
        var grids = session.gridScope();
        return db.read(c -> new Tiles(repo.households(c, grids), repo.members(c, grids), repo.monitored(c, true, grids),
                repo.monitored(c, false, grids), repo.gridsWithoutWorkers(c, grids),
                repo.notUpdatedSince(c, quarterStart, grids)));
    }

    /** The charts, over the same households as the tiles. */
    public Charts charts() {
        session.requireSignedIn();
        var grids = session.gridScope();
        return db.read(c -> new Charts(repo.openRisks(c, grids), repo.householdsPerVillage(c, grids),
                bucket(repo.pointsBalances(c, grids))));
    }

    /** Households per points band; bands a cadre reads without a table. */
    static Map<String, Long> bucket(List<Long> balances) {
        String[] labels = {"负分", "0", "1–20", "21–50", "51–100", ">100"};
        long[] counts = new long[labels.length];
        for (long b : balances) {
            int i = b < 0 ? 0 : b == 0 ? 1 : b <= 20 ? 2 : b <= 50 ? 3 : b <= 100 ? 4 : 5;
            counts[i]++;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            out.put(labels[i], counts[i]);
        }
        return out;
    }
}
