package cn.gridledger.logic.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Quarter;

/**
 * The dated facts a household import changes inside a quarter already submitted (报送, #15), gathered while
 * the importer compares each household with what is stored, so that the import can be refused (or its reason
 * recorded) before it commits. Only facts of a submitted quarter are kept, and their wording is built only
 * then: with no quarter submitted (the usual case) every call returns at once, and a 50,000-household import
 * pays nothing for the rule.
 */
public final class LateFacts {

    /**
     * One fact: {@code kind} 农户 / 成员 / 户状态 / 防返贫监测, the record and its household, what the note calls it
     * ({@code 张三明户 李四 入户日期}) and the day (a month or year: its first day).
     */
    public record Fact(String kind, String recordId, String householdId, String what, LocalDate date) {
    }

    /** For imports that date nothing (cadre rosters) and for callers that do not check. */
    public static final LateFacts NONE = new LateFacts(Set.of());

    private final Set<Quarter> submitted;
    private final List<Fact> facts = new ArrayList<>();

    /** @param submitted the quarters of which some report has been submitted */
    public LateFacts(Set<Quarter> submitted) {
        this.submitted = Set.copyOf(submitted);
    }

    /** True when {@code iso} (storage form, or null) lies in a submitted quarter. */
    public boolean isLate(String iso) {
        return !submitted.isEmpty() && isLate(day(iso));
    }

    public boolean isLate(LocalDate day) {
        return day != null && !submitted.isEmpty() && submitted.contains(Quarter.of(day));
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
            String what = (head == null ? "" : head) + "户 " + (person == null ? "" : person + " ") + change;
            facts.add(new Fact(kind, recordId, householdId, what, day));
        }
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
