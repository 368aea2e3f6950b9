package cn.gridledger.logic.importer.read;

import java.util.List;

/**
 * One row of a sheet. {@code cells} is dense: {@code cells.get(c).column() == c}, gaps filled with blanks.
 *
 * @param index    0-based row index (Excel row number minus 1)
 * @param mergeTop per column, the 0-based first row of the vertical merge that covers the cell (the row
 *                 itself for the block's top row), or -1; null when no vertical merge covers the row
 */
public record SourceRow(int index, List<SourceCell> cells, int[] mergeTop) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public SourceRow(int index, List<SourceCell> cells) {
        this(index, cells, null);
    }

    public static SourceRow empty(int index) {
        return new SourceRow(index, List.of());
    }

    public SourceCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : SourceCell.blank(column);
    }

    /** The first row of the vertical merge covering {@code column}, or -1 when the cell is not in one. */
    public int mergeTop(int column) {
        return mergeTop == null || column < 0 || column >= mergeTop.length ? -1 : mergeTop[column];
    }

    public int excelRowNumber() {
        return index + 1;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }

    public int width() {
        return cells.size();
    }
}
