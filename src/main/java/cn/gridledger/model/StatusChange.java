package cn.gridledger.model;

import java.time.LocalDate;

/**
 * The day a changed 网格, 户类型, 低保 or 特困供养 of a household already on the ledger takes effect (the quarter's
 * reports use the old value up to the day before), with the user's note (kept in the audit log).
 */
public record StatusChange(LocalDate date, String note) {
}
