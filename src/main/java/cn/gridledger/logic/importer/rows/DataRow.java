package cn.gridledger.logic.importer.rows;

import cn.gridledger.logic.importer.header.ColumnMapping;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.read.SourceCell;
import java.util.List;

/**
 * A row that holds a record, with its cells lined up with the mapping's columns
 * ({@code cells.get(i)} belongs to {@code mapping.columns().get(i)}). "Not applicable" markers are blank.
 *
 * @param excelRowNumber 1-based, as the user sees it in Excel (for error messages)
 * @param householdBlock 0-based first row of the vertically merged block that holds this row's household
 *                       cells (户编号, 户主姓名 …), or -1: in a ledger each such block is one household
 */
public record DataRow(int excelRowNumber, ColumnMapping mapping, List<SourceCell> cells, int householdBlock) {

    public DataRow {
        cells = List.copyOf(cells);
    }

    public DataRow(int excelRowNumber, ColumnMapping mapping, List<SourceCell> cells) {
        this(excelRowNumber, mapping, cells, -1);
    }

    /** The cell feeding a field; blank when the field is not mapped. */
    public SourceCell cell(RosterField field) {
        List<ColumnMapping.Column> columns = mapping.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field() == field) {
                return cells.get(i);
            }
        }
        return SourceCell.blank(-1);
    }

    /** The shown text of a field's cell, trimmed; "" when blank or not mapped. */
    public String text(RosterField field) {
        return cell(field).text().strip();
    }
}
