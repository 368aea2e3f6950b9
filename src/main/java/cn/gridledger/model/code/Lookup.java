package cn.gridledger.model.code;

import java.util.Map;
import java.util.Optional;

/** The matching most code lists need: the label itself or a known variant, after normalisation. */
final class Lookup {

    private Lookup() {
    }

    /** Matches {@code raw} (normalised, inner spaces removed) against constant names, then aliases. */
    static <E extends Enum<E>> Optional<E> nameOrAlias(E[] values, String raw, Map<String, E> aliases) {
        String key = CodeText.compact(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (E e : values) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.ofNullable(aliases.get(key));
    }
}
