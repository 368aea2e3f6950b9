package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.gridledger.logic.exchange.BaseRow;
import cn.gridledger.logic.exchange.CanonicalRow;
import cn.gridledger.logic.exchange.ScopeFilter;
import cn.gridledger.logic.store.exchange.ExchangeStore;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;

/**
 * Keeps each base row in the form it needs (docs/decisions/exchange-packages.md "What the base keeps"), on export:
 * a row outside the shared grids that still holds its fields (written before V15, or a household moved out of the
 * grids) becomes a hash; a hash-only row of a record now in them (a household moved in) gets its fields back when
 * the record is unchanged since, because then its current state is the base.
 */
final class ExchangeBaseForms {

    private ExchangeBaseForms() {
    }

    /** @param normalize grid codes as they are now */
    static void keep(Connection c, ExchangeStore store, long partnerId, Table t, List<CanonicalRow> rows,
            Map<String, BaseRow> base, ScopeFilter kept, UnaryOperator<Map<String, String>> normalize)
            throws SQLException {
        Map<String, CanonicalRow> byUid = null;
        for (Map.Entry<String, BaseRow> e : base.entrySet()) {
            BaseRow known = e.getValue();
            boolean fields = kept.keepsFields(t, e.getKey(), null);
            if (known.isFull() && !fields) {
                store.putBase(c, partnerId, t.name(), e.getKey(), known.normalized(normalize).toHash(t));
            } else if (!known.isFull() && fields) {
                if (byUid == null) {
                    byUid = new HashMap<>();
                    for (CanonicalRow r : rows) {
                        byUid.put(r.uid(), r);
                    }
                }
                CanonicalRow r = byUid.get(e.getKey());
                Map<String, String> now = r == null ? null : normalize.apply(r.fields());
                if (now != null && known.same(t, now)) {
                    store.putBase(c, partnerId, t.name(), e.getKey(), BaseRow.full(now));
                }
            }
        }
    }
}
