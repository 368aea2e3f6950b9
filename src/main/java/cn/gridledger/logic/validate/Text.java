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

    /** Normalised with all inner whitespace removed ({@code 姓  名} → {@code 姓名}). */
    public static String compact(String raw) {
        return CodeText.compact(raw);
    }

    /** True for empty cells and the placeholders {@code -- — － / 无 空}. NFKC turns {@code －} into {@code -}. */
    public static boolean isNotApplicable(String raw) {
        return NOT_APPLICABLE.contains(compact(raw));
    }
}
