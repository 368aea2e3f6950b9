package cn.gridledger.logic.report;

import java.util.Map;

/**
 * One grid's figures of R7 for a quarter. Households (and monitored households, risk not eliminated) as
 * at the quarter's end in the grid they then belonged to; a household counts as visited when any visit
 * of the quarter names it. Visits by type and follow-ups count in the grid the visit was recorded for;
 * {@code open} are follow-ups not closed by the quarter's end, {@code overdue} those of them due before it.
 */
public record VisitCoverage(long villageId, String village, long gridId, String gridCode, String grid,
        long households, long visited, long monitored, long monitoredVisited, Map<String, Long> visitsByType,
        long open, long overdue) {

    public VisitCoverage {
        visitsByType = Map.copyOf(visitsByType);
    }

    public long visits(String type) {
        return visitsByType.getOrDefault(type, 0L);
    }
}
