package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.importer.rows.RowNote;
import cn.gridledger.sampledata.SampleTownship;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Importing the same roster twice: the second import finds every accepted row 无变化 and shows exactly the
 * warnings of the first (a warning about the file must not turn into a different one because the rows are
 * now in the database).
 */
class ReimportWarningsTest {

    private static final Path samples = Path.of("sample-data", "rosters");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"干部花名册_示例.xlsx,CADRE", "干部花名册_示例.xls,CADRE", "农户信息台账_示例.xlsx,HOUSEHOLD",
            "农户信息台账_示例.xls,HOUSEHOLD"})
    void secondImportIsUnchangedWithTheSameWarnings(String name, RosterKind kind) {
        try (AppServices app = AppServices.open(SampleTownship.create(dir.resolve("t.db")))) {
            ImportReport first = app.importer().importFile(samples.resolve(name),
                    ImportService.Options.of(kind, null, false, false), Progress.NONE);
            ImportReport second = app.importer().importFile(samples.resolve(name),
                    ImportService.Options.of(kind, null, false, false), Progress.NONE);
            List<RowOutcome> accepted = second.rows().stream().filter(r -> r.rowClass() != RowClass.ERROR).toList();
            for (RowOutcome r : accepted) {
                assertEquals(RowClass.UNCHANGED, r.rowClass(), "第" + r.excelRow() + "行 " + r.name() + " " + r.changes());
            }
            assertEquals(first.rows().size() - first.errorRows(), accepted.size());
            assertEquals(warnings(first), warnings(second));
            assertEquals(first.errorRows(), second.errorRows());
        }
    }

    private static List<String> warnings(ImportReport r) {
        return Stream.concat(r.issues().stream().filter(i -> !i.isError()).map(CellIssue::describe),
                r.notes().stream().filter(RowNote::warning).map(RowNote::message)).toList();
    }
}
