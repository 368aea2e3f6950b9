package cn.gridledger.logic.store.county;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.gridledger.logic.store.Queries;

/** The county office's own tables: its name and the township copies it holds (V13). */
public final class CountyStore {

    /** One township copy as registered; {@code file} is relative to the townships folder. */
    public record HeldTownship(String code, String name, String installationId, String publicKey, String file,
            long snapshotNo, String exportedAt, String exportedBy, long households, long members, String importedAt) {
    }

    public Optional<String> countyName(Connection c) throws SQLException {
        return Optional.ofNullable(Queries.string(c, "SELECT name FROM county_identity WHERE id = 1"));
    }

    public void saveCountyName(Connection c, String name) throws SQLException {
        Queries.update(c, "INSERT INTO county_identity (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                name);
    }

    public List<HeldTownship> townships(Connection c) throws SQLException {
        return Queries.list(c, "SELECT * FROM county_township ORDER BY code", CountyStore::held);
    }

    public Optional<HeldTownship> township(Connection c, String code) throws SQLException {
        return Optional.ofNullable(Queries.one(c, "SELECT * FROM county_township WHERE code = ?", CountyStore::held, code));
    }

    public void put(Connection c, HeldTownship t) throws SQLException {
        Queries.update(c, """
                INSERT INTO county_township (code, name, installation_id, public_key, file, snapshot_no, exported_at,
                    exported_by, households, members)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, file = excluded.file,
                    snapshot_no = excluded.snapshot_no, exported_at = excluded.exported_at,
                    exported_by = excluded.exported_by, households = excluded.households, members = excluded.members,
                    imported_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
                """, t.code(), t.name(), t.installationId(), t.publicKey(), t.file(), t.snapshotNo(), t.exportedAt(),
                t.exportedBy(), t.households(), t.members());
    }

    public void remove(Connection c, String code) throws SQLException {
        Queries.update(c, "DELETE FROM county_township WHERE code = ?", code);
    }

    /** Households alive today (not ended, not deleted) and their current members: the figures a snapshot names. */
    public long[] livingHouseholdsAndMembers(Connection c) throws SQLException {
        long households = Queries.count(c, "SELECT count(*) FROM household WHERE ended_on IS NULL AND deleted_at IS NULL");
        long members = Queries.count(c, """
                SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id
                WHERE m.ended_on IS NULL AND h.ended_on IS NULL AND h.deleted_at IS NULL
                """);
        return new long[] {households, members};
    }

    private static HeldTownship held(ResultSet rs) throws SQLException {
        return new HeldTownship(rs.getString("code"), rs.getString("name"), rs.getString("installation_id"),
                rs.getString("public_key"), rs.getString("file"), rs.getLong("snapshot_no"), rs.getString("exported_at"),
                rs.getString("exported_by"), rs.getLong("households"), rs.getLong("members"), rs.getString("imported_at"));
    }
}
