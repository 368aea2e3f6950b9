package cn.gridledger.logic.exchange;

import java.util.List;
import java.util.Map;

/**
 * The signed head of a package (format v1, see docs/decisions/exchange-packages.md).
 *
 * @param scope      the sender's grid codes, or null for 全镇 (the whole township)
 * @param packageNo  this package's number in the sender's sequence to the receiver (1, 2, …)
 * @param ack        the last package number the sender had imported from the receiver
 * @param counts     records (tombstones included) per table
 * @param dataSha256 hex SHA-256 of the bytes of data.json.gz
 * @param schemaVersion the sender's database schema ({@code schema_version}); 0 for a package of a program that did
 *                   not name it yet
 */
public record Manifest(int formatVersion, String installationId, String name, String publicKey,
        String toInstallationId, String toName, String townshipCode, String townshipName, List<String> scope,
        long packageNo, long ack, String createdAt, String createdBy, Map<String, Integer> counts, String dataSha256,
        int schemaVersion) {

    /** A manifest this program writes: its database is at this program's schema (it migrates on opening). */
    public Manifest(int formatVersion, String installationId, String name, String publicKey, String toInstallationId,
            String toName, String townshipCode, String townshipName, List<String> scope, long packageNo, long ack,
            String createdAt, String createdBy, Map<String, Integer> counts, String dataSha256) {
        this(formatVersion, installationId, name, publicKey, toInstallationId, toName, townshipCode, townshipName, scope,
                packageNo, ack, createdAt, createdBy, counts, dataSha256, programSchema());
    }

    /** This program's schema version, 0 when the build does not say (a development run). */
    public static int programSchema() {
        try {
            return Integer.parseInt(cn.gridledger.logic.AppVersion.schema());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static final String FORMAT = "gridledger-exchange";
    /** The format a 县级汇总包 names (logic/county): a township's whole database for the county, not a change set. */
    public static final String COUNTY_SNAPSHOT_FORMAT = "gridledger-county-snapshot";
    public static final int VERSION = 1;
    /** How a township-wide scope is written. */
    public static final String WHOLE_TOWNSHIP = "全镇";
    /** Between grid codes where a scope is written as text. */
    public static final String SCOPE_SEPARATOR = "、";

    public Manifest {
        scope = scope == null ? null : List.copyOf(scope);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public boolean townshipScope() {
        return scope == null;
    }

    /** 全镇, or the grid codes joined by 、. */
    public String scopeText() {
        return scope == null ? WHOLE_TOWNSHIP : String.join(SCOPE_SEPARATOR, scope);
    }

    public Manifest withDataSha256(String sha) {
        return new Manifest(formatVersion, installationId, name, publicKey, toInstallationId, toName, townshipCode,
                townshipName, scope, packageNo, ack, createdAt, createdBy, counts, sha, schemaVersion);
    }
}
