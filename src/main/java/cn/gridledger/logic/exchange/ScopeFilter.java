package cn.gridledger.logic.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gridledger.logic.store.exchange.ExchangeTables;
import cn.gridledger.logic.store.exchange.ExchangeTables.Scope;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;

/**
 * Which records of this database belong to some grids (docs/decisions/exchange-packages.md "Scope" and "What the
 * base keeps"): households whose grid is in them now or in the base (so a household moved out is still seen),
 * their members, events, histories, monitoring, awards and points, the persons those members are, and visits whose
 * grid is or was in them. Used for what a grid worker's laptop sends (its grids) and for which base rows keep their
 * fields (the grids both sides of an exchange may change). Pure: the rows and the base are read beforehand.
 */
public final class ScopeFilter {

    private final GridCodes codes;
    /** normalized grid codes; null: the whole township */
    private final Set<String> grids;
    private final Set<String> households = new HashSet<>();
    /** table → uids of this database's records in the grids */
    private final Map<String, Set<String>> inside = new HashMap<>();

    /**
     * @param scope grid codes, null for the whole township
     * @param base  the base for the partner (table → uid → row): a household or visit whose base names one of the
     *              grids is in them; a hash-only base names none (it is kept only outside the grids)
     */
    public ScopeFilter(Map<String, List<CanonicalRow>> all, List<String> scope, GridCodes codes,
            Map<String, Map<String, BaseRow>> base) {
        this.codes = codes;
        this.grids = scope == null ? null : normalized(scope, codes);
        if (grids == null) {
            return;
        }
        for (CanonicalRow h : all.getOrDefault(ExchangeTables.HOUSEHOLD.name(), List.of())) {
            if (grids.contains(codes.normalize(h.scopeKey())) || wasIn(base, ExchangeTables.HOUSEHOLD, h.uid())) {
                households.add(h.uid());
            }
        }
        for (Table t : ExchangeTables.ALL) {
            Set<String> uids = new HashSet<>();
            for (CanonicalRow r : all.getOrDefault(t.name(), List.of())) {
                if (t.scope() != Scope.TOWNSHIP && byKey(t, r) || t.scope() == Scope.OWN_GRID && wasIn(base, t, r.uid())) {
                    uids.add(r.uid());
                }
            }
            inside.put(t.name(), uids);
        }
    }

    /** The grids two installations share (null = 全镇 for both): where both may change records. */
    public static List<String> common(List<String> a, List<String> b, GridCodes codes) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<String> other = normalized(b, codes);
        List<String> out = new ArrayList<>();
        for (String code : a) {
            if (other.contains(codes.normalize(code))) {
                out.add(code);
            }
        }
        return out;
    }

    private static Set<String> normalized(List<String> scope, GridCodes codes) {
        Set<String> out = new HashSet<>();
        scope.forEach(s -> out.add(codes.normalize(s)));
        return out;
    }

    private boolean wasIn(Map<String, Map<String, BaseRow>> base, Table t, String uid) {
        BaseRow b = base.getOrDefault(t.name(), Map.of()).get(uid);
        return b != null && b.isFull() && grids.contains(codes.normalize(b.fields().get("grid_id")));
    }

    private boolean byKey(Table t, CanonicalRow r) {
        return switch (t.scope()) {
            case GRID -> households.contains(r.uid());
            case HOUSEHOLD -> households.contains(r.scopeKey());
            case HOUSEHOLDS -> r.scopeKey() != null && List.of(r.scopeKey().split(",")).stream().anyMatch(households::contains);
            case OWN_GRID -> grids.contains(codes.normalize(r.scopeKey()));
            case TOWNSHIP -> false;
        };
    }

    /**
     * What a grid worker's laptop sends: the rows in its grids, and every township-wide record (post, reserve
     * cadre), so that one changed there is sent and the township refuses the package (a grid worker may not change
     * them). All rows for the whole township.
     */
    public Map<String, List<CanonicalRow>> sendable(Map<String, List<CanonicalRow>> all) {
        if (grids == null) {
            return all;
        }
        Map<String, List<CanonicalRow>> out = new LinkedHashMap<>();
        for (Table t : ExchangeTables.ALL) {
            Set<String> in = inside.get(t.name());
            out.put(t.name(), all.get(t.name()).stream().filter(r -> t.scope() == Scope.TOWNSHIP || in.contains(r.uid())).toList());
        }
        return out;
    }

    /**
     * Whether the base row of a record keeps its fields rather than only their hash: for the whole township every
     * record; else a record of the grids here, or whose state (a package's, being written as base) puts it in them:
     * a household or visit naming one of the grids, a household record of such a household. A household found so
     * is remembered, so that the records of a household a package moves into the grids keep theirs too (tables
     * come in {@link ExchangeTables#ALL} order, households before their records). Township-wide records never do:
     * a laptop takes the township's values for them, and the township refuses a laptop's change.
     */
    public boolean keepsFields(Table t, String uid, Map<String, String> state) {
        if (grids == null) {
            return true;
        }
        if (inside.get(t.name()).contains(uid)) {
            return true;
        }
        boolean in = state != null && switch (t.scope()) {
            case GRID, OWN_GRID -> grids.contains(codes.normalize(state.get("grid_id")));
            case HOUSEHOLD -> households.contains(state.get("household_id"));
            case HOUSEHOLDS, TOWNSHIP -> false;
        };
        if (in && t.scope() == Scope.GRID) {
            households.add(uid);
        }
        return in;
    }

    /** The base row to keep for a record in state {@code fields} (normalized): the fields, or their hash. */
    public BaseRow baseRow(Table t, String uid, Map<String, String> fields) {
        BaseRow full = BaseRow.full(fields);
        return keepsFields(t, uid, fields) ? full : full.toHash(t);
    }
}
