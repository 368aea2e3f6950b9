package cn.gridledger.logic.security;

import java.util.Objects;

/**
 * Who is working now, and the authorization checks every service makes before it reads or changes
 * data. One Session per open database ({@code AppServices.session()}).
 *
 * <p>A new Session starts as {@link CurrentUser#COMMAND_LINE} (the command line and tests need no
 * login); the window signs it out at start and signs the account in after the login dialog.
 */
public final class Session {

    private volatile CurrentUser user = CurrentUser.COMMAND_LINE;

    /** The user working now. */
    public CurrentUser current() {
        CurrentUser u = user;
        if (u == null) {
            throw new AccessDeniedException("请先登录。");
        }
        return u;
    }

    public boolean isSignedIn() {
        return user != null;
    }

    public void signIn(CurrentUser signedIn) {
        this.user = Objects.requireNonNull(signedIn);
    }

    public void signOut() {
        this.user = null;
    }

    /** The name written to the audit log. */
    public String who() {
        return current().displayName();
    }

    public Role role() {
        return current().role();
    }

    public boolean isAdmin() {
        return role() == Role.ADMIN;
    }

    /** True when the user may see records of this grid (null = a household without a grid). */
    public boolean canRead(Long gridId) {
        CurrentUser u = current();
        return u.role() != Role.GRID_WORKER || gridId != null && u.gridIds().contains(gridId);
    }

    /** True when the user may create, change or delete records of this grid. */
    public boolean canEdit(Long gridId) {
        CurrentUser u = current();
        return switch (u.role()) {
            case ADMIN -> true;
            case GRID_WORKER -> gridId != null && u.gridIds().contains(gridId);
            case READ_ONLY -> false;
        };
    }

    /**
     * True when the user may export the household ledger of one grid ({@code gridId}) or of a village or
     * the township (null): a grid worker only of a grid of theirs, since a village holds others' grids.
     */
    public boolean canExportLedger(Long gridId) {
        return gridId != null ? canRead(gridId) : role() != Role.GRID_WORKER;
    }

    /** Refuses reading a record outside the user's grids. */
    public void requireRead(Long gridId) {
        if (!canRead(gridId)) {
            throw new AccessDeniedException("您只能查看分配给您的网格中的数据。");
        }
    }

    /** Refuses a change the user's role or grids do not allow. */
    public void requireEdit(Long gridId) {
        if (canEdit(gridId)) {
            return;
        }
        if (role() == Role.READ_ONLY) {
            throw new AccessDeniedException("“只读”账户只能查看和导出，不能修改数据。");
        }
        throw new AccessDeniedException("您只能修改分配给您的网格中的数据。");
    }

    /** Roster import: administrators only. */
    public void requireImport() {
        requireAdmin("导入花名册");
    }

    /** Exports: every role may export (read-only accounts get the masked variant). */
    public void requireExport() {
        current();
    }

    /** Restore, accounts, the whole audit log, settings: administrators only. */
    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw new AccessDeniedException("只有管理员可以" + what + "。");
        }
    }

    /**
     * True when ID numbers and phones must be masked in lists and exports for this user.
     * Administrators and grid workers need them to do their work; read-only accounts do not.
     */
    public boolean mustMaskPersonalData() {
        return role() == Role.READ_ONLY;
    }
}
