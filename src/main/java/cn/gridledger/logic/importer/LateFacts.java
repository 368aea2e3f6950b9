package cn.gridledger.logic.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Quarter;

/**
 * The dated facts a household import changes that may reach a quarter already submitted (报送, #15), gathered
 * while the importer compares each household with what is stored, so that the import can be refused (or its
 * reason recorded) before it commits. A fact dated on or before a submitted quarter's last day can reach it
 * (reports count the state on that day); the service's guard decides which quarters each one touches. Their
 * wording is built only then: with no quarter submitted (the usual case) every call returns at once, and a
 * 50,000-household import pays nothing for the rule. A cadre roster's facts (a post's 任职时间, a reserve's
 * 入库时间) are kept by {@link #held} and {@link #movedCadre}: no household, worded as the cadre form words them.
 */
public final class LateFacts {

    /**
     * One fact: {@code kind} 农户 / 成员 / 户状态 / 防返贫监测, the record and its household, what the note calls it
     * ({@code 张三明户 李四 入户日期}) and the day (a month or year: its first day; null: undated, always).
     * {@code movedFrom}: for a day that was changed, the old one ({@link LocalDate#MIN}: none, i.e. always;
     * {@link LocalDate#MAX}: none, i.e. not yet); null for a fact that is simply new.
     */
    public record Fact(String kind, String recordId, String householdId, String what, LocalDate date,
            LocalDate movedFrom) {
    }

    /** For callers that do not check (no quarter submitted). */
    public static final LateFacts NONE = new LateFacts(Set.of());

    private final Set<Quarter> submitted;
    private final LocalDate lastSubmittedDay;
    private final List<Fact> facts = new ArrayList<>();

    /** @param submitted the quarters of which some report has been submitted */
    public LateFacts(Set<Quarter> submitted) {
        this.submitted = Set.copyOf(submitted);
        this.lastSubmittedDay = submitted.stream().map(Quarter::lastDay).max(LocalDate::compareTo).orElse(null);
    }

    /** True when {@code iso} (storage form, or null) lies in a submitted quarter. */
    public boolean isLate(String iso) {
        return !submitted.isEmpty() && isLate(day(iso));
    }

    /** True when a fact of {@code day} can reach a submitted quarter: it is not after the last one's end. */
    public boolean isLate(LocalDate day) {
        return day != null && lastSubmittedDay != null && !day.isAfter(lastSubmittedDay);
    }

    /**
     * Keeps the fact when {@code iso} lies in a submitted quarter.
     *
     * @param head   the household's head, for {@code 张三明户}
     * @param person the member the fact is about, or null for the household itself
     * @param change what changed: {@code 入户日期}, {@code 新增农户}, {@code 户类型} …
     */
    public void add(String kind, String recordId, String householdId, String head, String person, String change,
            String iso) {
        if (!submitted.isEmpty()) {
            add(kind, recordId, householdId, head, person, change, day(iso));
        }
    }

    public void add(String kind, String recordId, String householdId, String head, String person, String change,
            LocalDate day) {
        if (isLate(day)) {
            facts.add(new Fact(kind, recordId, householdId, what(head, person, change), day, null));
        }
    }

    /**
     * Keeps a day changed from {@code wasIso} to {@code nowIso} (storage form or null) when either can reach a
     * submitted quarter; {@code none} is what an empty one means: MIN (a since: always) or MAX (not yet).
     */
    public void moved(String kind, String recordId, String householdId, String head, String person, String change,
            String wasIso, String nowIso, LocalDate none) {
        if (lastSubmittedDay != null) {
            movedDay(kind, recordId, householdId, what(head, person, change), wasIso, nowIso, none);
        }
    }

    /** A new household: from its 立户日期, or (none given) in every quarter. */
    public void founded(String recordId, String head, String sinceIso) {
        if (lastSubmittedDay == null) {
            return;
        }
        LocalDate since = day(sinceIso);
        if (since == null) {
            facts.add(new Fact("农户", recordId, recordId, what(head, null, "新增农户（未填立户日期）"), null, null));
        } else if (isLate(since)) {
            facts.add(new Fact("农户", recordId, recordId, what(head, null, "新增农户"), since, null));
        }
    }

    /**
     * A cadre roster's record that holds from {@code from} until {@code to} (a new post: its 任职时间, or
     * {@link LocalDate#MIN} when none is given, until {@link LocalDate#MAX}, not ended); kept when it can reach
     * a submitted quarter. {@code what}: {@code 张三 村党组织书记 任职}, as {@code CadreService} words it.
     */
    public void held(String kind, String recordId, String name, String title, String change, LocalDate from,
            LocalDate to) {
        if (lastSubmittedDay != null && !from.equals(to) && !from.isAfter(lastSubmittedDay)) {
            facts.add(new Fact(kind, recordId, null, cadreWhat(name, title, change), to, from));
        }
    }

    /**
     * A cadre roster's day changed from {@code wasIso} to {@code nowIso} (a post's 任职时间, a reserve's 入库时间);
     * {@code none} is what an empty one means (MIN: always; MAX: not yet).
     */
    public void movedCadre(String kind, String recordId, String name, String title, String change, String wasIso,
            String nowIso, LocalDate none) {
        if (lastSubmittedDay != null) {
            movedDay(kind, recordId, null, cadreWhat(name, title, change), wasIso, nowIso, none);
        }
    }

    /** Keeps a day moved from {@code wasIso} to {@code nowIso} when either end can reach a submitted quarter. */
    private void movedDay(String kind, String recordId, String householdId, String what, String wasIso, String nowIso,
            LocalDate none) {
        LocalDate was = day(wasIso);
        LocalDate now = day(nowIso);
        LocalDate from = was == null ? none : was;
        LocalDate to = now == null ? none : now;
        if (!from.equals(to) && (!from.isAfter(lastSubmittedDay) || !to.isAfter(lastSubmittedDay))) {
            facts.add(new Fact(kind, recordId, householdId, what, to, from));
        }
    }

    /** The first day of a stored date (storage form), null when empty: for callers that date a cadre record. */
    public static LocalDate firstDay(String iso) {
        return day(iso);
    }

    private static String cadreWhat(String name, String title, String change) {
        return (name == null ? "" : name) + " " + title + " " + change;
    }

    private static String what(String head, String person, String change) {
        return (head == null ? "" : head) + "户 " + (person == null ? "" : person + " ") + change;
    }

    /** What was kept, in the order the import met it. */
    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    /** The first day of a stored date; null when empty or not in storage form (nothing to date then). */
    private static LocalDate day(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return FuzzyDate.parseIso(iso).firstDay();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
