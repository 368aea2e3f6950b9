package cn.gridledger.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;

/**
 * The standard rosters are one layout for export and import (reports.md): exporting C1 and C2 and
 * importing them back must find zero errors and zero changes.
 */
class RosterRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void cadreRosterComesBackUnchanged() {
        roundTrip(ReportKind.CADRE_ROSTER, RosterKind.CADRE);
    }

    @Test
    void householdLedgerComesBackUnchanged() {
        roundTrip(ReportKind.HOUSEHOLD_LEDGER, RosterKind.HOUSEHOLD);
    }

    private void roundTrip(ReportKind report, RosterKind kind) {
        try (AppServices app = AppServices.open(dir.resolve("rt.db"))) {
            app.demo().generate(400, 3, Progress.NONE);
            Request request = new Request(Quarter.current(), null, Footer.empty());
            Path file = app.reports().export(List.of(report), request, dir.resolve("out.xlsx"), false, Progress.NONE)
                    .files().get(0).file();
            ImportReport r = app.importer().importFile(file, ImportService.Options.of(kind, null, true, false),
                    Progress.NONE);
            String why = r.countsLine() + "\n" + r.rows().stream()
                    .filter(o -> o.rowClass() != RowClass.UNCHANGED || !o.issues().isEmpty())
                    .limit(15)
                    .map(o -> o.excelRow() + " " + o.name() + " " + o.rowClass() + " " + o.changes() + " "
                            + o.issues().stream().map(CellIssue::describe).collect(Collectors.joining(" | ")))
                    .collect(Collectors.joining("\n"));
            assertEquals(0, r.errorRows(), why);
            assertEquals(0, r.changedRows(), why);
            assertEquals(0, r.newRows(), why);
            assertEquals(0, r.warningRows(), why);
            assertEquals(r.rows().size(), r.unchangedRows(), why);
        }
    }
}
