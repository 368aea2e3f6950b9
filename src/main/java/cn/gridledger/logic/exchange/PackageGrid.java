package cn.gridledger.logic.exchange;

import java.util.List;

/** A grid of the sender, with the codes it had before (grid_code_history), so renumbering travels too. */
public record PackageGrid(String code, String name, String gridType, String villageCode, String coveredGroups,
        String since, String deletedAt, List<String> oldCodes) {

    public PackageGrid {
        oldCodes = oldCodes == null ? List.of() : List.copyOf(oldCodes);
    }
}
