package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gridledger.logic.exchange.CanonicalRow;
import cn.gridledger.logic.exchange.MergePlan;
import cn.gridledger.logic.exchange.MergePlan.RecordPlan;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.store.exchange.ExchangeStore;
import cn.gridledger.logic.store.exchange.ExchangeTables;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;
import cn.gridledger.model.FuzzyDate;

/**
 * What an exchange package's merge changes in the quarters' reports (报送, #15), worked out from the plan
 * before anything is written, so that a package from a laptop cannot quietly alter a quarter the township
 * has already submitted. Each exchanged table says which of its columns date a record's life: a record that
 * appears or disappears touches the quarters it lived in; a moved day touches the quarters between.
 */
final class ExchangeDatedFacts {

    /**
     * A record's life: from {@code start} until {@code end} (either column may be absent); events only count on
     * their day. {@code endFlag}: a column that must be 1 for the end to count (a monitoring's 消除年月 only counts
     * once the risk is marked eliminated).
     */
    private record Life(String start, String end, boolean event, String endFlag) {

        Life(String start, String end, boolean event) {
            this(start, end, event, null);
        }

        String end(Map<String, String> row) {
            return end == null || endFlag != null && !"1".equals(row.get(endFlag)) ? null : row.get(end);
        }
    }

    private static final Map<String, Life> LIVES = Map.ofEntries(
            Map.entry("household", new Life("since", "ended_on", false)),
            Map.entry("member", new Life("since", "ended_on", false)),
            Map.entry("status_event", new Life("event_date", null, true)),
            Map.entry("household_grid_history", new Life("valid_from", "valid_to", false)),
            Map.entry("household_status_history", new Life("valid_from", "valid_to", false)),
            Map.entry("monitoring", new Life("identified_month", "eliminated_month", false, "risk_eliminated")),
            Map.entry("award", new Life("year", null, false)), // a title counts from its year on
            Map.entry("points_entry", new Life("entry_date", null, false)), // points add up: every later quarter
            Map.entry("points_redemption", new Life("redeem_date", null, false)),
            Map.entry("visit", new Life("visit_date", null, true)),
            Map.entry("post", new Life("start_date", "end_date", false)),
            Map.entry("reserve_cadre", new Life("entry_date", "exit_date", false)));

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
            String household = household(r.table(), r.uid(), any);
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
                        day(life.end(before), LocalDate.MAX), day(life.end(after), LocalDate.MAX)));
            }
            if (!sameCount(r.table(), before, after)) {
                // another value: the quarter of the day counts differently (points add up in every later one too)
                LocalDate d = day(after.get(life.start()), null);
                out.add(new DatedFact(kind, r.uid(), household, what, d, life.event() ? d : null));
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
        LocalDate end = day(life.end(row), null);
        return new DatedFact(kind, uid, household, what, start, end);
    }

    /** The household a record belongs to: its own id, its household_id, or a visit's first household; else null. */
    private static String household(Table t, String uid, Map<String, String> row) {
        if (t == ExchangeTables.HOUSEHOLD) {
            return uid;
        }
        if (t == ExchangeTables.VISIT) {
            List<String> first = ExchangeTables.childRows(row.get("households")).stream().findFirst().orElse(List.of());
            return first.isEmpty() ? null : first.get(0);
        }
        return row.get("household_id");
    }

    /** Whether an event record counts the same after the merge (its points, or a visit's type and households). */
    private static boolean sameCount(Table t, Map<String, String> before, Map<String, String> after) {
        for (String f : new String[] {"points", "item_id", "visit_type", "households"}) {
            if (t.column(f).isPresent() && !Objects.equals(before.get(f), after.get(f))) {
                return false;
            }
        }
        return true;
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
