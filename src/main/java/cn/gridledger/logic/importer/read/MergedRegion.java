package cn.gridledger.logic.importer.read;

import org.apache.poi.ss.util.CellRangeAddress;

/** A merged block, 0-based and inclusive. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses an A1 range such as {@code A1:K1}. */
    public static MergedRegion parse(String ref) {
        CellRangeAddress a = CellRangeAddress.valueOf(ref);
        return new MergedRegion(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn());
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    public int width() {
        return lastColumn - firstColumn + 1;
    }

    public int height() {
        return lastRow - firstRow + 1;
    }
}
