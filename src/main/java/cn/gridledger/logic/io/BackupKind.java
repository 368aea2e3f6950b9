package cn.gridledger.logic.io;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was made; part of its file name, e.g. {@code gridledger-daily-20260930-081200.db}. */
public enum BackupKind {
    DAILY("daily", "每日自动", true),
    EXIT("exit", "退出时", true),
    MANUAL("manual", "手动", true),
    PRE_IMPORT("pre-import", "导入前", false),
    PRE_RESTORE("pre-restore", "恢复前", false),
    PRE_MIGRATION("pre-migration", "升级前", false);

    private final String fileTag;
    private final String label;
    private final boolean regular;

    BackupKind(String fileTag, String label, boolean regular) {
        this.fileTag = fileTag;
        this.label = label;
        this.regular = regular;
    }

    public String fileTag() {
        return fileTag;
    }

    public String label() {
        return label;
    }

    /** Regular copies rotate as 7 daily + 4 weekly; the others are kept for 30 days. */
    public boolean regular() {
        return regular;
    }

    public static Optional<BackupKind> ofTag(String tag) {
        return Arrays.stream(values()).filter(k -> k.fileTag.equals(tag)).findFirst();
    }
}
