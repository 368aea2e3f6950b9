package cn.gridledger.logic.importer;

import cn.gridledger.logic.importer.rows.DataRow;
import java.sql.SQLException;
import java.util.List;

/** Turns record rows into database changes; writes only when it was given an {@code ImportWriter}. */
public interface RecordImporter {

    void accept(DataRow row, String sheet, boolean date1904) throws SQLException;

    /** Finishes pending work (households are assembled here) and returns one outcome per record row. */
    List<RowOutcome> finish() throws SQLException;
}
