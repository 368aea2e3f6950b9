package cn.gridledger.logic.security;

import java.util.Arrays;

/** What an audit record describes. The Chinese label is what is stored and shown. */
public enum AuditAction {
    CREATE("新增"),
    UPDATE("修改"),
    DELETE("删除"),
    IMPORT("导入"),
    EXPORT("导出"),
    /** An exchange package written (#16): unlike a report export it moves the exchange state on, so it counts as a change. */
    EXCHANGE_EXPORT("导出交换包"),
    BACKUP("备份"),
    RESTORE("恢复"),
    UNDO_IMPORT("撤销导入"),
    /** A quarter's exported reports marked as handed to the county (#15). */
    SUBMIT("报送"),
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    ACCOUNT("账户"),
    /** A signed-in user was refused something their role or grids do not allow. */
    REFUSED("拒绝");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AuditAction ofLabel(String label) {
        return Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst().orElse(UPDATE);
    }
}
