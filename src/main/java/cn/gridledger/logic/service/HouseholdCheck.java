package cn.gridledger.logic.service;

/**
 * One broken household rule (exactly one head, at most one spouse …). {@code memberIndex} is the row of
 * the member concerned in the form's table, or -1 for the household as a whole; {@code field} names the
 * form field to highlight (relation, idNumber …).
 */
public record HouseholdCheck(int memberIndex, String field, String message) {
}
