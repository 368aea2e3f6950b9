package cn.gridledger.logic.security;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the "which fields old → new" list of an audit record. */
public final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * The fields whose values differ, in the order of {@code after} (then fields only in {@code before}).
     * Keys are the names the user knows (e.g. 电话); values are shown with {@code String.valueOf}.
     */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> out = new ArrayList<>();
        Map<String, ?> old = before == null ? Map.of() : before;
        Map<String, ?> now = after == null ? Map.of() : after;
        for (Map.Entry<String, ?> e : now.entrySet()) {
            String was = text(old.get(e.getKey()));
            String is = text(e.getValue());
            if (!Objects.equals(was, is)) {
                out.add(new FieldChange(e.getKey(), was, is));
            }
        }
        for (Map.Entry<String, ?> e : old.entrySet()) {
            if (!now.containsKey(e.getKey()) && e.getValue() != null) {
                out.add(new FieldChange(e.getKey(), text(e.getValue()), null));
            }
        }
        return out;
    }

    /**
     * The differing components of two records of the same type (either may be null for a create or a
     * delete), named by {@code labels} (component name → 中文名; unlabelled components keep their name).
     */
    public static List<FieldChange> between(Record before, Record after, Map<String, String> labels) {
        return between(asMap(before, labels), asMap(after, labels));
    }

    /** A record's components as label → value, for {@link #between(Map, Map)}. */
    public static Map<String, Object> asMap(Record r, Map<String, String> labels) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (r == null) {
            return out;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(r);
                out.put(labels.getOrDefault(c.getName(), c.getName()), value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read record component " + c.getName(), e);
            }
        }
        return out;
    }

    private static String text(Object v) {
        return v == null ? null : String.valueOf(v);
    }
}
