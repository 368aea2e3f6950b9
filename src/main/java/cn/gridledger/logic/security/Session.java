package cn.gridledger.logic.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import cn.gridledger.logic.report.ReportKind;

/**
 * Who is working now, and the one place that decides what they may see and do: township or grid scope,
 * masking of ID numbers and phones, and each right (import, restore, settings, accounts, which reports
 * to export). Every public service method asks it before it reads or changes data; a UI button that is
 * hidden or disabled is a convenience, never the guard. One Session per open database
 * ({@code AppServices.session()}).
 *
 * <p>A new Session starts as {@link CurrentUser#COMMAND_LINE} (the command line and tests need no
 * login); the window signs it out at start and signs the account in after the login dialog.
 */
public final class Session {

    /** The reports a grid worker may export, cut to one of their grids. */
    private static final Set<ReportKind> GRID_REPORTS =
            EnumSet.of(ReportKind.MONITORING, ReportKind.POINTS, ReportKind.HOUSEHOLD_LEDGER);

    private volatile CurrentUser user = CurrentUser.COMMAND_LINE;
    private volatile Consumer<String> refusals = message -> { };

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

    /**
     * Called with the message of every refusal of a signed-in user, so it can be audited
     * ({@code AppServices} records it as 拒绝). Must not throw and must not write in the caller's transaction.
     */
    public void onRefusal(Consumer<String> listener) {
        this.refusals = Objects.requireNonNull(listener);
    }

    /** Refuses anyone not signed in (the command line counts as signed in). */
    public void requireSignedIn() {
        current();
    }

    /**
     * The grids the user is limited to, or null when they see the whole township (administrators and
     * read-only accounts). A grid worker's rows outside these grids are never returned or exported.
     */
    public Set<Long> gridScope() {
        CurrentUser u = current();
        return u.role() == Role.GRID_WORKER ? u.gridIds() : null;
    }

    /** True when the user sees the whole township rather than some grids. */
    public boolean hasTownshipScope() {
        return gridScope() == null;
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
        return gridId != null ? canRead(gridId) : hasTownshipScope();
    }

    /**
     * The reports this user may export: everything for the township roles; for a grid worker only those
     * that can be cut to one grid (R3 监测对象, R4 积分, C2 农户台账). The others count or list a whole
     * village (grids, 村两委, 后备力量, 干部花名册), which holds other workers' grids.
     */
    public Set<ReportKind> exportableReports() {
        return hasTownshipScope() ? EnumSet.allOf(ReportKind.class) : EnumSet.copyOf(GRID_REPORTS);
    }

    /**
     * Refuses exporting {@code kind} for {@code gridId} (null = a village or the township) unless the
     * role allows that report for that scope.
     */
    public void requireExport(ReportKind kind, Long gridId) {
        if (hasTownshipScope()) {
            return;
        }
        if (!GRID_REPORTS.contains(kind)) {
            throw refuse("网格员不能导出“" + kind.title() + "”：它包含整个村的数据。请联系管理员。");
        }
        if (gridId == null) {
            throw refuse("网格员只能导出自己网格的报表：请在“范围”中选择您的网格。");
        }
        requireRead(gridId);
    }

    /** Refuses reading a record outside the user's grids. */
    public void requireRead(Long gridId) {
        if (!canRead(gridId)) {
            throw refuse("您只能查看分配给您的网格中的数据。");
        }
    }

    /** Refuses what only someone who sees the whole township may do ({@code what}: 查看全乡镇的…). */
    public void requireTownshipScope(String what) {
        if (!hasTownshipScope()) {
            throw refuse("您只能查看分配给您的网格中的数据，不能" + what + "。");
        }
    }

    /** Refuses a change the user's role or grids do not allow. */
    public void requireEdit(Long gridId) {
        if (canEdit(gridId)) {
            return;
        }
        if (role() == Role.READ_ONLY) {
            throw refuse("“只读”账户只能查看和导出，不能修改数据。");
        }
        throw refuse("您只能修改分配给您的网格中的数据。");
    }

    /** Roster import and undoing an import: administrators only. */
    public void requireImport() {
        requireAdmin("导入花名册");
    }

    /** Restoring a backup (or choosing the backup folder): administrators only. */
    public void requireRestore() {
        requireAdmin("从备份恢复");
    }

    /** Report definitions, the township, code lists, points items: administrators only. */
    public void requireSettings(String what) {
        requireAdmin(what);
    }

    /** Accounts and the whole audit log: administrators only. */
    public void requireAccounts(String what) {
        requireAdmin(what);
    }

    /** Restore, accounts, the whole audit log, settings: administrators only. */
    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw refuse("只有管理员可以" + what + "。");
        }
    }

    /**
     * True when ID numbers and phones must be masked in lists and exports for this user.
     * Administrators and grid workers need them to do their work; read-only accounts do not.
     */
    public boolean mustMaskPersonalData() {
        return role() == Role.READ_ONLY;
    }

    private AccessDeniedException refuse(String message) {
        try {
            refusals.accept(message);
        } catch (RuntimeException e) {
            // the refusal itself matters more than its audit entry
        }
        return new AccessDeniedException(message);
    }
}
