package cn.gridledger.model;

/**
 * A 户. {@code id} is a UUID made by the program; {@code hhNumber} is the national platform's 户编号
 * (text, optional). Flags and statuses use the canonical wording of the code lists.
 */
public record Household(
        String id,
        String hhNumber,
        Long gridId,
        Long villagerGroupId,
        String tenGroupNo,
        String tenGroupLeader,
        String address,
        String phone,
        String hhType,
        boolean dibao,
        boolean tekun,
        String housingStatus,
        String toiletStatus,
        String notes,
        FuzzyDate since) {
}
