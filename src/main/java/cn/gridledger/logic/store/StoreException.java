package cn.gridledger.logic.store;

import java.sql.SQLException;

import cn.gridledger.logic.UserFacingException;

/** A storage failure with a Chinese message that can be shown to the user as it is. */
public class StoreException extends UserFacingException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Translates the driver's errors that a user can act on; anything else is reported as a fault. */
    static StoreException of(SQLException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("SQLITE_FULL") || text.contains("disk is full")) {
            return new StoreException("磁盘空间已满，本次修改未保存。请清理磁盘后重试。", e);
        }
        if (text.contains("SQLITE_BUSY") || text.contains("database is locked")) {
            return new StoreException("数据库正忙（另一个操作尚未完成），本次修改未保存。请稍后重试。", e);
        }
        if (text.contains("SQLITE_CORRUPT") || text.contains("malformed")) {
            return new StoreException("数据库文件已损坏。请在“备份与设置”中从最近的备份恢复。", e);
        }
        if (text.contains("SQLITE_READONLY")) {
            return new StoreException("数据库文件为只读，无法保存修改。请检查文件权限。", e);
        }
        if (text.contains("UNIQUE constraint failed")) {
            return new StoreException("保存失败：存在重复的记录（" + text.replaceAll(".*UNIQUE constraint failed: ", "")
                    .replaceAll("\\)$", "") + "）。", e);
        }
        return new StoreException("数据库操作失败（程序内部错误）：" + text, e);
    }
}
