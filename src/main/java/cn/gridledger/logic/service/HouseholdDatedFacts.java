package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberArrival;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.Monitoring;

/**
 * The dated facts one household save changes, old and new dates both (moving a departure from August to
 * October changes what the third quarter counted): the household's since, its 户类型/低保/特困供养 (dated the
 * day the user gave for the change (so is a changed grid), else the day of the save), members who join, leave or whose since
 * changes, monitoring episodes' months, and points entries and redemptions added, changed or removed.
 */
final class HouseholdDatedFacts {

    private final List<DatedFact> out = new ArrayList<>();
    private final String householdId;
    private final String name;

    private HouseholdDatedFacts(String householdId, String headName) {
        this.householdId = householdId;
        this.name = (headName == null ? "" : headName) + "户";
    }

    /** {@code householdId}: the saved household's (a new one has its id only once written). */
    static List<DatedFact> of(String householdId, HouseholdDetail before, HouseholdDetail after,
            List<MemberDeparture> departures, Map<Member, MemberArrival> joined, LocalDate statusDay, LocalDate today) {
        String head = after.members().isEmpty() ? "" : after.members().get(0).person().name();
        HouseholdDatedFacts f = new HouseholdDatedFacts(householdId, head);
        f.household(before == null ? null : before.household(), after.household(), statusDay);
        f.members(before, after, departures, joined, today);
        f.monitoring(before == null ? List.of() : before.monitoring(), after.monitoring());
        f.points(before, after);
        return f.out;
    }

    private void household(Household was, Household now, LocalDate statusDay) {
        if (was == null) {
            // without 立户日期 the household counts in every quarter, the submitted ones too
            out.add(new DatedFact("农户", householdId, householdId, name + " 新增农户"
                    + (now.since() == null ? "（未填立户日期）" : ""), now.since() == null ? null : now.since().firstDay()));
            return;
        }
        moved("农户", householdId, name + " 立户日期", was.since(), now.since());
        if (was.gridId() != null && now.gridId() != null && !was.gridId().equals(now.gridId())) {
            add("农户", householdId, name + " 迁往其他网格", statusDay);
        }
        if (!Objects.equals(was.hhType(), now.hhType())) {
            add("户状态", householdId, name + " 户类型", statusDay);
        }
        if (was.dibao() != now.dibao()) {
            add("户状态", householdId, name + " 低保", statusDay);
        }
        if (was.tekun() != now.tekun()) {
            add("户状态", householdId, name + " 特困供养", statusDay);
        }
    }

    private void members(HouseholdDetail before, HouseholdDetail after, List<MemberDeparture> departures,
            Map<Member, MemberArrival> joined, LocalDate today) {
        for (Member m : after.members()) {
            String who = name + " " + m.person().name();
            MemberArrival a = joined.get(m);
            if (a != null) {
                add("成员", idOf(m), who + " " + a.reason().eventType(), a.date());
                continue;
            }
            Member was = before == null ? null : byId(before.members(), m.id());
            if (was == null) {
                if (before == null) {
                    add("成员", idOf(m), who + " 入户", m.since());
                }
            } else {
                moved("成员", idOf(m), who + " 入户日期", was.since(), m.since());
            }
        }
        if (before == null) {
            return;
        }
        for (Member m : before.members()) {
            if (byId(after.members(), m.id()) != null) {
                continue;
            }
            MemberDeparture d = departures.stream().filter(x -> x.memberId() == m.id()).findFirst().orElse(null);
            add("成员", idOf(m), name + " " + m.person().name() + " " + (d == null ? "移出" : d.reason().eventType()),
                    d == null ? today : d.date());
        }
    }

    private void monitoring(List<Monitoring> before, List<Monitoring> after) {
        for (Monitoring now : after) {
            Monitoring was = before.stream().filter(x -> now.id() > 0 && x.id() == now.id()).findFirst().orElse(null);
            String id = String.valueOf(now.id());
            if (was == null) {
                add("防返贫监测", id, name + " 防返贫监测 识别", now.identifiedMonth());
                add("防返贫监测", id, name + " 防返贫监测 消除", now.riskEliminated() ? now.eliminatedMonth() : null);
                continue;
            }
            movedDays("防返贫监测", id, name + " 防返贫监测 识别年月", was.identifiedMonth(), now.identifiedMonth(), LocalDate.MAX);
            movedDays("防返贫监测", id, name + " 防返贫监测 消除年月", was.riskEliminated() ? was.eliminatedMonth() : null,
                    now.riskEliminated() ? now.eliminatedMonth() : null, LocalDate.MAX);
        }
        for (Monitoring was : before) {
            if (after.stream().noneMatch(x -> x.id() == was.id())) {
                add("防返贫监测", String.valueOf(was.id()), name + " 防返贫监测 删除", was.identifiedMonth());
            }
        }
    }

    /** 积分 entries and redemptions (积分制管理季度汇总表): a new one's date, a changed one's both, a removed one's. */
    private void points(HouseholdDetail before, HouseholdDetail after) {
        dated("积分 登记", before == null ? List.of() : before.pointsEntries(), after.pointsEntries(),
                e -> e.id(), e -> e.date(), (a, b) -> a.points() == b.points() && Objects.equals(a.itemId(), b.itemId()));
        dated("积分 兑换", before == null ? List.of() : before.redemptions(), after.redemptions(),
                r -> r.id(), r -> r.date(), (a, b) -> a.points() == b.points());
    }

    private <T> void dated(String what, List<T> before, List<T> after, java.util.function.ToLongFunction<T> id,
            java.util.function.Function<T, LocalDate> date, java.util.function.BiPredicate<T, T> sameCount) {
        for (T now : after) {
            T was = before.stream().filter(x -> id.applyAsLong(now) > 0 && id.applyAsLong(x) == id.applyAsLong(now))
                    .findFirst().orElse(null);
            if (was == null) {
                add("积分", String.valueOf(id.applyAsLong(now)), name + " " + what, date.apply(now));
            } else if (!sameCount.test(was, now)) {
                // another value: every quarter from the earlier day on adds up differently
                LocalDate first = java.util.Collections.min(List.of(date.apply(was), date.apply(now)));
                add("积分", String.valueOf(id.applyAsLong(now)), name + " " + what, first);
                add("积分", String.valueOf(id.applyAsLong(now)), name + " " + what, date.apply(now));
            } else {
                out.addAll(DatedFact.moved("积分", String.valueOf(id.applyAsLong(now)), householdId, name + " " + what,
                        date.apply(was), date.apply(now)));
            }
        }
        for (T was : before) {
            if (after.stream().noneMatch(x -> id.applyAsLong(x) == id.applyAsLong(was))) {
                add("积分", String.valueOf(id.applyAsLong(was)), name + " " + what + " 删除", date.apply(was));
            }
        }
    }

    private static Member byId(List<Member> members, long id) {
        return id <= 0 ? null : members.stream().filter(x -> x.id() == id).findFirst().orElse(null);
    }

    private static String idOf(Member m) {
        return m.person().idNumber() != null && !m.person().idNumber().isBlank() ? m.person().idNumber()
                : String.valueOf(m.id());
    }

    /** A since moved (or set, or cleared: none means always): see {@link DatedFact#moved}. */
    private void moved(String kind, String recordId, String what, FuzzyDate was, FuzzyDate now) {
        movedDays(kind, recordId, what, was, now, LocalDate.MIN);
    }

    /** A day moved; {@code none} is what a missing one means (MIN: always, MAX: not yet). */
    private void movedDays(String kind, String recordId, String what, FuzzyDate was, FuzzyDate now, LocalDate none) {
        out.addAll(DatedFact.moved(kind, recordId, householdId, what, was == null ? none : was.firstDay(),
                now == null ? none : now.firstDay()));
    }

    private void add(String kind, String recordId, String what, FuzzyDate date) {
        if (date != null) {
            add(kind, recordId, what, date.firstDay());
        }
    }

    private void add(String kind, String recordId, String what, LocalDate date) {
        if (date != null) {
            out.add(new DatedFact(kind, recordId, householdId, what, date));
        }
    }
}
