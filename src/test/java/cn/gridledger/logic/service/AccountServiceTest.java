package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Village;

class AccountServiceTest {

    @TempDir
    Path dir;

    private AppServices app;
    private Instant now = Instant.parse("2026-09-30T08:00:00Z");

    private long grid1;
    private long grid2;

    @BeforeEach
    void open() {
        try (Database db = Database.open(dir.resolve("accounts.db"))) {
            TownshipRepository repo = new TownshipRepository();
            db.writeVoid(c -> {
                Village v = repo.insertVillage(c, new Village(0, "130102100201", "安恕村", "村"));
                grid1 = repo.insertGrid(c, new Grid(0, "130102100201001", "一组网格", "基础网格", v.id(), null)).id();
                grid2 = repo.insertGrid(c, new Grid(0, "130102100201002", "二组网格", "基础网格", v.id(), null)).id();
            });
        }
        app = AppServices.open(dir.resolve("accounts.db"));
        app.accounts().useClock(Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void advance(long seconds) {
        now = now.plusSeconds(seconds);
        app.accounts().useClock(Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void theFirstAdministratorIsCreatedOnceAndSignedIn() {
        assertFalse(app.accounts().hasAccounts());
        app.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        assertTrue(app.accounts().hasAccounts());
        assertEquals("张敏（管理员）", app.session().current().headerText());
        assertThrows(UserFacingException.class,
                () -> app.accounts().createFirstAdministrator("other", "李四", "secret-456"));
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idHashes() throws Exception {
        app.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        app.close();
        String raw = new String(Files.readAllBytes(dir.resolve("accounts.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("secret-123"), "the clear password is nowhere in the file");
        assertTrue(raw.contains("$argon2id$"));
        app = AppServices.open(dir.resolve("accounts.db"));
    }

    @Test
    void loginChecksThePasswordAndSignsIn() {
        app.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        app.accounts().logout();
        assertFalse(app.session().isSignedIn());
        UserFacingException wrong = assertThrows(UserFacingException.class,
                () -> app.accounts().login("zhangmin", "wrong"));
        assertEquals("用户名或密码不正确。", wrong.getMessage());
        assertEquals("用户名或密码不正确。", assertThrows(UserFacingException.class,
                () -> app.accounts().login("nobody", "secret-123")).getMessage(), "same answer for unknown names");
        var result = app.accounts().login("ZhangMin", "secret-123");
        assertEquals(Role.ADMIN, result.user().role());
        assertTrue(app.session().isSignedIn());
    }

    @Test
    void repeatedWrongPasswordsSlowDownThenLockUntilTimePassesOrAnAdminResets() {
        app.accounts().createFirstAdministrator("admin", "管理员甲", "secret-123");
        long clerk = app.accounts().createAccount("clerk", "王芳", Role.READ_ONLY, Set.of(), "clerk-pass");
        app.accounts().logout();
        failLogin("clerk", "x1", "用户名或密码不正确。");
        failLogin("clerk", "x2", "用户名或密码不正确。");
        failLogin("clerk", "x3", "秒后再试");
        failLogin("clerk", "clerk-pass", "秒后再试"); // even the right password waits
        advance(6);
        failLogin("clerk", "x4", "秒后再试");
        advance(31);
        failLogin("clerk", "x5", "账户已锁定");
        advance(60);
        failLogin("clerk", "clerk-pass", "账户已锁定");
        advance(15 * 60);
        assertEquals(Role.READ_ONLY, app.accounts().login("clerk", "clerk-pass").user().role());

        app.accounts().logout();
        for (int i = 0; i < 5; i++) {
            advance(3600);
            assertThrows(UserFacingException.class, () -> app.accounts().login("clerk", "bad"));
        }
        failLogin("clerk", "clerk-pass", "账户已锁定");
        app.accounts().login("admin", "secret-123");
        assertTrue(app.accounts().accounts().stream().anyMatch(a -> a.id() == clerk && a.locked()));
        app.accounts().resetPassword(clerk, "new-pass-1");
        app.accounts().logout();
        var result = app.accounts().login("clerk", "new-pass-1");
        assertTrue(result.mustChangePassword(), "after a reset the user sets their own password");
        app.accounts().login("admin", "secret-123");
        long failures = app.audit().search(new AuditFilter(null, null, null, AuditAction.LOGIN_FAILED, null, null, 100)).size();
        assertEquals(10, failures, "attempts refused while waiting are not counted");
    }

    private void failLogin(String user, String password, String expected) {
        UserFacingException e = assertThrows(UserFacingException.class, () -> app.accounts().login(user, password));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void onlyAdministratorsManageAccountsAndTheLastAdministratorStays() {
        app.accounts().createFirstAdministrator("admin", "管理员甲", "secret-123");
        long admin = app.session().current().id();
        app.accounts().createAccount("grid1", "李网格", Role.GRID_WORKER, Set.of(grid1, grid2), "grid-pass");
        UserFacingException lastAdmin = assertThrows(UserFacingException.class,
                () -> app.accounts().updateAccount(admin, "管理员甲", Role.READ_ONLY, true, Set.of()));
        assertTrue(lastAdmin.getMessage().contains("至少要保留一个"));
        assertEquals(Role.ADMIN, app.accounts().accounts().get(0).role(), "the refused change rolled back");
        app.accounts().logout();
        app.accounts().login("grid1", "grid-pass");
        assertEquals(Set.of(grid1, grid2), app.session().current().gridIds());
        assertThrows(AccessDeniedException.class, () -> app.accounts().accounts());
        assertThrows(AccessDeniedException.class, () -> app.accounts().resetPassword(admin, "hacked-1"));
        assertThrows(AccessDeniedException.class, () -> app.audit().search(AuditFilter.latest(10)));
        assertThrows(AccessDeniedException.class, () -> app.backup().chooseFolder(dir));
        assertThrows(AccessDeniedException.class, () -> app.session().requireImport());
    }

    @Test
    void theIdleLockTimeIsASetting() {
        assertEquals(AccountService.DEFAULT_IDLE_MINUTES, app.accounts().idleLockMinutes());
        app.accounts().setIdleLockMinutes(3);
        assertEquals(3, app.accounts().idleLockMinutes());
        assertThrows(UserFacingException.class, () -> app.accounts().setIdleLockMinutes(0));
    }
}
