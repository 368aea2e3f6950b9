package cn.gridledger.logic.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import cn.gridledger.model.Quarter;

/**
 * A county-wide report (#16): the same report of every township, one after another, with a 乡镇 column after 序号,
 * each township's 合计 as its 小计, and the county's 合计 last. The townships' tables are built with the county's
 * definitions, so their columns agree.
 */
public final class CountyTable {

    /** Visits every township's table, in print order, while its data can be read. */
    @FunctionalInterface
    public interface Townships {
        void each(BiConsumer<String, ReportTable> visit);
    }

    private CountyTable() {
    }

    /**
     * @param sample one township's table of this report (its header and notes are the county's)
     * @param count  how many townships the county report covers
     */
    public static ReportTable combine(String county, Quarter quarter, ReportTable sample, int count, Townships townships) {
        ReportKind kind = sample.kind();
        List<Column> header = new ArrayList<>(sample.header());
        header.add(1, Column.text("乡镇", 10));
        String title = county + (kind.quarterly() ? quarter.label() : "") + kind.title() + "（分乡镇汇总）";
        List<String> notes = new ArrayList<>(sample.notes());
        notes.add("注：本表汇总 " + count + " 个乡镇最近一次报来的县级汇总包，每个乡镇的“小计”为该乡镇的合计。");
        return new ReportTable(kind, title, county + "（汇总）", sample.asOf(), sample.unit(), header,
                rows(townships), List.copyOf(notes), sample.footer());
    }

    private static RowSource rows(Townships townships) {
        return (limit, sink) -> {
            long[] seq = {0};
            List<Object> sums = new ArrayList<>();
            townships.each((name, table) -> table.rows().forEach(limit, row -> {
                switch (row.kind()) {
                    case DATA, HIGHLIGHT -> {
                        if (seq[0] < limit) {
                            sink.accept(withTownship(row, String.valueOf(++seq[0]), name));
                        }
                    }
                    case TOTAL -> {
                        add(sums, row.cells());
                        List<Object> cells = new ArrayList<>(row.cells());
                        cells.set(0, name);
                        cells.set(1, "小计");
                        cells.add(0, "");
                        sink.accept(new ReportRow(ReportRow.Kind.TOTAL, cells));
                    }
                    case SPAN -> sink.accept(ReportRow.span(name + "：" + row.cells().get(0)));
                }
            }));
            if (!sums.isEmpty()) {
                Object[] total = new Object[sums.size() + 1];
                total[0] = "";
                total[1] = "合计";
                total[2] = "";
                for (int i = 2; i < sums.size(); i++) {
                    total[i + 1] = sums.get(i);
                }
                sink.accept(ReportRow.of(ReportRow.Kind.TOTAL, total));
            }
        };
    }

    private static ReportRow withTownship(ReportRow row, String seq, String township) {
        List<Object> cells = new ArrayList<>(row.cells());
        cells.set(0, seq);
        cells.add(1, township);
        return new ReportRow(row.kind(), cells);
    }

    /** Adds a township's 合计 into the county's: counts are summed; text (such as 是3个，否2个) is not. */
    private static void add(List<Object> sums, List<Object> cells) {
        while (sums.size() < cells.size()) {
            sums.add("");
        }
        for (int i = 2; i < cells.size(); i++) {
            if (cells.get(i) instanceof Long n) {
                sums.set(i, (sums.get(i) instanceof Long m ? m : 0L) + n);
            }
        }
    }

    /** For tests and previews: every row of {@code table}. */
    public static List<ReportRow> all(ReportTable table) {
        List<ReportRow> out = new ArrayList<>();
        Consumer<ReportRow> sink = out::add;
        table.rows().forEach(Integer.MAX_VALUE, sink);
        return out;
    }
}
