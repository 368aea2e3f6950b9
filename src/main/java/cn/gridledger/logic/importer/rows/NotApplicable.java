package cn.gridledger.logic.importer.rows;

import java.text.Normalizer;
import java.util.Set;

/**
 * Values that mean "not applicable" (`--`, `—`, `/`, `无`) and are read as empty.
 * Private to the importer for now; to be unified with cn.gridledger.logic.validate.Text.
 */
final class NotApplicable {

    private static final Set<String> MARKERS = Set.of("-", "--", "---", "—", "——", "/", "//", "\\", "无", "空");

    private NotApplicable() {
    }

    static boolean is(String text) {
        if (text == null) {
            return false;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
        return MARKERS.contains(s);
    }
}
