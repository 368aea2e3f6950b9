package cn.gridledger.logic.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a report, pushed one at a time so that a roster of 180,000 members streams from the
 * query into the workbook without being held in memory.
 */
@FunctionalInterface
public interface RowSource {

    /** Pushes rows (at most {@code limit} data rows, then the closing rows such as 合计) to {@code sink}. */
    void forEach(int limit, Consumer<ReportRow> sink);

    /**
     * These rows read on a thread of their own, ahead of the consumer (for the long streamed reports,
     * whose query and writing can then use two processor cores).
     */
    default PrefetchedRows prefetched() {
        return new PrefetchedRows(this);
    }

    static RowSource of(List<ReportRow> rows) {
        return (limit, sink) -> {
            int records = 0;
            for (ReportRow r : rows) {
                if (r.isRecord() && records++ >= limit) {
                    continue;
                }
                sink.accept(r);
            }
        };
    }
}
