package cn.gridledger.logic.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import cn.gridledger.model.HouseholdRow;

/**
 * The township's households in memory, with what one search box finds them by: member names, their
 * pinyin initials, ID numbers, phones and 户编号. Each household keeps three lower-case "haystacks"
 * (names, initials, numbers) joined by a separator, so a keystroke is one substring scan per household —
 * a few milliseconds for 50,000 households, no database round trip.
 *
 * <p>Thread-safe: readers get a snapshot array; {@link #put}/{@link #remove} replace it.
 */
public final class HouseholdIndex {

    private static final char SEP = '\u0001';

    /**
     * One household and its search keys. Built with {@link #entryOf} (the pinyin lookups are the costly
     * part), so a loader can build entries on the thread that read the rows, then add them all at once.
     */
    public record Entry(HouseholdRow row, String names, String initials, String numbers) {
    }

    /** What one member contributes to the search keys. */
    public record MemberKeys(String name, String idNumber, String phone) {
    }

    /** What kind of text was typed, which decides the haystack it is looked for in. */
    enum QueryKind { EMPTY, INITIALS, NUMBER, TEXT }

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private volatile Entry[] snapshot = new Entry[0];

    /** Adds or replaces a household. */
    public synchronized void put(HouseholdRow row, List<MemberKeys> members) {
        byId.put(row.id(), entry(row, members));
        snapshot = byId.values().toArray(new Entry[0]);
    }

    /** Adds many households at once (the initial load); one snapshot at the end. */
    public synchronized void putAll(List<HouseholdRow> rows, Map<String, List<MemberKeys>> members) {
        for (HouseholdRow row : rows) {
            byId.put(row.id(), entry(row, members.getOrDefault(row.id(), List.of())));
        }
        snapshot = byId.values().toArray(new Entry[0]);
    }

    /** Adds entries built ahead with {@link #entryOf} (the initial load); one snapshot at the end. */
    public synchronized void putEntries(List<Entry> entries) {
        for (Entry e : entries) {
            byId.put(e.row().id(), e);
        }
        snapshot = byId.values().toArray(new Entry[0]);
    }

    /** Gives the households already in the index their members' keys (the second phase of loading). */
    public synchronized void putKeys(Map<String, List<MemberKeys>> members) {
        for (var e : byId.entrySet()) {
            List<MemberKeys> keys = members.get(e.getKey());
            if (keys != null) {
                e.setValue(entry(e.getValue().row(), keys));
            }
        }
        snapshot = byId.values().toArray(new Entry[0]);
    }

    public synchronized void remove(String householdId) {
        if (byId.remove(householdId) != null) {
            snapshot = byId.values().toArray(new Entry[0]);
        }
    }

    public int size() {
        return snapshot.length;
    }

    public HouseholdRow row(String householdId) {
        synchronized (this) {
            Entry e = byId.get(householdId);
            return e == null ? null : e.row();
        }
    }

    /**
     * A household's search entry: its head's name alone, until {@link #putKeys} gives all members'. The
     * same as {@code entry(row, List.of())}, built without string builders: it runs for every household
     * while the list opens.
     */
    public static Entry entryOf(HouseholdRow row) {
        String head = row.headName();
        String initials = "";
        for (String v : PinyinInitials.of(head)) {
            initials = initials.concat(key(v));
        }
        return new Entry(row, key(head), initials, key(row.hhNumber()).concat(key(row.phone())));
    }

    private static final String SEP_TEXT = String.valueOf(SEP);

    /**
     * A search key as {@link #appendKey} adds it; empty for none. String.concat, not {@code +}: the
     * generated concatenation code made this method slow to compile while the list opens.
     */
    private static String key(String key) {
        return key == null || key.isBlank() ? "" : SEP_TEXT.concat(key.strip().toLowerCase(Locale.ROOT));
    }

    static Entry entry(HouseholdRow row, List<MemberKeys> members) {
        StringBuilder names = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        appendKey(numbers, row.hhNumber());
        appendKey(numbers, row.phone());
        if (members.isEmpty() && row.headName() != null) {
            members = List.of(new MemberKeys(row.headName(), null, null));
        }
        for (MemberKeys m : members) {
            appendKey(names, m.name());
            for (String v : PinyinInitials.of(m.name())) {
                appendKey(initials, v);
            }
            appendKey(numbers, m.idNumber());
            appendKey(numbers, m.phone());
        }
        return new Entry(row, names.toString(), initials.toString(), numbers.toString());
    }

    private static void appendKey(StringBuilder sb, String key) {
        if (key != null && !key.isBlank()) {
            sb.append(SEP).append(key.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Households matching {@code query} (empty: all) and {@code filter}, in index order. Letters search
     * pinyin initials (and names written in letters); digits search ID numbers (full or any part, e.g.
     * the last four), phones and 户编号; anything else searches names.
     */
    public List<HouseholdRow> search(String query, Predicate<HouseholdRow> filter) {
        String q = normalise(query);
        QueryKind kind = kindOf(q);
        Entry[] entries = snapshot;
        List<HouseholdRow> out = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e, q, kind) && filter.test(e.row())) {
                out.add(e.row());
            }
        }
        return out;
    }

    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(query.length());
        for (char ch : query.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0); // full-width digits and letters typed with a Chinese IME
            }
            if (!Character.isWhitespace(ch) && ch != '-' && ch != '\u3000') {
                sb.append(Character.toLowerCase(ch));
            }
        }
        return sb.toString();
    }

    static QueryKind kindOf(String q) {
        if (q.isEmpty()) {
            return QueryKind.EMPTY;
        }
        boolean letters = true;
        boolean digits = true;
        for (char ch : q.toCharArray()) {
            letters &= ch >= 'a' && ch <= 'z';
            digits &= (ch >= '0' && ch <= '9') || ch == 'x' || ch == '*';
        }
        if (letters) {
            return QueryKind.INITIALS;
        }
        return digits ? QueryKind.NUMBER : QueryKind.TEXT;
    }

    private static boolean matches(Entry e, String q, QueryKind kind) {
        return switch (kind) {
            case EMPTY -> true;
            case INITIALS -> startsAKey(e.initials(), q) || e.names().contains(q);
            case NUMBER -> e.numbers().contains(q);
            case TEXT -> e.names().contains(q) || e.numbers().contains(q);
        };
    }

    /** True when some key starts with {@code q} (typing zs finds 张三明, not 李张松). */
    private static boolean startsAKey(String haystack, String q) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(q, from);
            if (at < 0) {
                return false;
            }
            if (at > 0 && haystack.charAt(at - 1) == SEP) {
                return true;
            }
            from = at + 1;
        }
    }
}
