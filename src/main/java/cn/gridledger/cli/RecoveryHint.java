package cn.gridledger.cli;

import java.io.PrintWriter;

import cn.gridledger.logic.io.DamagedDatabaseException;
import cn.gridledger.logic.service.BackupService;

/** After "the database is damaged": the newest good backup and the command that restores it. */
final class RecoveryHint {

    private RecoveryHint() {
    }

    static void print(PrintWriter err, DamagedDatabaseException e) {
        var newest = BackupService.newestGoodBackup(e.file());
        if (newest.isPresent()) {
            err.println("最近的完好备份：" + newest.get().path() + "（" + newest.get().kind().label() + "，"
                    + newest.get().createdAt().toString().replace('T', ' ') + "）");
            err.println("恢复命令：gridledger --db \"" + e.file() + "\" restore \"" + newest.get().path() + "\"");
        } else {
            err.println("备份文件夹中没有找到完好的备份。如有其他备份文件，请用 gridledger restore 文件 恢复。");
        }
    }
}
