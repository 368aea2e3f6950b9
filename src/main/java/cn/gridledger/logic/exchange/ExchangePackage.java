package cn.gridledger.logic.exchange;

import java.util.List;
import java.util.Map;

/** A package read and verified (signature and data hash), not yet checked against this database. */
public record ExchangePackage(Manifest manifest, List<PackageGrid> grids, Map<String, List<PackageRecord>> tables) {

    public List<PackageRecord> records(String table) {
        return tables.getOrDefault(table, List.of());
    }

    public int recordCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }
}
