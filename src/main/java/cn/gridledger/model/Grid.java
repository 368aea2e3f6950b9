package cn.gridledger.model;

/**
 * A 网格: 15-digit code (village code + 3-digit sequence, kept as text), name, type
 * (基础网格/专属网格), the village it belongs to and the villager groups it covers.
 */
public record Grid(long id, String code, String name, String gridType, long villageId, String coveredGroups) {

    public Grid withId(long newId) {
        return new Grid(newId, code, name, gridType, villageId, coveredGroups);
    }
}
