package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.exchange.CanonicalRow;
import cn.gridledger.logic.exchange.MergePlan;
import cn.gridledger.logic.exchange.MergePlan.RecordPlan;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.store.exchange.ExchangeStore;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;
import cn.gridledger.model.FuzzyDate;

/**
 * What an exchange package's merge changes in the quarters' reports (报送, #15), worked out from the plan
 * before anything is written, so that a package from a laptop cannot quietly alter a quarter the township
 * has already submitted. Each exchanged table says which of its columns date a record's life: a record that
 * appears or disappears touches the quarters it lived in; a moved day touches the quarters between.
 */
final class ExchangeDatedFacts {

    /** A record's life: from {@code start} until {@code end} (either column may be absent); events only count on their day. */
    private record Life(String start, String end, boolean event) {
    }

    private static final Map<String, Life> LIVES = Map.of(
            "household", new Life("since", "ended_on", false),
            "member", new Life("since", "ended_on", false),
            "status_event", new Life("event_date", null, true),
            "household_grid_history", new Life("valid_from", "valid_to", false),
            "household_status_history", new Life("valid_from", "valid_to", false));

    /** What the user calls a record (the service's wording, which also names records still to be inserted). */
    interface Namer {
        String name(Table t, String uid, Map<String, String> row) throws SQLException;
    }

    private ExchangeDatedFacts() {
    }

    static List<DatedFact> of(Connection c, MergePlan plan, ExchangeStore store, Namer namer) throws SQLException {
        List<DatedFact> out = new ArrayList<>();
        for (RecordPlan r : plan.records()) {
            Life life = LIVES.get(r.table().name());
            if (life == null || !r.changes()) {
                continue;
            }
            CanonicalRow old = r.isNew() ? null : store.row(c, r.table(), r.uid());
            Map<String, String> before = old == null ? null : old.fields();
            Map<String, String> after = r.delete() ? null : r.isNew() ? r.theirs() : merged(before, r.updates());
            Map<String, String> any = after != null ? after : before;
            if (any == null) {
                continue;
            }
            String household = "household".equals(r.table().name()) ? r.uid() : any.get("household_id");
            String what = namer.name(r.table(), r.uid(), any);
            String kind = r.table().label();
            boolean deletedNow = after != null && after.get("deleted_at") != null;
            boolean deletedBefore = before != null && before.get("deleted_at") != null;
            if (before == null || after == null || deletedNow != deletedBefore) {
                out.add(lived(kind, r.uid(), household, what + (after == null || deletedNow ? " 删除" : " 新增"), any, life));
                continue;
            }
            out.addAll(DatedFact.moved(kind, r.uid(), household, what + " " + r.table().fieldLabel(life.start()),
                    day(before.get(life.start()), LocalDate.MIN), day(after.get(life.start()), LocalDate.MIN)));
            if (life.end() != null) {
                out.addAll(DatedFact.moved(kind, r.uid(), household, what + " " + r.table().fieldLabel(life.end()),
                        day(before.get(life.end()), LocalDate.MAX), day(after.get(life.end()), LocalDate.MAX)));
            }
        }
        return out;
    }

    /** A record that appears or goes: the quarters from its start to its end (an event: its own quarter). */
    private static DatedFact lived(String kind, String uid, String household, String what, Map<String, String> row,
            Life life) {
        LocalDate start = day(row.get(life.start()), null);
        if (life.event()) {
            return new DatedFact(kind, uid, household, what, start, start);
        }
        LocalDate end = life.end() == null ? null : day(row.get(life.end()), null);
        return new DatedFact(kind, uid, household, what, start, end);
    }

    private static Map<String, String> merged(Map<String, String> before, Map<String, String> updates) {
        Map<String, String> m = new HashMap<>(before);
        m.putAll(updates);
        return m;
    }

    /** The first day of a stored date; {@code none} when empty or not a real date (0000-01-01 means always). */
    private static LocalDate day(String iso, LocalDate none) {
        if (iso == null || iso.isBlank() || iso.startsWith("0000")) {
            return none;
        }
        try {
            return FuzzyDate.parseIso(iso.length() > 10 ? iso.substring(0, 10) : iso).firstDay();
        } catch (RuntimeException e) {
            return none;
        }
    }
}
