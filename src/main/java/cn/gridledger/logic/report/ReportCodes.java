package cn.gridledger.logic.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.PoliticalStatus;
import cn.gridledger.model.code.PostType;

/** The shared code lists as the reports need them; unknown wording is printed as entered. */
final class ReportCodes {

    /** Names by stored code: the ledger asks 180,000 times for a few dozen distinct codes. */
    private static final Map<String, String> ETHNICITY_NAMES = new ConcurrentHashMap<>();

    private ReportCodes() {
    }

    /** The printed name of an ethnicity code or wording ({@code 01} → 汉族). */
    static String ethnicityName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = ETHNICITY_NAMES.get(code);
        if (name == null) {
            name = Ethnicity.match(code).map(Ethnicity::label).orElse(code.trim());
            if (ETHNICITY_NAMES.size() < 1000) {
                ETHNICITY_NAMES.put(code, name);
            }
        }
        return name;
    }

    static boolean isMinority(String code) {
        return Ethnicity.match(code).map(Ethnicity::isMinority).orElse(false);
    }

    /** 中共党员 and 中共预备党员. */
    static boolean isPartyMember(String politicalStatus) {
        return PoliticalStatus.match(politicalStatus).map(PoliticalStatus::isPartyMember).orElse(false);
    }

    /**
     * Whether a post filed under 村两委 is one of the two committees' posts (the 村务监督委员会 is not);
     * wording the code list does not know is given the benefit of its category.
     */
    static boolean isTwoCommittees(String postType) {
        return PostType.match(postType).map(PostType::isTwoCommittees).orElse(true);
    }

    static boolean isOneShoulderPost(String postType) {
        return PostType.match(postType).map(t -> t == PostType.一肩挑).orElse(false);
    }
}
