package cn.gridledger.logic.importer.read;

import java.util.Iterator;

/**
 * All rows of one sheet, read one at a time (large xlsx files are never loaded whole).
 * Rows come in file order; empty rows may be absent. Failures surface as ImportRefusedException.
 */
public interface RowStream extends Iterator<SourceRow>, AutoCloseable {

    @Override
    void close();
}
