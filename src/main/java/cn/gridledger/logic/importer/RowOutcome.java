package cn.gridledger.logic.importer;

import java.util.List;

/**
 * The verdict on one record row.
 *
 * @param name     the person's name as the row gives it (for the preview table)
 * @param changes  for {@link RowClass#CHANGED}: {@code 政治面貌：群众 → 中共党员}; for NEW a short summary
 * @param issues   errors and warnings found in the row's cells
 */
public record RowOutcome(String sheet, int excelRow, String name, RowClass rowClass, List<String> changes,
                         List<CellIssue> issues) {

    public RowOutcome {
        changes = List.copyOf(changes);
        issues = List.copyOf(issues);
    }

    public boolean hasWarnings() {
        for (CellIssue i : issues) { // counted over every row of a large import: no stream
            if (!i.isError()) {
                return true;
            }
        }
        return false;
    }

    public List<CellIssue> errors() {
        return issues.stream().filter(CellIssue::isError).toList();
    }

    /** The first error (or warning) for a one-line view: {@code 第13行 G列：…}. */
    public String firstProblem() {
        return issues.stream().filter(CellIssue::isError).findFirst()
                .or(() -> issues.stream().findFirst()).map(CellIssue::describe).orElse("");
    }
}
