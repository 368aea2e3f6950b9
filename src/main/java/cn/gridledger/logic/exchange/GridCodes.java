package cn.gridledger.logic.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grid codes of a package seen from this database: which local grid a code names (by code, by a code it had
 * before, or by the package's own renumbering), and — for a township package — which local grids to renumber and
 * which grids to create. Every grid value is compared as the local code it will have after the import.
 */
public final class GridCodes {

    /** A renumbering or a new grid a township package brings. */
    public record Change(PackageGrid grid, String localCode) {
        /** @return true for a renumbering of local grid {@link #localCode}, false for a new grid */
        public boolean renumber() {
            return localCode != null;
        }
    }

    private final Set<String> local = new HashSet<>();
    /** old code → current local code */
    private final Map<String, String> history = new HashMap<>();
    /** any code (local or the package's) → the local code it will have */
    private final Map<String, String> mapped = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();

    /** Only local grids: normalizes codes through this database's grid_code_history. */
    public GridCodes(Collection<PackageGrid> localGrids) {
        for (PackageGrid g : localGrids) {
            local.add(g.code());
            for (String old : g.oldCodes()) {
                history.put(old, g.code());
            }
        }
    }

    /**
     * @param apply whether the package's renumbering and new grids are to be taken over (a township's package);
     *              a grid worker's package only maps codes
     */
    public GridCodes(Collection<PackageGrid> localGrids, Collection<String> villageCodes, List<PackageGrid> packageGrids,
            boolean apply) {
        this(localGrids);
        for (PackageGrid pg : packageGrids) {
            String target;
            if (local.contains(pg.code())) {
                target = pg.code();
            } else if (history.containsKey(pg.code())) {
                target = history.get(pg.code());
            } else {
                String renumbered = pg.oldCodes().stream().filter(local::contains).findFirst().orElse(null);
                if (renumbered != null && apply && !mapped.containsKey(renumbered)) {
                    changes.add(new Change(pg, renumbered));
                    mapped.put(renumbered, pg.code());
                    target = pg.code();
                } else if (renumbered != null) {
                    target = renumbered;
                } else if (apply && villageCodes.contains(pg.villageCode())) {
                    changes.add(new Change(pg, null));
                    target = pg.code();
                } else {
                    continue; // unknown here: a record in it is refused
                }
            }
            mapped.put(pg.code(), target);
            for (String old : pg.oldCodes()) {
                mapped.putIfAbsent(old, target);
            }
        }
    }

    /** The local code (after this import) of the grid {@code code} names; the code itself when unknown. */
    public String normalize(String code) {
        if (code == null) {
            return null;
        }
        String m = mapped.get(code);
        if (m != null) {
            return m;
        }
        if (local.contains(code)) {
            return code;
        }
        return history.getOrDefault(code, code);
    }

    /** Whether the code names a grid that exists here (or will, after this import). */
    public boolean known(String code) {
        String n = normalize(code);
        return local.contains(n) || mapped.containsValue(n);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
