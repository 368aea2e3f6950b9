package cn.gridledger.model;

/** A 村民小组 of a village. */
public record VillagerGroup(long id, long villageId, String name) {
}
