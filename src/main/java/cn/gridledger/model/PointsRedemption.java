package cn.gridledger.model;

import java.time.LocalDate;

/** Points a household exchanged for goods (兑换). */
public record PointsRedemption(long id, String householdId, LocalDate date, int points, String goods,
        String recorder) {
}
