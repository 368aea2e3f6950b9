package cn.gridledger.model;

import java.time.LocalDate;

import cn.gridledger.model.code.DepartureReason;

/**
 * A member taken out of a household in the editor: why, on which day (the quarter's reports count the
 * person up to it), and a note (e.g. 迁往县城, 死亡证明编号).
 */
public record MemberDeparture(long memberId, DepartureReason reason, LocalDate date, String note) {
}
