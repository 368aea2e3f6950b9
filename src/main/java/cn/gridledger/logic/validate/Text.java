package cn.gridledger.logic.validate;

import cn.gridledger.model.code.CodeText;
import java.util.Set;

/** Normalisation every parser applies first. */
public final class Text {

    /** Cell contents that mean "not applicable" in county workbooks; read as null, never as an error. */
    private static final Set<String> NOT_APPLICABLE = Set.of(
            "", "-", "--", "---", "—", "——", "–", "/", "\\", "无", "空", "暂无", "null", "NULL");

    private Text() {
    }

    /** NFKC, invisible characters removed, trimmed (U+3000 included). Null → "". */
    public static String normalise(String raw) {
        return CodeText.normalise(raw);
    }

    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

    /**
     * Free text as written (address, 备注, a responsible person's name): invisible characters removed and
     * trimmed, but not NFKC, so that full-width （） and ， stay as typed and a ledger rebuilt from its own
     * export keeps them. Null → "".
     */
    public static String freeText(String raw) {
        if (raw == null) {
            return "";
        }
        return CodeText.isPlain(raw) ? raw : INVISIBLE.matcher(raw).replaceAll("").strip();
    }

    /** Normalised with all inner whitespace removed ({@code 姓  名} → {@code 姓名}). */
    public static String compact(String raw) {
        return CodeText.compact(raw);
    }

    /** True for empty cells and the placeholders {@code -- — － / 无 空}. NFKC turns {@code －} into {@code -}. */
    public static boolean isNotApplicable(String raw) {
        return NOT_APPLICABLE.contains(compact(raw));
    }
}
