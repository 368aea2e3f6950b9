package cn.gridledger.logic.importer.read;

/**
 * @param index           position in the workbook, 0-based
 * @param hidden          hidden or very hidden; not imported by default
 * @param approxRowCount  last used row number as the file declares it; -1 when the file does not say
 */
public record SheetInfo(int index, String name, boolean hidden, int approxRowCount) {
}
