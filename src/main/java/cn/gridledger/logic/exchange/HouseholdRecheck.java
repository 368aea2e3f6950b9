package cn.gridledger.logic.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.gridledger.logic.exchange.MergePlan.FieldConflict;
import cn.gridledger.logic.exchange.MergePlan.RecordPlan;
import cn.gridledger.logic.store.exchange.ExchangeTables;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;
import cn.gridledger.logic.validate.HouseholdRules;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.MemberFacts;

/**
 * The household rules of the form ({@link HouseholdRules}: one 户主, one 配偶 of the other gender, 文化程度 or
 * 在校生状况) on every household a planned merge touches. Field by field, each side's values keep the rules, but
 * together they may not (each side made a different member 户主). For a household the merge would break, the fields
 * the broken rule looks at keep this side's values, and the other side's go to the conflict inbox with the rule as
 * note: the package still imports (it must not block the exchange for good) and nothing is overwritten silently.
 * Pure, like {@link MergePlanner}.
 */
public final class HouseholdRecheck {

    private static final Table MEMBER = ExchangeTables.MEMBER;
    private static final Table PERSON = ExchangeTables.PERSON;
    /** The fields a rule on 户主 and 配偶 looks at, and the ones the 文化程度/在校生状况 rule does. */
    private static final List<String> RELATION = List.of("relation");
    private static final List<String> GENDER = List.of("gender");
    private static final List<String> EDUCATION = List.of("education", "student_status");

    /** The tables the rules read (the rows {@link #broken} needs). */
    public static final List<Table> TABLES = List.of(ExchangeTables.HOUSEHOLD, MEMBER, PERSON);

    private final Map<String, List<CanonicalRow>> local;
    private final Function<String, String> householdName;

    private HouseholdRecheck(Map<String, List<CanonicalRow>> local, Function<String, String> householdName) {
        this.local = local;
        this.householdName = householdName;
    }

    /**
     * @param local         this database's rows per table, as the plan was made from
     * @param householdName what the user calls a local household (by id)
     * @return the plan with the fields of broken households turned into conflicts, and a line per such household
     */
    public static MergePlan recheck(MergePlan plan, Map<String, List<CanonicalRow>> local,
            Function<String, String> householdName) {
        if (plan.refused()) {
            return plan;
        }
        return new HouseholdRecheck(local, householdName).run(plan);
    }

    /** Whether a household rule looks at the field (与户主关系, 性别, 文化程度, 在校生状况). */
    public static boolean looksAt(Table t, String field) {
        return t == MEMBER && (RELATION.contains(field) || EDUCATION.contains(field)) || t == PERSON && GENDER.contains(field);
    }

    /** The rules the records would break that this side keeps now (resolving a conflict as "theirs"), or none. */
    public static List<String> broken(List<RecordPlan> records, Map<String, List<CanonicalRow>> local) {
        HouseholdRecheck r = new HouseholdRecheck(local, h -> h);
        return r.broken(records, r.new State(List.of()), r.new State(records)).values().stream()
                .flatMap(List::stream).toList();
    }

    private Map<String, List<String>> broken(List<RecordPlan> records, State mine, State merged) {
        Map<String, List<String>> broken = new LinkedHashMap<>();
        for (String h : touched(records, mine, merged)) {
            List<String> fresh = merged.errors(h);
            fresh.removeAll(mine.errors(h));
            if (!fresh.isEmpty()) {
                broken.put(h, fresh);
            }
        }
        return broken;
    }

    private MergePlan run(MergePlan plan) {
        State mine = new State(List.of());
        State merged = new State(plan.records());
        Map<String, List<String>> broken = broken(plan.records(), mine, merged);
        if (broken.isEmpty()) {
            return plan;
        }
        List<RecordPlan> records = new ArrayList<>(plan.records());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : broken.entrySet()) {
            String note = "合并后" + String.join("；", e.getValue());
            Set<String> labels = keepMine(records, e.getKey(), e.getValue(), merged, mine, note);
            lines.add(householdName.apply(e.getKey()) + "：" + note + (labels.isEmpty() ? "" : "。已保留本机的"
                    + String.join("、", labels) + "，对方的值记入冲突清单"));
        }
        State after = new State(records);
        for (int i = 0; i < lines.size(); i++) { // what keeping this side's values could not put right (a new member)
            String h = new ArrayList<>(broken.keySet()).get(i);
            List<String> still = after.errors(h);
            still.removeAll(mine.errors(h));
            if (!still.isEmpty()) {
                lines.set(i, lines.get(i) + "；导入后仍然" + String.join("；", still) + "，请在农户页面修改");
            }
        }
        return new MergePlan(plan.gridChanges(), records, plan.refusals(), lines);
    }

    /** Households on this side whose members or their persons the plan changes. */
    private Set<String> touched(List<RecordPlan> records, State mine, State merged) {
        Set<String> out = new LinkedHashSet<>();
        for (RecordPlan r : records) {
            if (r.table() == ExchangeTables.HOUSEHOLD) {
                out.add(r.uid());
            } else if (r.table() == MEMBER) {
                out.add(mine.householdOfMember(r.uid()));
                out.add(merged.householdOfMember(r.uid()));
            } else if (r.table() == PERSON) {
                out.addAll(mine.householdsOfPerson(r.uid()));
                out.addAll(merged.householdsOfPerson(r.uid()));
            }
        }
        out.remove(null);
        out.removeIf(h -> !mine.isCurrent(h) || !merged.isCurrent(h)); // new, deleted or ended: no rule to keep
        return out;
    }

    /** Turns the plan's updates of the fields the broken rules look at into conflicts; returns their labels. */
    private Set<String> keepMine(List<RecordPlan> records, String household, List<String> broken, State merged,
            State mine, String note) {
        boolean education = broken.stream().anyMatch(m -> m.contains("文化程度"));
        boolean relation = broken.stream().anyMatch(m -> !m.contains("文化程度"));
        Set<String> members = new LinkedHashSet<>(merged.members(household));
        members.addAll(mine.members(household));
        Set<String> persons = new LinkedHashSet<>();
        members.forEach(m -> {
            persons.add(merged.personOfMember(m));
            persons.add(mine.personOfMember(m));
        });
        List<String> memberFields = new ArrayList<>(relation ? RELATION : List.of());
        memberFields.addAll(education ? EDUCATION : List.of());
        List<String> personFields = relation ? GENDER : List.of();
        Set<String> labels = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            RecordPlan r = records.get(i);
            List<String> fields = r.table() == MEMBER && members.contains(r.uid()) ? memberFields
                    : r.table() == PERSON && persons.contains(r.uid()) ? personFields : List.of();
            if (r.isNew() || r.delete() || fields.stream().noneMatch(r.updates()::containsKey)) {
                continue;
            }
            Map<String, String> updates = new LinkedHashMap<>(r.updates());
            List<FieldConflict> conflicts = new ArrayList<>(r.conflicts());
            Map<String, String> here = (r.table() == MEMBER ? mine.members : mine.persons).get(r.uid());
            for (String f : fields) {
                if (updates.containsKey(f)) {
                    conflicts.add(new FieldConflict(f, here.get(f), updates.remove(f), note));
                    labels.add(r.table().fieldLabel(f));
                }
            }
            records.set(i, new RecordPlan(r.table(), r.uid(), false, r.theirs(), updates, conflicts, false));
        }
        return labels;
    }

    /** Households, members and persons as this side has them, with a plan's records applied. */
    private final class State {

        final Map<String, Map<String, String>> households = rows(ExchangeTables.HOUSEHOLD);
        final Map<String, Map<String, String>> members = rows(MEMBER);
        final Map<String, Map<String, String>> persons = rows(PERSON);
        private final Map<String, String> personByIdNumber = new HashMap<>();
        private final Map<String, List<String>> membersByHousehold = new HashMap<>();
        private final Map<String, Set<String>> householdsByPerson = new HashMap<>();

        State(List<RecordPlan> plan) {
            for (RecordPlan r : plan) {
                Map<String, Map<String, String>> table = r.table() == ExchangeTables.HOUSEHOLD ? households
                        : r.table() == MEMBER ? members : r.table() == PERSON ? persons : null;
                if (table == null) {
                    continue;
                }
                if (r.isNew()) {
                    table.put(r.uid(), new HashMap<>(r.theirs()));
                } else if (r.delete()) {
                    table.remove(r.uid());
                } else if (table.containsKey(r.uid())) {
                    table.get(r.uid()).putAll(r.updates());
                }
            }
            persons.forEach((uid, p) -> {
                if (p.get("id_number") != null) {
                    personByIdNumber.put(p.get("id_number"), uid);
                }
            });
            members.forEach((uid, m) -> { // indexed once: a first package touches every household
                String h = m.get("household_id");
                if (h != null && m.get("ended_on") == null) {
                    membersByHousehold.computeIfAbsent(h, k -> new ArrayList<>()).add(uid);
                }
                String p = personOfMember(uid);
                if (p != null) {
                    householdsByPerson.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(h);
                }
            });
            membersByHousehold.values().forEach(list -> list.sort(Comparator.comparing(m -> seq(members.get(m).get("seq")))));
        }

        private Map<String, Map<String, String>> rows(Table t) {
            Map<String, Map<String, String>> out = new HashMap<>();
            for (CanonicalRow r : local.getOrDefault(t.name(), List.of())) {
                out.put(r.uid(), new HashMap<>(r.fields()));
            }
            return out;
        }

        boolean isCurrent(String household) {
            Map<String, String> h = households.get(household);
            return h != null && h.get("deleted_at") == null && h.get("ended_on") == null;
        }

        String householdOfMember(String member) {
            Map<String, String> m = members.get(member);
            return m == null ? null : m.get("household_id");
        }

        /** The person a member refers to (an ID number, or uid: and the person's uid). */
        String personOfMember(String member) {
            Map<String, String> m = members.get(member);
            String ref = m == null ? null : m.get("person_id");
            if (ref == null) {
                return null;
            }
            return ref.startsWith("uid:") ? ref.substring(4) : personByIdNumber.get(ref);
        }

        Set<String> householdsOfPerson(String person) {
            return householdsByPerson.getOrDefault(person, Set.of());
        }

        /** The household's present members in their order. */
        List<String> members(String household) {
            return membersByHousehold.getOrDefault(household, List.of());
        }

        private static long seq(String s) {
            try {
                return s == null ? Long.MAX_VALUE : Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }

        /** The errors the form would show for the household (warnings do not stop a save either). */
        List<String> errors(String household) {
            List<MemberFacts> facts = new ArrayList<>();
            for (String m : members(household)) {
                Map<String, String> member = members.get(m);
                Map<String, String> person = persons.getOrDefault(personOfMember(m), Map.of());
                facts.add(MemberFacts.of(person.get("name"), member.get("relation"), person.get("gender"),
                        member.get("education"), member.get("student_status")));
            }
            if (facts.isEmpty()) {
                return new ArrayList<>();
            }
            return new ArrayList<>(HouseholdRules.check(facts).stream().filter(Issue::isError).map(Issue::message).toList());
        }
    }
}
