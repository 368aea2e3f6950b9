package cn.gridledger.model;

import java.util.List;

/** A grid in the village → grid tree: counts and the people in its posts today. */
public record GridSummary(Grid grid, long households, long members, List<GridStaff> staff) {

    public boolean hasWorkers() {
        return staff.stream().anyMatch(s -> "网格员".equals(s.postType()));
    }
}
