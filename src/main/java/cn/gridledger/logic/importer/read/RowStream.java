package cn.gridledger.logic.importer.read;

import java.util.Iterator;

/**
 * All rows of one sheet, read one at a time (large xlsx files are never loaded whole).
 * Rows come in file order; empty rows may be absent. Failures surface as ImportRefusedException.
 */
public interface RowStream extends Iterator<SourceRow>, AutoCloseable {

    @Override
    void close();

    /** Rows already in memory (CSV, tests). */
    static RowStream of(java.util.List<SourceRow> rows) {
        Iterator<SourceRow> it = rows.iterator();
        return new RowStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SourceRow next() {
                return it.next();
            }

            @Override
            public void close() {
                // in memory
            }
        };
    }
}
