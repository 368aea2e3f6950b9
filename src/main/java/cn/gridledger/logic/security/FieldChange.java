package cn.gridledger.logic.security;

/** One field of an audited change: its name (as the user knows it, e.g. 电话) and old → new value. */
public record FieldChange(String field, String oldValue, String newValue) {

    /** "电话：139… → 138…" */
    public String describe() {
        return field + "：" + show(oldValue) + " → " + show(newValue);
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "（空）" : v;
    }
}
