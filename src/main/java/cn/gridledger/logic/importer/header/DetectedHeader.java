package cn.gridledger.logic.importer.header;

import java.util.List;
import java.util.Map;

/**
 * Where a sheet's roster header is and what its columns mean.
 *
 * @param firstRow 0-based first header row (a parent row of a merged header)
 * @param lastRow  0-based last header row; data starts below it
 * @param labels   flattened label per column ({@code parent/child}), "" for unlabeled columns
 * @param metadata info rows above the header: 标题, 填报单位, 填报日期, 单位, 村, 组, 网格名称 …
 * @param score    how well the labels matched (higher is better); compares candidate sheets
 */
public record DetectedHeader(int firstRow, int lastRow, List<String> labels, ColumnMapping mapping,
                             RosterKind kind, int score, Map<String, String> metadata) {

    public DetectedHeader {
        labels = List.copyOf(labels);
        metadata = Map.copyOf(metadata);
    }

    /** The same header with the columns mapped as the user (or a saved mapping) says. */
    public DetectedHeader withMapping(ColumnMapping changed) {
        return new DetectedHeader(firstRow, lastRow, labels, changed, kind, score, metadata);
    }

    /** 1-based Excel row number of the first header row, for messages. */
    public int firstExcelRow() {
        return firstRow + 1;
    }

    public int lastExcelRow() {
        return lastRow + 1;
    }

    public int levels() {
        return lastRow - firstRow + 1;
    }
}
