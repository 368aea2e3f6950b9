package cn.gridledger.logic.io;

import java.nio.file.Path;

import cn.gridledger.logic.UserFacingException;

/**
 * The database file failed SQLite's integrity check (or is not a database at all) when opening.
 * The window answers with a list of backups to restore; the command line names the newest good
 * backup and the {@code restore} command.
 */
public final class DamagedDatabaseException extends UserFacingException {

    private final Path file;

    public DamagedDatabaseException(Path file, String detail, Throwable cause) {
        super("数据库文件已损坏：" + file + "（" + detail + "）。请从最近的备份恢复。", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
