package cn.gridledger.model;

/** A 行政村 or 社区 with its 12-digit 统计用区划代码. {@code id} is 0 before it is saved. */
public record Village(long id, String code, String name, String kind) {

    /** The two values of {@code kind}, stored as these words. */
    public static final String VILLAGE = "村";
    public static final String COMMUNITY = "社区";

    public Village withId(long newId) {
        return new Village(newId, code, name, kind);
    }
}
