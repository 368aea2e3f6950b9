package cn.gridledger.logic.importer.rows;

/**
 * Why a non-blank row below the header was not read as a record.
 *
 * @param warning true when the user should look at it (a skipped constants row may be a real record)
 */
public record RowNote(int excelRowNumber, Kind kind, String message, boolean warning) {

    public enum Kind { COLUMN_CODES, PLACEHOLDER, INSTRUCTION, CONSTANTS, FOOTER }
}
