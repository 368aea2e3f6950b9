package cn.gridledger.ui.household;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The editable state of one record of the form (the household, a member, a monitoring episode …): text
 * values by field key, yes/no flags, and the rules that check them. Errors are shown for a field once it
 * was left (touched) or a save was tried, so an empty new row is not covered in red. Warnings (the
 * validators' 警告, e.g. a gender that disagrees with the ID number) are shown the same way but never
 * block saving: the ID may be the wrong one, and the worker knows the family.
 */
class Draft {

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> flags = new LinkedHashMap<>();
    private final Map<String, Function<Draft, String>> rules = new LinkedHashMap<>();
    private final Map<String, Function<Draft, String>> warnings = new LinkedHashMap<>();
    private final ObservableMap<String, String> shownErrors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> shownWarnings = FXCollections.observableHashMap();
    private final IntegerProperty errorCount = new SimpleIntegerProperty();
    private final Set<String> touched = new HashSet<>();
    private boolean allTouched;
    private final Runnable onChange;
    /** Database id of the record (0 when new) and any id it carries along unchanged. */
    long id;
    long personId;

    Draft(Runnable onChange) {
        this.onChange = onChange;
    }

    StringProperty p(String key) {
        return values.computeIfAbsent(key, k -> {
            StringProperty sp = new SimpleStringProperty(this, k, "");
            sp.addListener((obs, old, now) -> changed());
            return sp;
        });
    }

    BooleanProperty flag(String key) {
        return flags.computeIfAbsent(key, k -> {
            BooleanProperty bp = new SimpleBooleanProperty(this, k, false);
            bp.addListener((obs, old, now) -> changed());
            return bp;
        });
    }

    /** The trimmed value, or null when empty. */
    String v(String key) {
        String s = p(key).get();
        return s == null || s.isBlank() ? null : s.strip();
    }

    void set(String key, String value) {
        p(key).set(value == null ? "" : value);
    }

    void rule(String key, Function<Draft, String> rule) {
        rules.put(key, rule);
    }

    /** A check whose message is shown as a warning (amber) and does not stop saving. */
    void warning(String key, Function<Draft, String> rule) {
        warnings.put(key, rule);
    }

    void touch(String key) {
        touched.add(key);
        revalidate();
    }

    void touchAll() {
        allTouched = true;
        revalidate();
    }

    /** True until the user types anything in a draft the form just added. */
    boolean pristine;

    private void changed() {
        pristine = false;
        revalidate();
        onChange.run();
    }

    /** Runs every rule; remembers the count and shows the messages of touched fields. */
    void revalidate() {
        int count = 0;
        for (var e : rules.entrySet()) {
            String message = e.getValue().apply(this);
            if (message != null) {
                count++;
            }
            if (message != null && (allTouched || touched.contains(e.getKey()))) {
                shownErrors.put(e.getKey(), message);
            } else {
                shownErrors.remove(e.getKey());
            }
        }
        errorCount.set(count);
        for (var e : warnings.entrySet()) {
            String message = e.getValue().apply(this);
            if (message != null && (allTouched || touched.contains(e.getKey()))) {
                shownWarnings.put(e.getKey(), message);
            } else {
                shownWarnings.remove(e.getKey());
            }
        }
    }

    /** Shows a message from a rule the draft cannot check alone (a household rule). */
    void showError(String key, String message) {
        shownErrors.put(key, message);
    }

    ObservableMap<String, String> shownErrors() {
        return shownErrors;
    }

    ObservableMap<String, String> shownWarnings() {
        return shownWarnings;
    }

    IntegerProperty errorCountProperty() {
        return errorCount;
    }

    /** The first field key whose rule fails, or null. */
    String firstInvalid() {
        for (var e : rules.entrySet()) {
            if (e.getValue().apply(this) != null) {
                return e.getKey();
            }
        }
        return shownErrors.isEmpty() ? null : shownErrors.keySet().iterator().next();
    }
}
