package cn.gridledger.logic.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.gridledger.logic.validate.LedgerText;

/**
 * The 脱敏 variant of a report: ID-number and phone columns (found by their header label), and the phones
 * inside C2's 防返贫监测记录, have their middle digits hidden, every other cell is as it was. Totals and layout are untouched.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    public static ReportTable apply(ReportTable table, UnaryOperator<String> maskId, UnaryOperator<String> maskPhone) {
        List<Column> leaves = table.leaves();
        List<UnaryOperator<String>> perColumn = new ArrayList<>();
        boolean any = false;
        for (Column c : leaves) {
            UnaryOperator<String> f = c.label().contains("身份证") ? maskId
                    : c.label().contains("电话") ? maskPhone
                    : c.label().equals(LedgerText.MONITORING_HEADING) ? s -> LedgerText.maskPhones(s, maskPhone) : null;
            perColumn.add(f);
            any |= f != null;
        }
        if (!any) {
            return table;
        }
        RowSource masked = (limit, sink) -> table.rows().forEach(limit, row -> sink.accept(mask(row, perColumn)));
        return new ReportTable(table.kind(), table.title(), table.issuer(), table.asOf(), table.unit(),
                table.header(), masked, table.notes(), table.footer());
    }

    private static ReportRow mask(ReportRow row, List<UnaryOperator<String>> perColumn) {
        if (!row.isRecord() || row.cells().size() != perColumn.size()) {
            return row;
        }
        Object[] cells = row.cells().toArray();
        for (int i = 0; i < cells.length; i++) {
            if (perColumn.get(i) != null && cells[i] instanceof String s && !s.isEmpty()) {
                cells[i] = perColumn.get(i).apply(s);
            }
        }
        return ReportRow.of(row.kind(), cells);
    }
}
