package cn.gridledger.model.code;

/**
 * The status events of 分户, 合户 and 迁往其他网格 (issue #15). A member who moves between two households on
 * the ledger leaves one membership and starts another, each with its own event, so the 人口变动 list shows
 * both sides; the household itself gets one event (member_id null) saying what became of it.
 */
public final class HouseholdChange {

    /** A member's old membership ends because they left to form a new household. */
    public static final String SPLIT_LEAVE = DepartureReason.分户.eventType();
    /** A member's membership in the household formed by a 分户 begins. */
    public static final String SPLIT_JOIN = "分户入户";
    /** A member's membership ends because their household merged into another. */
    public static final String MERGE_LEAVE = "合户迁出";
    /** A member's membership in the household they merged into begins. */
    public static final String MERGE_JOIN = ArrivalReason.合户.eventType();

    /** On the household formed by a 分户 (details: which household it came from). */
    public static final String HOUSEHOLD_SPLIT_FROM = "分户立户";
    /** On the household a 分户 left (details: the new household). */
    public static final String HOUSEHOLD_SPLIT = "分户";
    /** On the household that ended by merging into another (details: which). */
    public static final String HOUSEHOLD_MERGED = "合户";
    /** On the household that took another in. */
    public static final String HOUSEHOLD_MERGED_IN = "合户并入";
    /** On a household that moved to another grid (details: from and to). */
    public static final String HOUSEHOLD_GRID_MOVE = "迁往其他网格";

    /** A re-imported ledger lists a person in another household on the ledger: they leave the old one … */
    public static final String IMPORT_MOVE_LEAVE = DepartureReason.其他.eventType();
    /** … and join the one the file puts them in. */
    public static final String IMPORT_MOVE_JOIN = ArrivalReason.其他.eventType();
    public static final String IMPORT_MOVE_NOTE = "导入时转入其他户";
    public static final String IMPORT_MOVE_IN_NOTE = "导入时由其他户转入";

    private HouseholdChange() {
    }
}
