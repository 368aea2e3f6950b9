package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Key/value settings kept in the database, so they travel with backups. */
public final class SettingsRepository {

    public String get(Connection c, String key) throws SQLException {
        return Queries.string(c, "SELECT value FROM setting WHERE key = ?", key);
    }

    public void put(Connection c, String key, String value) throws SQLException {
        Queries.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }
}
