package cn.gridledger.logic.service;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.search.HouseholdIndex;
import cn.gridledger.logic.search.HouseholdIndex.MemberKeys;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.HouseholdListing;
import cn.gridledger.logic.store.HouseholdListing.IdRange;
import cn.gridledger.logic.store.HouseholdListing.Part;
import cn.gridledger.logic.store.HouseholdRepository;
import cn.gridledger.logic.store.SqlReader;
import cn.gridledger.logic.store.HouseholdRepository.MemberKey;
import cn.gridledger.model.HouseholdRow;

/**
 * The township's household list and its search box. The whole township is loaded once into an
 * in-memory {@link HouseholdIndex}; saves refresh single households, so a keystroke never
 * touches the database.
 */
public final class SearchService {

    private final Database db;
    private final HouseholdRepository repo = new HouseholdRepository();
    private final HouseholdListing listing = new HouseholdListing();
    private static final ExecutorService LOADER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gridledger-search-index");
        t.setDaemon(true);
        return t;
    });

    private volatile HouseholdIndex index;
    /** What the database looked like when the list was read or last refreshed by our own saves. */
    private volatile String fingerprint = "";
    private volatile CompletableFuture<Void> members = CompletableFuture.completedFuture(null);
    private final Set<String> refreshedWhileLoading = ConcurrentHashMap.newKeySet();

    private final Session session;

    SearchService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    /** True once the list is in memory (the first load can take a moment on a big township). */
    public boolean isLoaded() {
        return index != null;
    }

    /**
     * Loads the list if it is not loaded yet; safe to call from a background thread. Returns once the
     * households are listed and findable by head, 户编号 and phone; every member's name, initials and
     * ID number follow a moment later on a background thread ({@link #awaitMembers}).
     *
     * <p>The township is read in two halves at once, one on the shared reader and one on a connection of
     * its own (two cores), and each half's search entries are built on the thread that read it; the
     * halves are then merged into ledger order.
     */
    public synchronized void load(Progress progress) {
        if (index != null) {
            return;
        }
        progress.update(0, 2, "正在读取农户…");
        // read before either half: a change saved while the halves are read then differs from it, and
        // invalidateIfChangedElsewhere reads the list again (read beside them, it could hide the change)
        fingerprint = db.read(repo::fingerprint);
        CompletableFuture<IndexedPart> upper = CompletableFuture.supplyAsync(() -> {
            try (Database.OwnReader own = db.openReader()) {
                return readAndIndex(own, IdRange.UPPER);
            }
        }, LOADER);
        IndexedPart lower = readAndIndex(db, IdRange.LOWER);
        progress.update(1, 2, "正在建立搜索索引…");
        IndexedPart other = join(upper);
        HouseholdIndex fresh = new HouseholdIndex();
        fresh.putEntries(Part.merge(lower.part(), lower.entries(), other.part(), other.entries()));
        refreshedWhileLoading.clear();
        index = fresh;
        members = CompletableFuture.runAsync(() -> {
            Map<String, List<MemberKey>> keys = db.read(c -> repo.memberKeys(c, null));
            fresh.putKeys(keysOf(keys));
            // a household saved while the keys were read may have got older keys: read it again
            refresh(List.copyOf(refreshedWhileLoading));
        }, LOADER);
        progress.update(2, 2, "");
    }

    /** A part of the list and its rows' search entries, in the same order. */
    private record IndexedPart(Part part, List<HouseholdIndex.Entry> entries) {
    }

    private IndexedPart readAndIndex(SqlReader reader, IdRange range) {
        Part part = reader.read(c -> listing.read(c, false, range));
        List<HouseholdIndex.Entry> entries = new ArrayList<>(part.size());
        for (HouseholdRow row : part.rows()) {
            entries.add(HouseholdIndex.entryOf(row));
        }
        return new IndexedPart(part, entries);
    }

    /** Waits for {@code task}; its failure is rethrown as it was thrown (a StoreException, say). */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Waits until every member is searchable (the second phase of {@link #load}). */
    public void awaitMembers() {
        members.join();
    }

    /**
     * Drops the list when someone else (an import, a restore from backup) changed households since it
     * was read; the page then reads it again. True when it was dropped.
     */
    public synchronized boolean invalidateIfChangedElsewhere() {
        if (index != null && !db.read(repo::fingerprint).equals(fingerprint)) {
            index = null;
            return true;
        }
        return false;
    }

    /** Drops the index so the next use reads the database again (after an import or a restore). */
    public synchronized void invalidate() {
        index = null;
    }

    /** The index; when nothing loaded it yet (command line, tests), loads it completely first. */
    private HouseholdIndex index() {
        if (index == null) {
            load(Progress.NONE);
            awaitMembers();
        }
        return index;
    }

    /** Households matching what was typed and the filter, in 户编号 order; a grid worker sees their grids only. */
    public List<HouseholdRow> search(String query, HouseholdFilter filter) {
        if (session.hasTownshipScope() && !session.mustMaskPersonalData()) {
            return index().search(query, filter);
        }
        List<HouseholdRow> rows = index().search(query, filter.and(r -> session.canRead(r.gridId()))::test);
        return session.mustMaskPersonalData() ? rows.stream().map(MaskedRecords::row).toList() : rows;
    }

    /** One household as the list shows it; empty when it is gone or outside the user's grids. */
    public java.util.Optional<HouseholdRow> row(String householdId) {
        session.requireSignedIn();
        HouseholdRow r = index().row(householdId);
        if (r == null || !session.canRead(r.gridId())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(session.mustMaskPersonalData() ? MaskedRecords.row(r) : r);
    }

    /** Households in the index (the whole township: a count, no rows). */
    public int size() {
        session.requireSignedIn();
        return index().size();
    }

    /** Re-reads the given households after a change (deleted or ended ones leave the index). */
    public void refresh(List<String> householdIds) {
        HouseholdIndex current = index;
        if (current == null) {
            return;
        }
        if (!members.isDone()) {
            refreshedWhileLoading.addAll(householdIds);
        }
        for (String id : householdIds) {
            List<HouseholdRow> one = db.read(c -> listing.read(c, false, IdRange.only(id)).rows());
            if (one.isEmpty()) {
                current.remove(id);
            } else {
                current.put(one.get(0), keysOf(db.read(c -> repo.memberKeys(c, id))).getOrDefault(id, List.of()));
            }
        }
        fingerprint = db.read(repo::fingerprint);
    }

    private static Map<String, List<MemberKeys>> keysOf(Map<String, List<MemberKey>> byHousehold) {
        Map<String, List<MemberKeys>> out = new HashMap<>(byHousehold.size() * 2);
        byHousehold.forEach((id, list) -> out.put(id,
                list.stream().map(k -> new MemberKeys(k.name(), k.idNumber(), k.phone())).toList()));
        return out;
    }

    /** What {@link #benchmark} measured: opening the township's list, and a search keystroke. */
    public record BenchFigures(double openSeconds, double membersSearchableSeconds, double keystrokeP95Ms, double keystrokeMaxMs, int keystrokes,
            int households) {
    }

    /**
     * Times what the 网格与农户 page does: loading the whole township's list from the database (the
     * page opening), then keystrokes as a user types them — a head's name character by character, its
     * pinyin initials, the last digits of an ID number, a phone's first digits — each a full search.
     */
    public BenchFigures benchmark(int sampledHouseholds, long seed) {
        invalidate();
        long t0 = System.nanoTime();
        load(Progress.NONE);
        int all = search("", HouseholdFilter.all()).size();
        double open = (System.nanoTime() - t0) / 1e9;

        awaitMembers();
        double ready = (System.nanoTime() - t0) / 1e9;
        List<MemberKey> keys = db.read(c -> repo.memberKeys(c, null)).values().stream()
                .flatMap(List::stream).sorted(java.util.Comparator.comparing(MemberKey::idNumber,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        java.util.Random random = new java.util.Random(seed);
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < sampledHouseholds && !keys.isEmpty(); i++) {
            MemberKey k = keys.get(random.nextInt(keys.size()));
            prefixes(typed, k.name());
            List<String> initials = cn.gridledger.logic.search.PinyinInitials.of(k.name());
            if (!initials.isEmpty()) {
                prefixes(typed, initials.get(0));
            }
            if (k.idNumber() != null) {
                prefixes(typed, k.idNumber().substring(k.idNumber().length() - 6));
            }
            if (k.phone() != null) {
                prefixes(typed, k.phone().substring(0, Math.min(7, k.phone().length())));
            }
        }
        long[] nanos = new long[typed.size()];
        HouseholdFilter filter = HouseholdFilter.all();
        for (int i = 0; i < typed.size(); i++) {
            long s0 = System.nanoTime();
            search(typed.get(i), filter);
            nanos[i] = System.nanoTime() - s0;
        }
        java.util.Arrays.sort(nanos);
        double p95 = nanos.length == 0 ? 0 : nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6;
        double max = nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
        return new BenchFigures(open, ready, p95, max, nanos.length, all);
    }

    private static void prefixes(List<String> out, String text) {
        if (text == null) {
            return;
        }
        for (int i = 1; i <= text.length(); i++) {
            out.add(text.substring(0, i));
        }
    }
}
