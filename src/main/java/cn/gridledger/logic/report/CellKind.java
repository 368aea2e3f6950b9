package cn.gridledger.logic.report;

/** How a column's cells are written: text (format {@code @}, for IDs, codes, dates) or numbers. */
public enum CellKind {
    TEXT, INTEGER, DECIMAL
}
