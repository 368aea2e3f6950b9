package cn.gridledger.model;

/** An item of a village's points catalogue: 加分 or 减分 with a default (non-negative) value. */
public record PointsItem(long id, long villageId, String name, String direction, int defaultPoints, boolean active) {

    /** The signed value an entry of this item gets by default (减分 is negative). */
    public int signedDefault() {
        return "减分".equals(direction) ? -defaultPoints : defaultPoints;
    }
}
