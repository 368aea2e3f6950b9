package cn.gridledger.logic.validate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.MemberArrival;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.ArrivalReason;
import cn.gridledger.model.code.DepartureReason;

/**
 * A member leaving a household (迁出, 死亡, 分户, 其他) or joining one already on the ledger (出生, 迁入,
 * 合户, 其他) on a day: the form's dialogs and the household service check the same rules. The day may
 * not lie in the future nor before the person was born (nor, for leaving, before they joined).
 */
public final class MemberChangeRules {

    public static final String REASON = "原因";
    public static final String DATE = "日期";
    public static final String NOTE = "说明";
    private static final int MAX_NOTE = 200;

    private MemberChangeRules() {
    }

    /** Errors by field, empty when the departure is fine. {@code since}/{@code birth}: null when unknown. */
    public static Map<String, String> checkDeparture(String reason, String date, FuzzyDate since, FuzzyDate birth, String note,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (DepartureReason.match(reason).isEmpty()) {
            errors.put(REASON, "请选择离开原因：" + String.join("、", DepartureReason.all().stream()
                    .map(DepartureReason::label).toList()) + "。");
        }
        checkDayAndNote("离开日期", date, since, birth, note, today, errors);
        return errors;
    }

    /** Errors of joining on {@code date}, empty when fine. {@code birth}: null when unknown. */
    public static Map<String, String> checkArrival(String reason, String date, FuzzyDate birth, String note,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ArrivalReason.match(reason).isEmpty()) {
            errors.put(REASON, "请选择入户原因：" + String.join("、", ArrivalReason.all().stream()
                    .map(ArrivalReason::label).toList()) + "。");
        }
        checkDayAndNote("入户日期", date, null, birth, note, today, errors);
        return errors;
    }

    /**
     * The day (any written form, to the day, as the visit log reads it): not after today, not before
     * {@code since} (the person joined) nor {@code birth}; and the note's length. {@code word} names the day.
     */
    private static void checkDayAndNote(String word, String date, FuzzyDate since, FuzzyDate birth, String note,
            LocalDate today, Map<String, String> errors) {
        LocalDate day = VisitRules.day(date, DATE, true, errors);
        if (day != null && day.isAfter(today)) {
            errors.put(DATE, word + "不能晚于今天（" + today + "）。");
        } else if (day != null && since != null && day.isBefore(since.firstDay())) {
            errors.put(DATE, word + " " + day + " 早于入户日期 " + since.toDisplay() + "。");
        } else if (day != null && birth != null && day.isBefore(birth.firstDay())) {
            errors.put(DATE, word + " " + day + " 早于出生日期 " + birth.toDisplay() + "。");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.put(NOTE, "说明太长（" + note.strip().length() + " 字），最多 " + MAX_NOTE + " 字。");
        }
    }

    /** The arrival of the member at {@code index}; call only when {@link #checkArrival} found nothing. */
    public static MemberArrival arrival(int index, String reason, String date, String note) {
        return new MemberArrival(index, ArrivalReason.match(reason).orElseThrow(), day(date), VisitRules.trimmed(note));
    }

    /** The departure; call only when {@link #checkDeparture} found nothing. */
    public static MemberDeparture departure(long memberId, String reason, String date, String note) {
        return new MemberDeparture(memberId, DepartureReason.match(reason).orElseThrow(), day(date), VisitRules.trimmed(note));
    }

    private static LocalDate day(String date) {
        return VisitRules.day(date, DATE, true, new LinkedHashMap<>());
    }
}
