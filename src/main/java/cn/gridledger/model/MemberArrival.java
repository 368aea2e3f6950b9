package cn.gridledger.model;

import java.time.LocalDate;

import cn.gridledger.model.code.ArrivalReason;

/**
 * A person added to a household already on the ledger: how and on which day (the quarter's reports
 * count the person from it). {@code index}: the member's place in the saved household's member list.
 */
public record MemberArrival(int index, ArrivalReason reason, LocalDate date, String note) {
}
