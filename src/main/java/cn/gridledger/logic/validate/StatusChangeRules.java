package cn.gridledger.logic.validate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.StatusChange;

/**
 * The day a change of 户类型, 低保 or 特困供养 takes effect: not after today, not before the household began;
 * the form's dialog and the household service check the same rules.
 */
public final class StatusChangeRules {

    public static final String DATE = "日期";
    public static final String NOTE = "说明";
    private static final int MAX_NOTE = 200;

    private StatusChangeRules() {
    }

    /** Errors by field, empty when fine. {@code since}: when the household began, null when unknown. */
    public static Map<String, String> check(String date, FuzzyDate since, String note, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = VisitRules.day(date, DATE, true, errors);
        if (day != null && day.isAfter(today)) {
            errors.put(DATE, "生效日期不能晚于今天（" + today + "）。");
        } else if (day != null && since != null && day.isBefore(since.firstDay())) {
            errors.put(DATE, "生效日期 " + day + " 早于本户的建户日期 " + since.toDisplay() + "。");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.put(NOTE, "说明太长（" + note.strip().length() + " 字），最多 " + MAX_NOTE + " 字。");
        }
        return errors;
    }

    /** The change; call only when {@link #check} found nothing. */
    public static StatusChange change(String date, String note) {
        return new StatusChange(VisitRules.day(date, DATE, true, new LinkedHashMap<>()), VisitRules.trimmed(note));
    }
}
