package cn.gridledger.logic.exchange;

import java.util.List;
import java.util.Map;

import cn.gridledger.logic.store.exchange.ExchangeTables.Table;

/**
 * What importing a package will do, worked out without writing: grid changes, per record an insert, field
 * updates, conflicts or a delete, and the new base; or, for a grid worker's package that reaches outside its
 * grids, only the refusals. {@code householdRules} says, per household the merge would have broken the household
 * rules for, what was kept ({@link HouseholdRecheck}).
 */
public record MergePlan(List<GridCodes.Change> gridChanges, List<RecordPlan> records, List<String> refusals,
        List<String> householdRules) {

    public MergePlan(List<GridCodes.Change> gridChanges, List<RecordPlan> records, List<String> refusals) {
        this(gridChanges, records, refusals, List.of());
    }

    /** @param note why it is a conflict when not both sides changed it (a household rule), else null */
    public record FieldConflict(String field, String mine, String theirs, String note) {

        public FieldConflict(String field, String mine, String theirs) {
            this(field, mine, theirs, null);
        }
    }

    /**
     * @param uid       the local record's uid (for a new record: the sender's)
     * @param theirs    the sender's state (grid codes as local codes), null for a tombstone
     * @param updates   fields to set to the sender's value
     * @param delete    the record is deleted here (a tombstone for a record unchanged here)
     */
    public record RecordPlan(Table table, String uid, boolean isNew, Map<String, String> theirs,
            Map<String, String> updates, List<FieldConflict> conflicts, boolean delete) {

        public boolean changes() {
            return isNew || delete || !updates.isEmpty();
        }
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }

    public long newRecords() {
        return records.stream().filter(RecordPlan::isNew).count();
    }

    public long changedRecords() {
        return records.stream().filter(r -> !r.isNew() && !r.delete() && !r.updates().isEmpty()).count();
    }

    public long deletedRecords() {
        return records.stream().filter(RecordPlan::delete).count();
    }

    public long conflictCount() {
        return records.stream().mapToLong(r -> r.conflicts().size()).sum();
    }
}
