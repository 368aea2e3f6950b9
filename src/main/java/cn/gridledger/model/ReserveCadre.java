package cn.gridledger.model;

/** A person in a village's 后备力量台账 since {@code entryDate}. */
public record ReserveCadre(long id, long personId, long villageId, FuzzyDate entryDate, String direction,
        String training, FuzzyDate exitDate) {
}
