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
        if (isPlain(raw)) {
            return raw; // NFKC, zero-width removal and strip would all leave it as it is
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        // Zero-width characters and BOMs survive NFKC and trip exact matches.
        s = ZERO_WIDTH.matcher(s).replaceAll("");
        return s.strip();
    }

    /** {@link #normalise} with all inner whitespace removed too: the key code lists match on. */
    public static String compact(String raw) {
        if (raw != null && isPlain(raw)) {
            return raw;
        }
        return SPACES.matcher(normalise(raw)).replaceAll("");
    }

    /**
     * True when every character is printable non-space ASCII or a CJK unified ideograph (U+4E00–U+9FFF):
     * all are NFKC-stable, none is whitespace or invisible. Nearly every cell an import reads is like
     * this, and skipping the normaliser and regexes for them is most of the import's text cost.
     */
    public static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch > ' ' && ch < 0x7F || ch >= '\u4E00' && ch <= '\u9FFF')) {
                return false;
            }
        }
        return true;
    }

    /** Removes a bracketed remark such as {@code 研究生(硕士)} → {@code 研究生}; NFKC has already made brackets ASCII. */
    static String withoutRemarks(String key) {
        return key.replaceAll("[(\\[【〔][^)\\]】〕]*[)\\]】〕]", "");
    }
}
