package cn.gridledger.logic.importer.header;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which source column feeds which field — the table the UI shows as 原表列 → 系统字段. A column with no
 * field is "未使用" and keeps its original label so the user can still map it by hand.
 */
public record ColumnMapping(List<Column> columns) {

    /** Shown in the mapping screen for a column that is not imported. */
    public static final String NOT_IMPORTED = "未使用";

    /**
     * @param index       0-based column in the sheet
     * @param sourceLabel the flattened label as written in the workbook, e.g. {@code 全日制教育/学历}
     * @param field       the field it feeds, or null when not imported
     */
    public record Column(int index, String sourceLabel, RosterField field) {

        public boolean isMapped() {
            return field != null;
        }

        /** e.g. {@code 全日制教育/学历 → 全日制教育/学历} or {@code 籍贯地 → 未使用}. */
        public String describe() {
            return sourceLabel + " → " + (field == null ? NOT_IMPORTED : field.displayName());
        }
    }

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    public Optional<RosterField> fieldAt(int columnIndex) {
        return columns.stream().filter(c -> c.index() == columnIndex).map(Column::field)
                .filter(f -> f != null).findFirst();
    }

    public OptionalInt columnOf(RosterField field) {
        return columns.stream().filter(c -> c.field() == field).mapToInt(Column::index).findFirst();
    }

    public boolean has(RosterField field) {
        return columnOf(field).isPresent();
    }

    public Set<RosterField> fields() {
        Set<RosterField> set = EnumSet.noneOf(RosterField.class);
        columns.stream().map(Column::field).filter(f -> f != null).forEach(set::add);
        return set;
    }

    public List<Column> unmapped() {
        return columns.stream().filter(c -> !c.isMapped()).toList();
    }

    /** The same mapping with one column changed by the user (null field = 未使用); a field stays unique. */
    public ColumnMapping with(int columnIndex, RosterField field) {
        List<Column> changed = new ArrayList<>();
        for (Column c : columns) {
            if (c.index() == columnIndex) {
                changed.add(new Column(c.index(), c.sourceLabel(), field));
            } else if (field != null && c.field() == field) {
                changed.add(new Column(c.index(), c.sourceLabel(), null));
            } else {
                changed.add(c);
            }
        }
        return new ColumnMapping(changed);
    }
}
