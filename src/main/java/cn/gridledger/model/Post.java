package cn.gridledger.model;

/**
 * A post a person holds or held: village posts (书记, 主任, 一肩挑 …), dispatched posts (第一书记,
 * 驻村工作队) and grid posts (网格长, 网格员, with {@code gridId}). {@code endDate} null = still in post.
 */
public record Post(
        long id,
        long personId,
        String postType,
        String category,
        Long villageId,
        Long gridId,
        String dispatchUnit,
        String dispatchLevel,
        Boolean fullTime,
        FuzzyDate startDate,
        FuzzyDate endDate,
        boolean oneShoulder,
        boolean crossPost,
        String source,
        String notes) {
}
