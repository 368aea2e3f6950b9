package cn.gridledger.model;

import java.time.LocalDate;

import cn.gridledger.model.code.VisitType;

/**
 * The visit list's filters; null (or false) = any. {@code openOnly}: follow-ups not yet closed;
 * {@code overdueOnly}: open and due before today; {@code from}/{@code to}: visit date, both inclusive;
 * {@code text}: found in the finding, follow-up, result, a visitor's name, a 户主's name or a 户编号.
 */
public record VisitFilter(Long gridId, Long villageId, VisitType type, boolean openOnly, boolean overdueOnly,
        LocalDate from, LocalDate to, String text, String householdId) {

    public static final VisitFilter ALL = new VisitFilter(null, null, null, false, false, null, null, null, null);

    public VisitFilter withText(String t) {
        return new VisitFilter(gridId, villageId, type, openOnly, overdueOnly, from, to, t, householdId);
    }
}
