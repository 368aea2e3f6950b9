package cn.gridledger.model;

/** A demonstration-household title (美丽庭院, 干净人家, 文明示范户, 好家风家庭) of a year and level. */
public record Award(long id, String householdId, String awardType, int year, String level) {
}
