package cn.gridledger.logic.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.gridledger.logic.exchange.MergePlan.FieldConflict;
import cn.gridledger.logic.exchange.MergePlan.RecordPlan;
import cn.gridledger.logic.store.exchange.ExchangeTables;
import cn.gridledger.logic.store.exchange.ExchangeTables.Column;
import cn.gridledger.logic.store.exchange.ExchangeTables.Ref;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;

/**
 * The three-way merge of a package with this database, per record and field (docs/decisions/exchange-packages.md):
 * theirs = base → keep mine; mine = base → take theirs; mine = theirs → nothing; else a conflict (mine kept).
 * Pure: everything it needs is read beforehand.
 */
public final class MergePlanner {

    /**
     * @param local      this database's rows per table
     * @param ownBase    this side's base for the sender per table (uid → fields or their hash), after the package's ack
     * @param localGrids this database's grids (with old codes)
     * @param villages   this database's village codes
     * @param myScope    this installation's grid codes, null for 全镇
     * @param describe   what the user calls a record, for refusals (table, uid, row) → text
     */
    public record Input(ExchangePackage pkg, Map<String, List<CanonicalRow>> local,
            Map<String, Map<String, BaseRow>> ownBase, List<PackageGrid> localGrids, Set<String> villages,
            List<String> myScope, Describer describe) {
    }

    @FunctionalInterface
    public interface Describer {
        String describe(Table table, String uid, Map<String, String> row);
    }

    private final Input in;
    private final GridCodes grids;
    private final Map<String, Map<String, CanonicalRow>> local = new HashMap<>();
    private final Map<String, String> personByIdNumber = new HashMap<>();
    /** household id → local code of its grid, here and in the package */
    private final Map<String, String> localHouseholdGrid = new HashMap<>();
    private final Map<String, String> theirHouseholdGrid = new HashMap<>();

    private MergePlanner(Input in) {
        this.in = in;
        Manifest m = in.pkg().manifest();
        this.grids = new GridCodes(in.localGrids(), in.villages(), in.pkg().grids(), m.townshipScope());
        for (Table t : ExchangeTables.ALL) {
            Map<String, CanonicalRow> byUid = new LinkedHashMap<>();
            for (CanonicalRow r : in.local().getOrDefault(t.name(), List.of())) {
                byUid.put(r.uid(), r);
            }
            local.put(t.name(), byUid);
        }
        for (CanonicalRow p : local.get(ExchangeTables.PERSON.name()).values()) {
            String id = p.fields().get("id_number");
            if (id != null) {
                personByIdNumber.put(id, p.uid());
            }
        }
        for (CanonicalRow h : local.get(ExchangeTables.HOUSEHOLD.name()).values()) {
            localHouseholdGrid.put(h.uid(), grids.normalize(h.scopeKey()));
        }
        for (PackageRecord r : in.pkg().records(ExchangeTables.HOUSEHOLD.name())) {
            if (!r.deleted()) {
                theirHouseholdGrid.put(r.uid(), grids.normalize(r.row().get("grid_id")));
            }
        }
    }

    public static MergePlan plan(Input in) {
        return new MergePlanner(in).plan();
    }

    private MergePlan plan() {
        List<String> refusals = new ArrayList<>();
        Manifest m = in.pkg().manifest();
        if (!m.townshipScope()) {
            refusals.addAll(outsideScope(normalized(m.scope())));
        }
        refusals.addAll(unknownGrids());
        refusals.addAll(unknownVillages());
        if (!refusals.isEmpty()) {
            return new MergePlan(grids.changes(), List.of(), refusals);
        }
        Set<String> myScope = in.myScope() == null ? null : normalized(in.myScope());
        List<RecordPlan> plans = new ArrayList<>();
        for (Table t : ExchangeTables.ALL) {
            Map<String, BaseRow> base = in.ownBase().getOrDefault(t.name(), Map.of());
            for (PackageRecord r : in.pkg().records(t.name())) {
                plans.add(merge(t, r, base, myScope));
            }
        }
        return new MergePlan(grids.changes(), plans, List.of());
    }

    private RecordPlan merge(Table t, PackageRecord r, Map<String, BaseRow> ownBase, Set<String> myScope) {
        String localUid = localUid(t, r);
        CanonicalRow here = localUid == null ? null : local.get(t.name()).get(localUid);
        Map<String, String> mine = here == null ? null : normalize(t, here.fields());
        Map<String, String> base = base(t, ownBase.get(localUid != null ? localUid : r.uid()), mine,
                r.deleted() ? null : normalize(t, r.row()), r.base() == null ? null : normalize(t, r.base()));
        String uid = localUid != null ? localUid : r.uid();
        if (r.deleted()) {
            boolean delete = mine != null && mine.equals(base);
            return new RecordPlan(t, uid, false, null, Map.of(), List.of(), delete);
        }
        Map<String, String> theirs = normalize(t, r.row());
        if (mine == null) {
            return new RecordPlan(t, uid, true, theirs, theirs, List.of(), false);
        }
        boolean takeTheirsWithoutBase = myScope != null && !inScope(t, here, myScope);
        // on a grid worker's laptop the township's word on its own records is final: the laptop cannot send them
        boolean townships = myScope != null && t.scope() == ExchangeTables.Scope.TOWNSHIP;
        Map<String, String> updates = new LinkedHashMap<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        for (Column c : t.columns()) {
            String f = c.name();
            String th = theirs.get(f);
            String mi = mine.get(f);
            if (Objects.equals(th, mi)) {
                continue;
            }
            if (townships) {
                updates.put(f, th);
            } else if (base != null) {
                String b = base.get(f);
                if (Objects.equals(th, b)) {
                    continue; // changed here only: keep mine
                }
                if (Objects.equals(mi, b)) {
                    updates.put(f, th);
                } else {
                    conflicts.add(new FieldConflict(f, mi, th));
                }
            } else if (takeTheirsWithoutBase) {
                updates.put(f, th);
            } else {
                conflicts.add(new FieldConflict(f, mi, th));
            }
        }
        return new RecordPlan(t, uid, false, theirs, updates, conflicts, false);
    }

    /**
     * The fields of the common base: this side's own base; when it keeps only a hash, whichever of mine, theirs or
     * the package's base has that hash (that state is the base: a record changed on one side merges as with the
     * fields); else the package's base. Null when none is known: both changed a record whose base is a hash.
     */
    private Map<String, String> base(Table t, BaseRow own, Map<String, String> mine, Map<String, String> theirs,
            Map<String, String> packageBase) {
        if (own != null && own.isFull()) {
            return normalize(t, own.fields());
        }
        if (own != null) {
            for (Map<String, String> candidate : Arrays.asList(mine, theirs, packageBase)) {
                if (candidate != null && own.same(t, candidate)) {
                    return candidate;
                }
            }
        }
        return packageBase;
    }

    /** The local record a package record is: persons by ID number first, everything else by uid. */
    private String localUid(Table t, PackageRecord r) {
        if (t == ExchangeTables.PERSON && !r.deleted()) {
            String id = r.row().get("id_number");
            if (id != null && personByIdNumber.containsKey(id)) {
                return personByIdNumber.get(id);
            }
        }
        return local.get(t.name()).containsKey(r.uid()) ? r.uid() : null;
    }

    private Map<String, String> normalize(Table t, Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            String v = row.get(c.name());
            out.put(c.name(), c.ref() == Ref.GRID ? grids.normalize(v) : v);
        }
        return out;
    }

    private Set<String> normalized(List<String> codes) {
        Set<String> out = new HashSet<>();
        for (String c : codes) {
            out.add(grids.normalize(c));
        }
        return out;
    }

    /** Whether a local record belongs to this installation's own grids. */
    private boolean inScope(Table t, CanonicalRow here, Set<String> scope) {
        return switch (t.scope()) {
            case GRID -> scope.contains(grids.normalize(here.scopeKey()));
            case HOUSEHOLD -> scope.contains(localHouseholdGrid.get(here.scopeKey()));
            case HOUSEHOLDS -> here.scopeKey() != null && List.of(here.scopeKey().split(",")).stream()
                    .anyMatch(h -> scope.contains(localHouseholdGrid.get(h)));
            case OWN_GRID -> scope.contains(grids.normalize(here.scopeKey()));
            case TOWNSHIP -> false;
        };
    }

    // ------------------------------------------------------------------------------------------ refusals

    /** A grid worker's package: every record must belong to a household of its grids, here and in the package. */
    private List<String> outsideScope(Set<String> scope) {
        Set<String> refused = new LinkedHashSet<>();
        Map<String, Boolean> allowed = new HashMap<>();
        java.util.function.Predicate<String> ok = h -> allowed.computeIfAbsent(h, k -> {
            String theirs = theirHouseholdGrid.get(k);
            String mine = localHouseholdGrid.get(k);
            if (theirs == null && mine == null) {
                return false;
            }
            return (theirs == null || scope.contains(theirs)) && (mine == null || scope.contains(mine));
        });
        // persons: referred to by a member in scope, in the package or here
        Set<String> personRefsInScope = new HashSet<>();
        for (PackageRecord r : in.pkg().records(ExchangeTables.MEMBER.name())) {
            if (!r.deleted() && ok.test(r.row().get("household_id"))) {
                personRefsInScope.add(r.row().get("person_id"));
            }
        }
        for (Table t : ExchangeTables.ALL) {
            for (PackageRecord r : in.pkg().records(t.name())) {
                String localUid = localUid(t, r);
                CanonicalRow here = localUid == null ? null : local.get(t.name()).get(localUid);
                boolean inside = switch (t.scope()) {
                    case GRID -> ok.test(r.uid());
                    case HOUSEHOLD -> {
                        String h = r.deleted() ? (here == null ? null : here.scopeKey()) : r.row().get("household_id");
                        yield h != null && ok.test(h) && (here == null || ok.test(here.scopeKey()));
                    }
                    case HOUSEHOLDS -> {
                        boolean viaPackage = !r.deleted() && personRefsInScope.contains(personRef(r));
                        boolean viaHere = here != null && here.scopeKey() != null
                                && List.of(here.scopeKey().split(",")).stream().anyMatch(h -> scope.contains(localHouseholdGrid.get(h)));
                        yield viaPackage || viaHere;
                    }
                    case OWN_GRID -> (r.deleted() || scope.contains(grids.normalize(r.row().get("grid_id"))))
                            && (here == null ? !r.deleted() : scope.contains(grids.normalize(here.scopeKey())));
                    case TOWNSHIP -> false; // posts and reserve cadres are the township's to change
                };
                if (!inside) {
                    refused.add(refusal(t, r, here));
                }
            }
        }
        return List.copyOf(refused);
    }

    private static String personRef(PackageRecord r) {
        String id = r.row().get("id_number");
        return id != null ? id : "uid:" + r.uid();
    }

    private String refusal(Table t, PackageRecord r, CanonicalRow here) {
        Map<String, String> row = r.deleted() ? (here == null ? Map.of() : here.fields()) : r.row();
        String text = in.describe().describe(t, here != null ? here.uid() : r.uid(), row);
        if (t.scope() == ExchangeTables.Scope.TOWNSHIP) {
            text += "（全乡镇的记录，只能在乡镇的电脑上修改）";
        }
        if (t == ExchangeTables.HOUSEHOLD) {
            String theirs = theirHouseholdGrid.get(r.uid());
            String mine = localHouseholdGrid.get(r.uid());
            text += "（网格 " + (mine != null && !Objects.equals(mine, theirs) ? mine + " → " : "")
                    + (theirs == null ? "无" : theirs) + "）";
        }
        return text;
    }

    /** Village codes of the package's records (posts, reserve cadres, points items) that name no village here. */
    private List<String> unknownVillages() {
        Set<String> unknown = new LinkedHashSet<>();
        for (Table t : ExchangeTables.ALL) {
            for (Column c : t.columns()) {
                if (c.ref() != Ref.VILLAGE && c.ref() != Ref.POINTS_ITEM) {
                    continue;
                }
                for (PackageRecord r : in.pkg().records(t.name())) {
                    String v = r.deleted() ? null : r.row().get(c.name());
                    if (v != null && c.ref() == Ref.POINTS_ITEM) {
                        v = v.indexOf('/') < 0 ? null : v.substring(0, v.indexOf('/'));
                    }
                    if (v != null && !in.villages().contains(v)) {
                        unknown.add(v);
                    }
                }
            }
        }
        return unknown.isEmpty() ? List.of() : List.of("交换包中的村 " + String.join("、", unknown)
                + " 在本机不存在（请先在“网格与农户”中添加该村）。");
    }

    /** Grid codes of the package's records that name no grid here (and that the package does not bring). */
    private List<String> unknownGrids() {
        Set<String> unknown = new LinkedHashSet<>();
        for (Table t : ExchangeTables.ALL) {
            for (Column c : t.columns()) {
                if (c.ref() != Ref.GRID) {
                    continue;
                }
                for (PackageRecord r : in.pkg().records(t.name())) {
                    String code = r.deleted() ? null : r.row().get(c.name());
                    if (code != null && !grids.known(code)) {
                        unknown.add(code);
                    }
                }
            }
        }
        return unknown.isEmpty() ? List.of() : List.of("交换包中的网格 " + String.join("、", unknown)
                + " 在本机不存在（乡镇新建的网格要先由乡镇的交换包带到本机）。");
    }
}
