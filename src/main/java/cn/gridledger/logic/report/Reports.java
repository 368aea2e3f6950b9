package cn.gridledger.logic.report;

/** Builds the table model of a report from the queries. */
public final class Reports {

    private Reports() {
    }

    public static ReportTable build(ReportKind kind, ReportContext ctx, ReportData data) {
        return switch (kind) {
            case GRID_SUMMARY -> GridSummaryReport.build(ctx, data);
            case CADRE_STRUCTURE -> CadreStructureReport.build(ctx, data);
            case MONITORING -> MonitoringReport.build(ctx, data);
            case POINTS -> PointsReport.build(ctx, data);
            case RESERVE -> ReserveReport.build(ctx, data);
            case CADRE_ROSTER -> CadreRosterReport.build(ctx, data);
            case HOUSEHOLD_LEDGER -> HouseholdLedgerReport.build(ctx, data);
            case VISITS -> VisitCoverageReport.build(ctx, data);
            case CHANGES -> PopulationChangeReport.build(ctx, data);
        };
    }
}
