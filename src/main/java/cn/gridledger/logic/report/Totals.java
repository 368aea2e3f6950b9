package cn.gridledger.logic.report;

/** The 合计 row: 序号 empty, 合计 in the name column, sums after. */
final class Totals {

    private Totals() {
    }

    static ReportRow row(long[] sums) {
        Object[] cells = new Object[2 + sums.length];
        cells[0] = "";
        cells[1] = "合计";
        for (int i = 0; i < sums.length; i++) {
            cells[2 + i] = sums[i];
        }
        return ReportRow.of(ReportRow.Kind.TOTAL, cells);
    }
}
