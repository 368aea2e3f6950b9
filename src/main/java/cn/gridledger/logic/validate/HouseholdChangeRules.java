package cn.gridledger.logic.validate;

import java.time.LocalDate;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Member;

/**
 * The day of a 分户, 合户 or 迁往其他网格: given, not after today, not before the household began, and not
 * before any member who moves joined or was born (the same rule as a member's 移出 in the editor).
 */
public final class HouseholdChangeRules {

    private HouseholdChangeRules() {
    }

    /** @param householdSince the household's since as stored (YYYY-MM or YYYY-MM-DD), null when unknown */
    public static void checkDay(String word, LocalDate day, String householdSince, LocalDate today) {
        if (day == null) {
            throw new UserFacingException("请填写" + word + "（年-月-日）。");
        }
        if (day.isAfter(today)) {
            throw new UserFacingException(word + "不能晚于今天（" + today + "）。");
        }
        if (householdSince != null && !householdSince.isBlank()) {
            FuzzyDate since = FuzzyDate.parseIso(householdSince);
            if (day.isBefore(since.firstDay())) {
                throw new UserFacingException(word + " " + day + " 早于该户的立户日期 " + since.toDisplay() + "。");
            }
        }
    }

    /**
     * A member who changes household on {@code day}: not before they joined this one or were born.
     *
     * @param birth as recorded or as the ID number says it, null when unknown
     */
    public static void checkMember(Member m, FuzzyDate birth, String word, LocalDate day, LocalDate today) {
        Map<String, String> errors = MemberChangeRules.checkDeparture("其他", day.toString(), m.since(), birth, null,
                today);
        if (!errors.isEmpty()) {
            throw new UserFacingException(m.person().name() + "：" + String.join("", errors.values())
                    .replace("离开日期", word));
        }
    }
}
