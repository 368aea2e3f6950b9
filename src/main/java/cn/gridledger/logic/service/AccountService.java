package cn.gridledger.logic.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.security.LoginPolicy;
import cn.gridledger.logic.security.PasswordHasher;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.SettingsRepository;
import cn.gridledger.logic.store.UserRepository;
import cn.gridledger.logic.store.UserRepository.StoredUser;

/** Accounts: the first administrator, login with slow-down and lock, user management, the idle lock time. */
public final class AccountService {

    static final String IDLE_MINUTES_KEY = "security.idleLockMinutes";
    public static final int DEFAULT_IDLE_MINUTES = 10;
    private static final String ENTITY = "用户";
    /**
     * Checked against when the username is unknown, so both cases take the same time. Made on the first
     * such login, not when the program starts (a hash costs 19 MiB and a noticeable moment).
     */
    private static final class Dummy {
        static final String HASH = PasswordHasher.hash("gridledger-dummy-password");
    }

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final UserRepository users = new UserRepository();
    private final SettingsRepository settings = new SettingsRepository();
    private Clock clock = Clock.systemDefaultZone();

    /** An account as the user management page shows it (no hash). */
    public record Account(long id, String username, String displayName, Role role, boolean active,
            boolean locked, Set<Long> gridIds) {
    }

    /** A successful login; {@code mustChangePassword} after an administrator's reset. */
    public record LoginResult(CurrentUser user, boolean mustChangePassword) {
    }

    AccountService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    /** For tests: lock expiry without waiting. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    /** False on first run, before the administrator is created. */
    public boolean hasAccounts() {
        return db.read(users::count) > 0;
    }

    /** First run: creates the administrator and signs them in. Refused once any account exists. */
    public CurrentUser createFirstAdministrator(String username, String displayName, String password) {
        String name = requireUsername(username);
        String shown = requireDisplayName(displayName);
        requirePassword(password);
        String hash = PasswordHasher.hash(password);
        CurrentUser admin = db.write(c -> {
            if (users.count(c) > 0) {
                throw new UserFacingException("管理员账户已经创建过。");
            }
            long id = users.insert(c, name, shown, Role.ADMIN, hash, false);
            CurrentUser u = new CurrentUser(id, name, shown, Role.ADMIN, Set.of());
            session.signIn(u);
            audit.record(c, AuditAction.CREATE, ENTITY, String.valueOf(id), "首次启动创建管理员 " + shown);
            return u;
        });
        return admin;
    }

    /**
     * Checks the password and signs the user in. Wrong passwords are counted: after a few the next
     * attempt must wait, after {@link LoginPolicy#LOCK_AFTER} the account is locked for a while.
     *
     * @throws UserFacingException saying why (wrong name or password, wait, locked, disabled)
     */
    public LoginResult login(String username, String password) {
        String name = username == null ? "" : username.trim();
        StoredUser u = db.read(c -> users.byUsername(c, name));
        LocalDateTime now = LocalDateTime.now(clock);
        if (u == null) {
            PasswordHasher.matches(password == null ? "" : password, Dummy.HASH);
            audit.recordAs("（未知账户）", null, AuditAction.LOGIN_FAILED, ENTITY, null, "用户名不存在");
            throw new UserFacingException("用户名或密码不正确。");
        }
        if (!u.active()) {
            throw new UserFacingException("该账户已停用，请联系管理员。");
        }
        if (u.nextAttemptAt() != null && now.isBefore(u.nextAttemptAt())) {
            throw waitMessage(u.failedLogins(), Duration.between(now, u.nextAttemptAt()));
        }
        if (!PasswordHasher.matches(password == null ? "" : password, u.passwordHash())) {
            int failures = u.failedLogins() + 1;
            Duration wait = LoginPolicy.waitAfter(failures);
            db.writeVoid(c -> {
                users.recordFailure(c, u.id(), failures, wait.isZero() ? null : now.plus(wait));
            });
            audit.recordAs(u.displayName(), u.id(), AuditAction.LOGIN_FAILED, ENTITY, String.valueOf(u.id()),
                    "密码错误（连续第 " + failures + " 次）" + (LoginPolicy.locks(failures) ? "，账户已锁定" : ""));
            if (wait.isZero()) {
                throw new UserFacingException("用户名或密码不正确。");
            }
            throw waitMessage(failures, wait);
        }
        CurrentUser user = new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.gridIds());
        db.writeVoid(c -> users.recordSuccess(c, u.id(), now));
        session.signIn(user);
        audit.recordNow(AuditAction.LOGIN, ENTITY, String.valueOf(u.id()), u.displayName() + " 登录");
        return new LoginResult(user, u.mustChangePassword());
    }

    private static UserFacingException waitMessage(int failures, Duration wait) {
        if (LoginPolicy.locks(failures)) {
            long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
            return new UserFacingException("密码连续输错 " + failures + " 次，账户已锁定，请 " + minutes
                    + " 分钟后再试，或请管理员重置密码。");
        }
        return new UserFacingException("用户名或密码不正确。为安全起见，请 " + Math.max(1, wait.getSeconds())
                + " 秒后再试。");
    }

    /** Unlocking the idle-locked window: the signed-in user's own password. */
    public boolean checkOwnPassword(String password) {
        CurrentUser me = session.current();
        StoredUser u = db.read(c -> users.byId(c, me.id()));
        return u != null && PasswordHasher.matches(password == null ? "" : password, u.passwordHash());
    }

    public void logout() {
        session.signOut();
    }

    public CurrentUser currentUser() {
        return session.current();
    }

    public void changeOwnPassword(String oldPassword, String newPassword) {
        CurrentUser me = session.current();
        if (!checkOwnPassword(oldPassword)) {
            throw new UserFacingException("原密码不正确。");
        }
        requirePassword(newPassword);
        String hash = PasswordHasher.hash(newPassword);
        db.writeVoid(c -> {
            users.setPassword(c, me.id(), hash, false);
            audit.record(c, AuditAction.ACCOUNT, ENTITY, String.valueOf(me.id()), me.displayName() + " 修改了自己的密码");
        });
    }

    // ---- administrators ------------------------------------------------------------------------

    public List<Account> accounts() {
        session.requireAccounts("管理账户");
        LocalDateTime now = LocalDateTime.now(clock);
        return db.read(users::all).stream().map(u -> new Account(u.id(), u.username(), u.displayName(), u.role(),
                u.active(), u.nextAttemptAt() != null && now.isBefore(u.nextAttemptAt())
                        && LoginPolicy.locks(u.failedLogins()), u.gridIds())).toList();
    }

    public long createAccount(String username, String displayName, Role role, Set<Long> gridIds, String password) {
        session.requireAccounts("创建账户");
        String name = requireUsername(username);
        String shown = requireDisplayName(displayName);
        requirePassword(password);
        String hash = PasswordHasher.hash(password);
        return db.write(c -> {
            if (users.byUsername(c, name) != null) {
                throw new UserFacingException("用户名“" + name + "”已存在。");
            }
            long id = users.insert(c, name, shown, role, hash, true);
            users.setGrids(c, id, role == Role.GRID_WORKER ? gridIds : Set.of());
            audit.record(c, AuditAction.CREATE, ENTITY, String.valueOf(id), "创建账户 " + shown,
                    List.of(new FieldChange("用户名", null, name), new FieldChange("角色", null, role.label()),
                            new FieldChange("网格", null, String.valueOf(gridIds))));
            return id;
        });
    }

    /** Changes name, role, active flag and grids; the last active administrator cannot be demoted. */
    public void updateAccount(long id, String displayName, Role role, boolean active, Set<Long> gridIds) {
        session.requireAccounts("修改账户");
        String shown = requireDisplayName(displayName);
        db.writeVoid(c -> {
            StoredUser before = users.byId(c, id);
            if (before == null) {
                throw new UserFacingException("账户不存在。");
            }
            users.update(c, id, shown, role, active);
            Set<Long> grids = role == Role.GRID_WORKER ? gridIds : Set.of();
            users.setGrids(c, id, grids);
            if (users.countActiveAdmins(c) == 0) {
                throw new UserFacingException("至少要保留一个启用的管理员账户。");
            }
            audit.record(c, AuditAction.UPDATE, ENTITY, String.valueOf(id), "修改账户 " + shown,
                    cn.gridledger.logic.security.FieldChanges.between(
                            java.util.Map.of("姓名", before.displayName(), "角色", before.role().label(),
                                    "启用", before.active(), "网格", before.gridIds()),
                            java.util.Map.of("姓名", shown, "角色", role.label(), "启用", active, "网格", grids)));
        });
    }

    /** An administrator sets a new password; the user must change it at the next login. Clears a lock. */
    public void resetPassword(long id, String newPassword) {
        session.requireAccounts("重置密码");
        requirePassword(newPassword);
        String hash = PasswordHasher.hash(newPassword);
        db.writeVoid(c -> {
            StoredUser u = users.byId(c, id);
            if (u == null) {
                throw new UserFacingException("账户不存在。");
            }
            users.setPassword(c, id, hash, true);
            audit.record(c, AuditAction.ACCOUNT, ENTITY, String.valueOf(id), "重置了 " + u.displayName() + " 的密码");
        });
    }

    /** Minutes without keyboard or mouse before the window locks. */
    public int idleLockMinutes() {
        String v = db.read(c -> settings.get(c, IDLE_MINUTES_KEY));
        try {
            return v == null ? DEFAULT_IDLE_MINUTES : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_MINUTES;
        }
    }

    public void setIdleLockMinutes(int minutes) {
        session.requireSettings("修改自动锁定时间");
        if (minutes < 1 || minutes > 240) {
            throw new UserFacingException("自动锁定时间应在 1 到 240 分钟之间。");
        }
        db.writeVoid(c -> {
            String before = settings.get(c, IDLE_MINUTES_KEY);
            settings.put(c, IDLE_MINUTES_KEY, String.valueOf(minutes));
            audit.record(c, AuditAction.UPDATE, "设置", IDLE_MINUTES_KEY, "自动锁定时间",
                    List.of(new FieldChange("自动锁定（分钟）", before, String.valueOf(minutes))));
        });
    }

    private static String requireUsername(String username) {
        String s = username == null ? "" : username.trim();
        if (s.isEmpty() || s.length() > 32 || s.chars().anyMatch(Character::isWhitespace)) {
            throw new UserFacingException("用户名不能为空、不能含空格，最长 32 个字符。");
        }
        return s;
    }

    private static String requireDisplayName(String displayName) {
        String s = displayName == null ? "" : displayName.trim();
        if (s.isEmpty() || s.length() > 32) {
            throw new UserFacingException("请填写姓名（最长 32 个字符）。");
        }
        return s;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new UserFacingException("密码至少 " + PasswordHasher.MIN_LENGTH + " 位。");
        }
    }
}
