package cn.gridledger.model;

import java.time.LocalDate;

/** Points given to (or taken from, when negative) a household on a date. */
public record PointsEntry(long id, String householdId, Long itemId, LocalDate date, int points, String reason,
        String recorder, String approver) {
}
