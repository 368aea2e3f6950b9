package cn.gridledger.logic.importer;

import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.importer.rows.RowNote;
import java.nio.file.Path;
import cn.gridledger.logic.importer.header.ColumnMapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one import (or dry run) found: per-row outcomes, skipped-row notes and the counts of the
 * JSON summary. {@code committed} is true only when the rows were written.
 *
 * @param columns         every column of the (first) sheet's header: its label and the field it feeds, if any
 * @param unknownVillages village names in the file that the township does not have, each with the 12-digit
 *                        code the file suggests for it ("" when none), for 一键添加
 * @param missingMembers  current members a household ledger left out of their households (可能迁出/死亡)
 * @param lateEdits       what the import changes inside a quarter already submitted (报送, #15), worded as the
 *                        refusal lists it: {@code 张三明户 李四 迁出 2026.08.03（2026年第3季度）}; it needs a reason
 */
public record ImportReport(Path file, RosterKind kind, List<String> sheets, int headerRow, List<RowOutcome> rows,
                           List<RowNote> notes, boolean committed, List<ColumnMapping.Column> columns,
                           Map<String, String> unknownVillages, List<MissingMember> missingMembers,
                           List<String> lateEdits) {

    public ImportReport {
        sheets = List.copyOf(sheets);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        unknownVillages = Collections.unmodifiableMap(new LinkedHashMap<>(unknownVillages));
        missingMembers = List.copyOf(missingMembers);
        lateEdits = lateEdits == null ? List.of() : List.copyOf(lateEdits);
    }

    /** A report with nothing dated inside a submitted quarter (yet: the service adds it). */
    public ImportReport(Path file, RosterKind kind, List<String> sheets, int headerRow, List<RowOutcome> rows,
                        List<RowNote> notes, boolean committed, List<ColumnMapping.Column> columns,
                        Map<String, String> unknownVillages, List<MissingMember> missingMembers) {
        this(file, kind, sheets, headerRow, rows, notes, committed, columns, unknownVillages, missingMembers, List.of());
    }

    public ImportReport withCommitted(boolean value) {
        return new ImportReport(file, kind, sheets, headerRow, rows, notes, value, columns, unknownVillages,
                missingMembers, lateEdits);
    }

    public ImportReport withLateEdits(List<String> value) {
        return new ImportReport(file, kind, sheets, headerRow, rows, notes, committed, columns, unknownVillages,
                missingMembers, value);
    }

    public long count(RowClass c) {
        return rows.stream().filter(r -> r.rowClass() == c).count();
    }

    public long newRows() {
        return count(RowClass.NEW);
    }

    public long changedRows() {
        return count(RowClass.CHANGED);
    }

    public long unchangedRows() {
        return count(RowClass.UNCHANGED);
    }

    public long errorRows() {
        return count(RowClass.ERROR);
    }

    /** Accepted rows that carry at least one warning. */
    public long warningRows() {
        return rows.stream().filter(r -> r.rowClass() != RowClass.ERROR && r.hasWarnings()).count();
    }

    /** {@code 新增 36 · 更新 5 · 无变化 120 · 错误 2 · 警告 4} */
    public String countsLine() {
        return "新增 " + newRows() + " · 更新 " + changedRows() + " · 无变化 " + unchangedRows()
                + " · 错误 " + errorRows() + " · 警告 " + warningRows();
    }

    public String sheetNames() {
        return String.join("、", sheets);
    }

    /** Every issue of every row, errors and warnings, in file order. */
    public List<CellIssue> issues() {
        List<CellIssue> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(r.issues()));
        return all;
    }
}
