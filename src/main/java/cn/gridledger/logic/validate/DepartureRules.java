package cn.gridledger.logic.validate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;

/**
 * A member leaving a household (迁出, 死亡, 分户, 其他) on a day: the form's dialog and the household
 * service check the same rules. The day may not lie in the future nor before the person joined the
 * household or was born.
 */
public final class DepartureRules {

    public static final String REASON = "离开原因";
    public static final String DATE = "离开日期";
    public static final String NOTE = "说明";
    private static final int MAX_NOTE = 200;

    private DepartureRules() {
    }

    /** Errors by field, empty when the departure is fine. {@code since}/{@code birth}: null when unknown. */
    public static Map<String, String> check(String reason, String date, FuzzyDate since, FuzzyDate birth, String note,
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

    /** The departure; call only when {@link #check} found nothing. */
    public static MemberDeparture checked(long memberId, String reason, String date, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        return new MemberDeparture(memberId, DepartureReason.match(reason).orElseThrow(),
                VisitRules.day(date, DATE, true, new LinkedHashMap<>()), n);
    }
}
