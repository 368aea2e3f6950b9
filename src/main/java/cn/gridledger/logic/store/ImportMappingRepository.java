package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Saved column mappings of the import wizard (table import_mapping, V4). */
public final class ImportMappingRepository {

    /** A stored mapping; {@code mapping} is one line per column, {@code index TAB FIELD} (empty field = 不导入). */
    public record StoredMapping(long id, String name, String rosterKind, String headerSignature, String mapping) {
    }

    public void save(Connection c, String name, String rosterKind, String signature, String labels, String mapping)
            throws SQLException {
        Queries.update(c, """
                INSERT INTO import_mapping (name, roster_kind, header_signature, header_labels, mapping)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET roster_kind = excluded.roster_kind,
                    header_signature = excluded.header_signature, header_labels = excluded.header_labels,
                    mapping = excluded.mapping""", name, rosterKind, signature, labels, mapping);
    }

    /** The mapping saved under this name, if any. */
    public java.util.Optional<StoredMapping> byName(Connection c, String name) throws SQLException {
        return Queries.list(c, "SELECT id, name, roster_kind, header_signature, mapping FROM import_mapping WHERE name = ?",
                rs -> new StoredMapping(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                name).stream().findFirst();
    }

    public List<String> names(Connection c) throws SQLException {
        return Queries.list(c, "SELECT name FROM import_mapping ORDER BY name", rs -> rs.getString(1));
    }

    /** Mappings saved for the same header, newest first. */
    public List<StoredMapping> bySignature(Connection c, String signature) throws SQLException {
        return Queries.list(c, """
                SELECT id, name, roster_kind, header_signature, mapping FROM import_mapping
                WHERE header_signature = ? ORDER BY id DESC""",
                rs -> new StoredMapping(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                signature);
    }
}
