package cn.gridledger.model;

import java.time.LocalDate;

/** Who answers for whom in 防返贫动态监测 (issue #17): per grid and per monitored household. */
public final class VisitResponsibility {

    private VisitResponsibility() {
    }

    /** A grid and its 防止返贫监测员 (null when none is named yet). */
    public record GridMonitor(long gridId, String gridCode, String grid, String village, Long cadreId,
            String cadreName) {
    }

    /**
     * A household whose risk is not eliminated, its responsible cadre (null: none yet), and its latest
     * visit on or before the day asked about ({@code lastVisit} null: never visited).
     */
    public record MonitoredHousehold(long monitoringId, String householdId, String hhNumber, String headName,
            Long gridId, String grid, String category, Long cadreId, String cadreName, LocalDate lastVisit) {

        public boolean visitedSince(LocalDate day) {
            return lastVisit != null && !lastVisit.isBefore(day);
        }
    }

    /** A cadre to pick as visitor or responsible person: a person with a current post. */
    public record CadreChoice(long personId, String name, String posts, String village) {
    }
}
