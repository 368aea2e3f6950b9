package cn.gridledger.logic.importer.read;

import java.util.List;
import java.util.Optional;

/**
 * The first rows of a sheet (where titles, info rows and headers live) with the merged regions that start
 * in them. {@code rows.get(i).index() == i}; rows missing in the file are empty. Merges further down are
 * dropped: sheets with tens of thousands of merges exist, and lookups here are linear.
 */
public record TopArea(List<SourceRow> rows, List<MergedRegion> merges) {

    public static final int ROWS = 30;

    public TopArea {
        rows = List.copyOf(rows);
        int rowCount = rows.size();
        merges = merges.stream().filter(m -> m.firstRow() < rowCount).toList();
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
