package cn.gridledger.logic.importer.read;

import java.util.List;

/**
 * One row of a sheet. {@code cells} is dense: {@code cells.get(c).column() == c}, gaps filled with blanks.
 *
 * @param index 0-based row index (Excel row number minus 1)
 */
public record SourceRow(int index, List<SourceCell> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public static SourceRow empty(int index) {
        return new SourceRow(index, List.of());
    }

    public SourceCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : SourceCell.blank(column);
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
