package cn.gridledger.logic.county;

/**
 * The signed head of a 县级汇总包 (format v1, see docs/decisions/county-consolidation.md): which township, which
 * installation and key, the township's sequence number of this snapshot, and the SHA-256 of the database inside.
 *
 * @param snapshotNo    1, 2, … per township installation: a county keeps only a newer one than it holds
 * @param schemaVersion the township's database schema (a county program older than it cannot read it)
 */
public record SnapshotManifest(int formatVersion, String installationId, String publicKey, String townshipCode,
        String townshipName, String countyName, long snapshotNo, String createdAt, String createdBy, int schemaVersion,
        long households, long members, String dataSha256) {

    public static final String FORMAT = cn.gridledger.logic.exchange.Manifest.COUNTY_SNAPSHOT_FORMAT;
    public static final int VERSION = 1;

    public SnapshotManifest withDataSha256(String sha) {
        return new SnapshotManifest(formatVersion, installationId, publicKey, townshipCode, townshipName, countyName,
                snapshotNo, createdAt, createdBy, schemaVersion, households, members, sha);
    }
}
