package cn.gridledger.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.MaintenanceService.CheckReport;
import cn.gridledger.model.CheckFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "检查数据库完整性和数据一致性")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    GridLedgerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices app = root.openServices()) {
            CheckReport report = app.maintenance().check();
            err.println("数据库：" + app.databaseFile() + "（结构版本 " + report.schemaVersion() + "）");
            if (report.findings().isEmpty()) {
                err.println("检查通过：数据库完整，未发现不一致的数据。");
            }
            for (CheckFinding f : report.findings()) {
                err.println((f.error() ? "错误：" : "提示：") + f.message());
            }
            if (root.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("database", app.databaseFile().toString());
                m.put("schemaVersion", report.schemaVersion());
                m.put("ok", !report.hasErrors());
                m.put("errors", report.findings().stream().filter(CheckFinding::error).map(CheckFinding::message).toList());
                m.put("warnings", report.findings().stream().filter(f -> !f.error()).map(CheckFinding::message).toList());
                JsonOut.print(spec.commandLine().getOut(), m);
            }
            return report.hasErrors() ? Cli.REFUSED : Cli.OK;
        }
    }
}
