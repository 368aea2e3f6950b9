package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gridledger.logic.security.Role;

/** Accounts: the password hash never leaves this class except to the hasher. */
public final class UserRepository {

    /** An account as stored (the hash is for verification only; never shown or logged). */
    public record StoredUser(long id, String username, String displayName, Role role, String passwordHash,
            boolean active, int failedLogins, LocalDateTime nextAttemptAt, boolean mustChangePassword,
            Set<Long> gridIds) {
    }

    private static final String COLUMNS = "id, username, display_name, role, password_hash, active, failed_logins, "
            + "next_attempt_at, must_change_password";

    public long count(Connection c) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM app_user");
    }

    public long countActiveAdmins(Connection c) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM app_user WHERE role = '管理员' AND active = 1");
    }

    public StoredUser byUsername(Connection c, String username) throws SQLException {
        StoredUser u = Queries.one(c, "SELECT " + COLUMNS + " FROM app_user WHERE username = ?",
                UserRepository::user, username);
        return u == null ? null : withGrids(c, u);
    }

    public StoredUser byId(Connection c, long id) throws SQLException {
        StoredUser u = Queries.one(c, "SELECT " + COLUMNS + " FROM app_user WHERE id = ?", UserRepository::user, id);
        return u == null ? null : withGrids(c, u);
    }

    public List<StoredUser> all(Connection c) throws SQLException {
        List<StoredUser> users = Queries.list(c, "SELECT " + COLUMNS + " FROM app_user ORDER BY id",
                UserRepository::user);
        List<StoredUser> out = new java.util.ArrayList<>();
        for (StoredUser u : users) {
            out.add(withGrids(c, u));
        }
        return out;
    }

    public long insert(Connection c, String username, String displayName, Role role, String passwordHash,
            boolean mustChangePassword) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO app_user (username, display_name, role, password_hash, must_change_password)
                VALUES (?, ?, ?, ?, ?)
                """, username, displayName, role.label(), passwordHash, mustChangePassword);
    }

    public void update(Connection c, long id, String displayName, Role role, boolean active) throws SQLException {
        Queries.update(c, "UPDATE app_user SET display_name = ?, role = ?, active = ? WHERE id = ?",
                displayName, role.label(), active, id);
    }

    public void setGrids(Connection c, long userId, Set<Long> gridIds) throws SQLException {
        Queries.update(c, "DELETE FROM app_user_grid WHERE user_id = ?", userId);
        for (Long g : gridIds) {
            Queries.update(c, "INSERT INTO app_user_grid (user_id, grid_id) VALUES (?, ?)", userId, g);
        }
    }

    /** A new password; clears failed attempts and any lock. */
    public void setPassword(Connection c, long id, String passwordHash, boolean mustChange) throws SQLException {
        Queries.update(c, """
                UPDATE app_user SET password_hash = ?, must_change_password = ?, failed_logins = 0,
                    next_attempt_at = NULL WHERE id = ?
                """, passwordHash, mustChange, id);
    }

    public void recordFailure(Connection c, long id, int failedLogins, LocalDateTime nextAttemptAt)
            throws SQLException {
        Queries.update(c, "UPDATE app_user SET failed_logins = ?, next_attempt_at = ? WHERE id = ?",
                failedLogins, nextAttemptAt == null ? null : nextAttemptAt.withNano(0).toString(), id);
    }

    public void recordSuccess(Connection c, long id, LocalDateTime at) throws SQLException {
        Queries.update(c, """
                UPDATE app_user SET failed_logins = 0, next_attempt_at = NULL, last_login_at = ? WHERE id = ?
                """, at.withNano(0).toString(), id);
    }

    private static StoredUser withGrids(Connection c, StoredUser u) throws SQLException {
        Set<Long> grids = new LinkedHashSet<>(Queries.list(c,
                "SELECT grid_id FROM app_user_grid WHERE user_id = ? ORDER BY grid_id", rs -> rs.getLong(1), u.id()));
        return new StoredUser(u.id(), u.username(), u.displayName(), u.role(), u.passwordHash(), u.active(),
                u.failedLogins(), u.nextAttemptAt(), u.mustChangePassword(), grids);
    }

    private static StoredUser user(ResultSet rs) throws SQLException {
        String next = rs.getString("next_attempt_at");
        return new StoredUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.ofLabel(rs.getString("role")), rs.getString("password_hash"), Queries.bool(rs, "active"),
                rs.getInt("failed_logins"), next == null ? null : LocalDateTime.parse(next),
                Queries.bool(rs, "must_change_password"), Set.of());
    }
}
