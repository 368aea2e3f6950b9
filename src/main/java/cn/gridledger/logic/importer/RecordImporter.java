package cn.gridledger.logic.importer;

import cn.gridledger.logic.importer.rows.DataRow;
import java.sql.SQLException;
import java.util.List;

/** Turns record rows into database changes; writes only when it was given an {@code ImportWriter}. */
public interface RecordImporter {

    /** Called before the rows of each sheet: what the sheet says about all its rows. */
    void startSheet(SheetContext context);

    void accept(DataRow row, String sheet, boolean date1904) throws SQLException;

    /** Village names in the file that are not villages of the township, each with a code the file suggests or "". */
    java.util.Map<String, String> unknownVillages();

    /** Finishes pending work (households are assembled here) and returns one outcome per record row. */
    List<RowOutcome> finish() throws SQLException;

    /** After {@link #finish}: current members the file left out of households it lists member by member. */
    default List<MissingMember> missingMembers() {
        return List.of();
    }
}
