package cn.gridledger.logic.importer;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import cn.gridledger.logic.validate.CodeLists;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Text;
import cn.gridledger.model.code.DispatchLevel;
import cn.gridledger.model.code.Education;

/**
 * Whether a stored value and a roster's value say the same thing. Stored data may be in an older or
 * hand-typed wording (大专 for 大学专科, full-width brackets, health values in another order), so both
 * sides are compared in canonical form; otherwise a re-import would report changes that are not changes.
 */
public final class SameValue {

    private SameValue() {
    }

    /** Plain text: equal after NFKC and trimming (full-width and half-width brackets are the same). */
    public static boolean text(String stored, String given) {
        if (Objects.equals(stored, given)) {
            return true;
        }
        return stored != null && given != null && Text.normalise(stored).equals(Text.normalise(given));
    }

    /** A code-list value: equal when both map to the same entry of the list. */
    public static boolean code(String stored, String given, Function<String, Optional<String>> canonical) {
        if (text(stored, given)) {
            return true;
        }
        if (stored == null || given == null) {
            return false;
        }
        Optional<String> a = canonical.apply(stored);
        return a.isPresent() && a.equals(canonical.apply(given));
    }

    public static boolean education(String stored, String given) {
        return code(stored, given, v -> Education.match(v).map(Education::label));
    }

    public static boolean dispatchLevel(String stored, String given) {
        return code(stored, given, v -> DispatchLevel.match(v).map(DispatchLevel::label));
    }

    /** 健康状况 is a set: 患有大病,长期慢性病 is the same as 长期慢性病,患有大病. */
    public static boolean health(String stored, String given) {
        return code(stored, given, v -> {
            Parsed<?> parsed = CodeLists.parseHealth(v);
            return parsed.hasError() || parsed.value() == null ? Optional.empty()
                    : Optional.of(CodeLists.formatHealth(CodeLists.parseHealth(v).value()));
        });
    }
}
