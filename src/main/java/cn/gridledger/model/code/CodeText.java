package cn.gridledger.model.code;

import java.text.Normalizer;

/**
 * Text normalisation shared by every code-list matcher. Lives in the model so that code lists stay
 * free of any dependency on the logic layer; {@code logic.validate.Text} builds on it.
 */
public final class CodeText {

    private CodeText() {
    }

    /** NFKC (full-width → half-width, U+3000 → space), invisible characters removed, trimmed. Null → "". */
    // compiled once: every imported cell goes through these
    private static final java.util.regex.Pattern ZERO_WIDTH = java.util.regex.Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        // Zero-width characters and BOMs survive NFKC and trip exact matches.
        s = ZERO_WIDTH.matcher(s).replaceAll("");
        return s.strip();
    }

    /** {@link #normalise} with all inner whitespace removed too: the key code lists match on. */
    public static String compact(String raw) {
        return SPACES.matcher(normalise(raw)).replaceAll("");
    }

    /** Removes a bracketed remark such as {@code 研究生(硕士)} → {@code 研究生}; NFKC has already made brackets ASCII. */
    static String withoutRemarks(String key) {
        return key.replaceAll("[(\\[【〔][^)\\]】〕]*[)\\]】〕]", "");
    }
}
