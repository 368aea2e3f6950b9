package cn.gridledger.logic.importer;

import cn.gridledger.logic.store.ImportWriter.VillageRef;
import cn.gridledger.logic.validate.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the village a row belongs to, as a person reading the sheet would: by the name in its 村 column
 * (with or without 村/社区, full-width or not), by a 12-digit code there, by the first 12 digits of its
 * 户编号, or by the village the whole sheet names. Names that are not villages of the township are
 * remembered, so the user can add them in one step.
 */
public final class VillageResolver {

    /** A region code: 12 or more digits (checked by a loop: this runs once per row). */
    private static final int CODE_DIGITS = 12;

    /** What a row's village text resolved to; {@code unknown} is the name that matched no village. */
    public record Found(VillageRef village, String unknown) {
    }

    private final KnownRecords known;
    /** Unknown village name → a 12-digit code the file suggests for it (from 户编号), or null. */
    private final Map<String, String> unknown = new LinkedHashMap<>();

    public VillageResolver(KnownRecords known) {
        this.known = known;
    }

    /**
     * @param text        the row's 村 (or 工作单位) text, null when blank or absent
     * @param codeCarrier a 户编号 or 网格编号 whose first 12 digits may be the village code, or null
     * @param sheet       the sheet's context (its village, if it names one)
     */
    public Found resolve(String text, String codeCarrier, SheetContext sheet) {
        if (text != null) {
            String compact = Text.compact(text);
            boolean code = isCode(compact);
            Optional<VillageRef> v = code ? known.villageByCodePrefix(compact)
                    : known.villageByName(compact);
            if (v.isPresent()) {
                return new Found(v.get(), null);
            }
            if (!code && isVillageName(compact)) {
                String carried = codeCarrier != null && startsWithCode(codeCarrier) ? codeCarrier.substring(0, 12) : null;
                unknown.merge(compact, carried == null ? "" : carried, (a, b) -> a.isEmpty() ? b : a);
            }
            return new Found(null, compact);
        }
        Optional<VillageRef> byCode = codeCarrier == null ? Optional.empty() : known.villageByCodePrefix(Text.compact(codeCarrier));
        if (byCode.isPresent()) {
            return new Found(byCode.get(), null);
        }
        return new Found(sheet == null ? null : sheet.village(), null);
    }

    /** A short name that reads like a place (not a department such as 县农业农村局). */
    private static boolean isVillageName(String t) {
        return t.length() <= 12 && !t.endsWith("局") && !t.endsWith("委") && !t.endsWith("部") && !t.endsWith("院")
                && !t.endsWith("公司") && !t.endsWith("政府") && !t.endsWith("中心") && !t.endsWith("站") && !t.endsWith("所");
    }

    /** The standard message for a village that the township does not have. */
    public static String notInTownship(String name) {
        return "村「" + name + "」不在本乡镇的村列表中";
    }

    /** Unknown names seen so far, each with the code the file suggests ("" when it suggests none). */
    public Map<String, String> unknownVillages() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
    }

    private static boolean isCode(String s) {
        return s.length() >= CODE_DIGITS && digits(s, s.length());
    }

    private static boolean startsWithCode(String s) {
        return s.length() >= CODE_DIGITS && digits(s, CODE_DIGITS);
    }

    /** Whether the first {@code n} characters are ASCII digits ({@code \\d} without UNICODE_CHARACTER_CLASS). */
    private static boolean digits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
