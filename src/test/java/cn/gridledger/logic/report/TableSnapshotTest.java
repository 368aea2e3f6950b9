package cn.gridledger.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A frozen report thaws to the same model, every cell with its Java type (the writer formats by it). */
class TableSnapshotTest {

    @Test
    void everyPartAndEveryCellTypeComesBack() {
        List<Column> header = List.of(Column.text("村", 8), Column.group("人数", Column.count("男"), Column.count("女")),
                Column.decimal("平均年龄", 8), Column.rate("覆盖率", 8));
        List<ReportRow> rows = List.of(ReportRow.data("安恕村", 3L, 0L, 38.3, new BigDecimal("12.50")),
                ReportRow.of(ReportRow.Kind.HIGHLIGHT, new Object[] {"太平村", 1L, null, 53.0, new BigDecimal("100.00")}),
                ReportRow.span("安恕村：一肩挑 1 人"),
                ReportRow.of(ReportRow.Kind.TOTAL, new Object[] {"合计", 4L, 0L, 42.0, new BigDecimal("0.00")}));
        ReportTable t = new ReportTable(ReportKind.GRID_SUMMARY, "安恕镇2026年第3季度网格基本情况统计表", "安恕镇人民政府（盖章）",
                "2026年9月30日", "个、人、户", header, RowSource.of(rows), List.of("注：年龄按统计截止日期计算周岁。"),
                new Footer("张填表", "", "0311-1234", LocalDate.of(2026, 10, 8)));

        ReportTable back = TableSnapshot.thaw(TableSnapshot.freeze(t));

        assertEquals(List.of(t.kind(), t.title(), t.issuer(), t.asOf(), t.unit(), t.header(), t.notes(), t.footer()),
                List.of(back.kind(), back.title(), back.issuer(), back.asOf(), back.unit(), back.header(), back.notes(),
                        back.footer()));
        List<ReportRow> thawed = new ArrayList<>();
        back.rows().forEach(Integer.MAX_VALUE, thawed::add);
        assertEquals(rows, thawed);
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < rows.get(r).cells().size(); i++) {
                Object was = rows.get(r).cells().get(i);
                Object is = thawed.get(r).cells().get(i);
                assertEquals(was == null ? null : was.getClass(), is == null ? null : is.getClass(), "row " + r + " cell " + i);
            }
        }
    }
}
