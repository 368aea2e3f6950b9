package cn.gridledger.model;

/**
 * A 家庭成员: the person plus what belongs to their place in this household. {@code education}
 * (文化程度) and {@code studentStatus} (在校生状况) are never both set. {@code health} is
 * comma-joined canonical values (健康 / 长期慢性病 / 患有大病 / 残疾).
 */
public record Member(
        long id,
        String householdId,
        Person person,
        String relation,
        int seq,
        String education,
        String studentStatus,
        String health,
        String labourSkill,
        Integer monthsAway,
        String workPlace,
        boolean resident,
        FuzzyDate since) {
}
