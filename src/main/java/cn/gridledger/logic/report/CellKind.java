package cn.gridledger.logic.report;

/**
 * How a column's cells are written: text (format {@code @}, for IDs, codes, dates) or numbers; DECIMAL
 * with one decimal (average age), RATE with two (a percentage such as R7's coverage, given as BigDecimal).
 */
public enum CellKind {
    TEXT, INTEGER, DECIMAL, RATE
}
