package cn.gridledger.model;

/** An item of a village's points catalogue: 加分 or 减分 with a default (non-negative) value. */
public record PointsItem(long id, long villageId, String name, String direction, int defaultPoints, boolean active) {

    /** The two values of {@code direction}, stored as these words. */
    public static final String PLUS = "加分";
    public static final String MINUS = "减分";

    /** The signed value an entry of this item gets by default (减分 is negative). */
    public int signedDefault() {
        return MINUS.equals(direction) ? -defaultPoints : defaultPoints;
    }
}
