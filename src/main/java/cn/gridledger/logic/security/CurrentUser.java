package cn.gridledger.logic.security;

import java.util.Set;

/**
 * Who is working: the signed-in account, or the command line / the program itself.
 *
 * @param id          account id, 0 for {@link #COMMAND_LINE}
 * @param username    login name
 * @param displayName shown in the header and written to the audit log as "who"
 * @param role        what they may do
 * @param gridIds     grids a {@link Role#GRID_WORKER} may read and edit (ignored for other roles)
 */
public record CurrentUser(long id, String username, String displayName, Role role, Set<Long> gridIds) {

    /**
     * The command line (and tests, and background jobs started before anyone signs in). Whoever runs
     * it can read the database file anyway, so it acts as an administrator and is audited as 命令行.
     */
    public static final CurrentUser COMMAND_LINE = new CurrentUser(0, "cli", "命令行", Role.ADMIN, Set.of());

    public CurrentUser {
        gridIds = Set.copyOf(gridIds);
    }

    /** "张敏（管理员）" for the header. */
    public String headerText() {
        return displayName + "（" + role.label() + "）";
    }

    public boolean isAccount() {
        return id > 0;
    }
}
