package cn.gridledger.logic.importer.read;

import java.util.List;
import java.util.Optional;

/**
 * The first rows of a sheet (where titles, info rows and headers live) with the sheet's merged regions.
 * {@code rows.get(i).index() == i}; rows missing in the file are empty.
 */
public record TopArea(List<SourceRow> rows, List<MergedRegion> merges) {

    public static final int ROWS = 30;

    public TopArea {
        rows = List.copyOf(rows);
        merges = List.copyOf(merges);
    }

    public SourceCell cell(int row, int column) {
        return row >= 0 && row < rows.size() ? rows.get(row).cell(column) : SourceCell.blank(column);
    }

    public Optional<MergedRegion> mergeAt(int row, int column) {
        return merges.stream().filter(m -> m.contains(row, column)).findFirst();
    }

    /** The value shown at (row, column): a merged block shows its top-left cell everywhere. */
    public SourceCell shownCell(int row, int column) {
        return mergeAt(row, column).map(m -> cell(m.firstRow(), m.firstColumn())).orElseGet(() -> cell(row, column));
    }

    public int width() {
        int w = rows.stream().mapToInt(SourceRow::width).max().orElse(0);
        for (MergedRegion m : merges) {
            if (m.firstRow() < rows.size()) {
                w = Math.max(w, m.lastColumn() + 1);
            }
        }
        return w;
    }

    public boolean isBlank() {
        return rows.stream().allMatch(SourceRow::isBlank);
    }
}
