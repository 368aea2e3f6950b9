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
        // the same day parsing as the visit log: any written form, to the day
        LocalDate day = VisitRules.day(date, DATE, true, errors);
        if (day != null && day.isAfter(today)) {
            errors.put(DATE, "离开日期不能晚于今天（" + today + "）。");
        } else if (day != null && since != null && day.isBefore(since.firstDay())) {
            errors.put(DATE, "离开日期 " + day + " 早于入户日期 " + since.toDisplay() + "。");
        } else if (day != null && birth != null && day.isBefore(birth.firstDay())) {
            errors.put(DATE, "离开日期 " + day + " 早于出生日期 " + birth.toDisplay() + "。");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.put(NOTE, "说明太长（" + note.strip().length() + " 字），最多 " + MAX_NOTE + " 字。");
        }
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
        LocalDate day = VisitRules.day(date, DATE, true, errors);
        if (day != null && day.isAfter(today)) {
            errors.put(DATE, "入户日期不能晚于今天（" + today + "）。");
        } else if (day != null && birth != null && day.isBefore(birth.firstDay())) {
            errors.put(DATE, "入户日期 " + day + " 早于出生日期 " + birth.toDisplay() + "。");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.put(NOTE, "说明太长（" + note.strip().length() + " 字），最多 " + MAX_NOTE + " 字。");
        }
        return errors;
    }

    /** The arrival of the member at {@code index}; call only when {@link #checkArrival} found nothing. */
    public static MemberArrival arrival(int index, String reason, String date, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        return new MemberArrival(index, ArrivalReason.match(reason).orElseThrow(),
                VisitRules.day(date, DATE, true, new LinkedHashMap<>()), n);
    }

    /** The departure; call only when {@link #checkDeparture} found nothing. */
    public static MemberDeparture departure(long memberId, String reason, String date, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        return new MemberDeparture(memberId, DepartureReason.match(reason).orElseThrow(),
                VisitRules.day(date, DATE, true, new LinkedHashMap<>()), n);
    }
}
