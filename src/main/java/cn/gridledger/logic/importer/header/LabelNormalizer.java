package cn.gridledger.logic.importer.header;

import java.text.Normalizer;

/**
 * Makes header labels comparable: `姓  名`, `项\u3000目`, `专业技术\n职务`, `身份证号*`, `姓名（必填）`,
 * `联系电话：` all reduce to the bare words. NFKC turns full-width letters, digits and brackets into ASCII.
 */
public final class LabelNormalizer {

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"'“”‘’「」『』《》]");
    private static final java.util.regex.Pattern TRAILING_NOTE = java.util.regex.Pattern.compile("\\([^()]*\\)$");

    private LabelNormalizer() {
    }

    /** A normalised label without its trailing bracketed note: {@code 身份证号码(18位)} → {@code 身份证号码}. */
    public static String withoutNote(String normalized) {
        return TRAILING_NOTE.matcher(normalized).replaceAll("");
    }

    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u3000\\u00A0\\u200B\\uFEFF]+", "");
        s = s.replace("*", "").replace("※", "");
        s = QUOTES.matcher(s).replaceAll(""); // 是否“一肩挑”
        s = s.replaceAll("^\\d{1,2}[.、]", ""); // 1.姓名, 2、性别
        s = s.replaceAll("\\((必填|选填|必填项|可选)\\)", "");
        s = s.replaceAll("[:：]+$", "");
        return s;
    }
}
