package cn.gridledger.cli;

import java.nio.file.Path;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code gridledger [--db FILE] [--json] COMMAND …} */
@Command(name = "gridledger",
        header = "网格台账 GridLedger —— 乡镇网格、农户与干部台账（命令行）",
        description = "不带参数（或只带 --db FILE）运行时打开窗口；带命令时在命令行中运行，不打开窗口。",
        synopsisHeading = "%n用法：",
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        footerHeading = "%n",
        usageHelpWidth = 100,
        versionProvider = GridLedgerCommand.Version.class,
        footer = {"退出码：0 完成；1 输入被拒绝或导入有错误（提示会说明原因和位置）；2 用法错误；3 程序内部错误。",
                "数据库默认位置：Windows %%APPDATA%%\\GridLedger\\gridledger.db",
                "　　　　　　　　Linux ~/.local/share/gridledger/gridledger.db",
                "也可以用环境变量 GRIDLEDGER_DB 指定。"},
        subcommands = {SetupCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class, CheckCommand.class, ExchangeCommand.class, CountyCommand.class, BenchCommand.class,
                ClassListTrainingCommand.class})
public final class GridLedgerCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "显示帮助并退出")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示程序版本和数据库结构版本并退出")
    boolean version;

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "使用指定的数据库文件（不存在时自动创建）")
    Path db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "另外在标准输出打印一行 JSON 结果")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The program's version and the database-structure version it creates and upgrades to. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"网格台账 GridLedger " + AppVersion.program(),
                "数据库结构版本 " + AppVersion.schema() + "（本程序新建和升级数据库到这个版本）",
                "Java " + System.getProperty("java.version") + "（" + System.getProperty("java.vendor") + "）"};
        }
    }

    Path databaseFile() {
        return DataLocation.resolve(db);
    }

    /** Opens the database for a command; the log goes beside it. */
    AppServices openServices() {
        Path file = databaseFile();
        AppLog.init(file.toAbsolutePath().getParent());
        return AppServices.openCheckingLater(file);
    }
}
