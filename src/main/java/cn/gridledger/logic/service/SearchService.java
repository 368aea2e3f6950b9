package cn.gridledger.logic.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.search.HouseholdIndex;
import cn.gridledger.logic.search.HouseholdIndex.MemberKeys;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.HouseholdRepository;
import cn.gridledger.logic.store.HouseholdRepository.MemberKey;
import cn.gridledger.model.HouseholdRow;

/**
 * The township's household list and its search box. The whole township is loaded once into an
 * in-memory {@link HouseholdIndex} (two queries); saves refresh single households, so a keystroke never
 * touches the database.
 */
public final class SearchService {

    private final Database db;
    private final HouseholdRepository repo = new HouseholdRepository();
    private volatile HouseholdIndex index;

    private final Session session;

    SearchService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    /** True once the index is in memory (the first load can take a moment on a big township). */
    public boolean isLoaded() {
        return index != null;
    }

    /** Loads the index if it is not loaded yet; safe to call from a background thread. */
    public synchronized void load(Progress progress) {
        if (index != null) {
            return;
        }
        progress.update(0, 2, "正在读取农户…");
        List<HouseholdRow> rows = db.read(c -> repo.rows(c, false));
        progress.update(1, 2, "正在读取家庭成员…");
        List<MemberKey> keys = db.read(c -> repo.memberKeys(c, null));
        HouseholdIndex fresh = new HouseholdIndex();
        fresh.putAll(rows, group(keys));
        progress.update(2, 2, "");
        index = fresh;
    }

    /** Drops the index so the next use reads the database again (after an import or a restore). */
    public synchronized void invalidate() {
        index = null;
    }

    private HouseholdIndex index() {
        if (index == null) {
            load(Progress.NONE);
        }
        return index;
    }

    /** Households matching what was typed and the filter, in 户编号 order; a grid worker sees their grids only. */
    public List<HouseholdRow> search(String query, HouseholdFilter filter) {
        if (session.isAdmin()) {
            return index().search(query, filter);
        }
        return index().search(query, filter.and(r -> session.canRead(r.gridId()))::test);
    }

    public int size() {
        return index().size();
    }

    /** Re-reads the given households after a change (deleted or ended ones leave the index). */
    public void refresh(List<String> householdIds) {
        if (index == null) {
            return;
        }
        for (String id : householdIds) {
            HouseholdRow row = db.read(c -> repo.row(c, id));
            boolean deleted = row != null && db.read(c -> repo.isDeleted(c, id));
            if (row == null || deleted) {
                index.remove(id);
            } else {
                List<MemberKey> keys = db.read(c -> repo.memberKeys(c, id));
                index.put(row, group(keys).getOrDefault(id, List.of()));
            }
        }
    }

    private static Map<String, List<MemberKeys>> group(List<MemberKey> keys) {
        Map<String, List<MemberKeys>> out = new HashMap<>();
        for (MemberKey k : keys) {
            out.computeIfAbsent(k.householdId(), x -> new ArrayList<>(4))
                    .add(new MemberKeys(k.name(), k.idNumber(), k.phone()));
        }
        return out;
    }
}
