package cn.gridledger.logic.importer;

import cn.gridledger.logic.store.ImportWriter.PersonColumn;
import cn.gridledger.logic.store.ImportWriter.StoredPerson;
import cn.gridledger.model.code.Ethnicity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what a row says about a person with what is stored. An empty cell never clears a stored value
 * (a roster that lacks a column must not erase it), and a coarser date that agrees with the stored one
 * ({@code 1985.03} against {@code 1985-03-12}) is no change.
 */
public final class PersonChanges {

    private static final Set<PersonColumn> DATES = EnumSet.of(PersonColumn.BIRTH_DATE, PersonColumn.PARTY_JOIN_DATE,
            PersonColumn.WORK_START_DATE);

    private PersonChanges() {
    }

    /** The stored values overlaid with the row's non-empty ones. */
    public static String[] merged(StoredPerson old, String[] given) {
        String[] out = old.values().clone();
        for (PersonColumn c : PersonColumn.values()) {
            String v = given[c.ordinal()];
            if (v != null && !same(c, old.get(c), v)) {
                out[c.ordinal()] = v;
            }
        }
        return out;
    }

    /** {@code 政治面貌：群众 → 中共党员} for every field the row changes. */
    public static List<String> describe(StoredPerson old, String[] given) {
        List<String> changes = new ArrayList<>();
        for (PersonColumn c : PersonColumn.values()) {
            String v = given[c.ordinal()];
            String was = old.get(c);
            if (v != null && !same(c, was, v)) {
                changes.add(c.label() + "：" + shown(c, was) + " → " + shown(c, v));
            }
        }
        return changes;
    }

    private static boolean same(PersonColumn c, String stored, String given) {
        if (Objects.equals(stored, given)) {
            return true;
        }
        if (DATES.contains(c)) {
            return stored != null && stored.startsWith(given);
        }
        if (c == PersonColumn.EDU_FULLTIME || c == PersonColumn.EDU_INSERVICE) {
            return SameValue.education(stored, given);
        }
        return SameValue.text(stored, given);
    }

    private static String shown(PersonColumn c, String value) {
        if (value == null) {
            return "（空）";
        }
        if (c == PersonColumn.ETHNICITY) {
            return Ethnicity.all().stream().filter(e -> e.code().equals(value)).map(Ethnicity::label).findFirst().orElse(value);
        }
        return DATES.contains(c) ? value.replace('-', '.') : value;
    }
}
