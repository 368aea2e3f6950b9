package cn.gridledger.logic.security;

import java.util.Arrays;

import cn.gridledger.logic.UserFacingException;

/** What an account may do. The Chinese label is what is stored and shown. */
public enum Role {
    /** Everything: all grids, import, restore, accounts, the whole audit log. */
    ADMIN("管理员"),
    /** Reads and edits only the grids assigned to them; no roster import, no restore. */
    GRID_WORKER("网格员"),
    /** Views and exports only; ID numbers and phones masked. */
    READ_ONLY("只读");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Role ofLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst()
                .orElseThrow(() -> new UserFacingException("未知的角色：" + label));
    }
}
