package cn.gridledger.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gridledger.logic.search.PinyinInitials;

/**
 * The choice a typed text means in a drop-down: the item itself, else the first item that starts with
 * it (配 → 配偶), else the first whose pinyin initials start with it (zz → 之子, hz → 汉族), else the
 * first that contains it. Search uses the same initials table.
 */
public final class ChoiceMatch {

    private ChoiceMatch() {
    }

    public static Optional<String> firstMatch(List<String> items, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = typed.strip();
        if (items.contains(t)) {
            return Optional.of(t);
        }
        Optional<String> prefix = items.stream().filter(i -> i.startsWith(t)).findFirst();
        if (prefix.isPresent()) {
            return prefix;
        }
        String letters = t.toLowerCase(Locale.ROOT);
        if (letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            Optional<String> initials = items.stream()
                    .filter(i -> PinyinInitials.of(i).stream().anyMatch(v -> v.startsWith(letters)))
                    .findFirst();
            if (initials.isPresent()) {
                return initials;
            }
        }
        return items.stream().filter(i -> i.contains(t)).findFirst();
    }
}
