package cn.gridledger.logic.report;

import java.time.LocalDate;

import cn.gridledger.logic.report.ReportFacts.GridRef;
import cn.gridledger.logic.report.ReportFacts.VillageRef;
import cn.gridledger.model.Quarter;

/**
 * What every report of one export shares: township, quarter, scope (township, one village, or one grid of
 * it — the grid only for the household ledger), definitions and footer.
 */
public record ReportContext(String township, Quarter quarter, VillageRef scope, GridRef grid, ReportSettings settings,
        Footer footer) {

    /** The statistics date: the quarter's last day. */
    public LocalDate asOf() {
        return quarter.lastDay();
    }

    public Long villageId() {
        return scope == null ? null : scope.id();
    }

    public Long gridId() {
        return grid == null ? null : grid.id();
    }

    /** Township, plus the village (and grid) when the export is for one village (or grid). */
    public String scopeName() {
        return (scope == null ? township : township + scope.name()) + (grid == null ? "" : grid.name());
    }

    public String title(ReportKind kind) {
        return kind.quarterly() ? scopeName() + quarter.label() + kind.title() : scopeName() + kind.title();
    }

    /** {@code 2026年7月1日至2026年9月30日}. */
    public String quarterSpan() {
        return CountyText.longDate(quarter.firstDay()) + "至" + CountyText.longDate(quarter.lastDay());
    }

    ReportTable table(ReportKind kind, java.util.List<Column> header, RowSource rows, java.util.List<String> notes) {
        return new ReportTable(kind, title(kind), township + "人民政府（盖章）", CountyText.longDate(asOf()), kind.unit(),
                header, rows, notes, footer);
    }
}
