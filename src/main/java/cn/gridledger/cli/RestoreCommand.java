package cn.gridledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.io.BackupCheck;
import cn.gridledger.logic.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Works without opening the current database, so it also repairs a database that is damaged. */
@Command(name = "restore", description = "校验备份文件，保留当前数据库副本后用备份替换")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    GridLedgerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "备份文件")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path database = root.databaseFile().toAbsolutePath().normalize();
        AppLog.init(database.getParent());
        BackupCheck check = BackupService.verify(file);
        if (!check.ok()) {
            err.println("备份文件不能用于恢复：" + check.problem() + "当前数据库未被替换。");
            return Cli.REFUSED;
        }
        BackupService.Restored restored = BackupService.restore(database, file, "命令行");
        restored.services().close();
        err.println("已从备份恢复：" + file + "（乡镇：" + (check.township() == null ? "未设置" : check.township())
                + "，" + check.households() + " 户，结构版本 " + check.schemaVersion() + "）");
        if (restored.keptAside() != null) {
            err.println("原数据库已保留在：" + restored.keptAside());
        }
        if (root.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("database", database.toString());
            m.put("restoredFrom", file.toAbsolutePath().toString());
            m.put("keptAside", restored.keptAside() == null ? null : restored.keptAside().toString());
            m.put("households", check.households());
            JsonOut.print(spec.commandLine().getOut(), m);
        }
        return Cli.OK;
    }
}
