package cn.gridledger.logic.importer.header;

import java.text.Normalizer;

/**
 * Makes header labels comparable: `姓  名`, `项\u3000目`, `专业技术\n职务`, `身份证号*`, `姓名（必填）`,
 * `联系电话：` all reduce to the bare words. NFKC turns full-width letters, digits and brackets into ASCII.
 */
public final class LabelNormalizer {

    private LabelNormalizer() {
    }

    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u3000\\u00A0\\u200B\\uFEFF]+", "");
        s = s.replace("*", "").replace("※", "");
        s = s.replaceAll("\\((必填|选填|必填项|可选)\\)", "");
        s = s.replaceAll("[:：]+$", "");
        return s;
    }
}
