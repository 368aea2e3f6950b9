package cn.gridledger.model;

/** One 防返贫监测 episode of a household, from identification to (possibly) elimination of the risk. */
public record Monitoring(
        long id,
        String householdId,
        String category,
        String risk1,
        String risk2,
        String risk3,
        FuzzyDate identifiedMonth,
        String measures,
        String contactName,
        String contactPhone,
        boolean riskEliminated,
        String eliminationMethod,
        FuzzyDate eliminatedMonth) {
}
