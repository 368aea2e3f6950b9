package cn.gridledger.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.UserFacingException;
import picocli.CommandLine;

/**
 * Runs one headless command. Exit status per cli.md: 0 done; 1 input refused (the message says why);
 * 2 usage; 3 internal fault (a bug: the message says so, with the log's path).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GridLedgerCommand());
        cl.setOut(ConsoleCharset.stdoutWriter());
        cl.setErr(ConsoleCharset.stderrWriter());
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> fault(e, commandLine));
        return cl;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("参数错误：" + ChineseUsage.explain(e));
        err.println("用 “gridledger " + cl.getCommandSpec().qualifiedName(" ").replaceFirst("^gridledger ?", "")
                + " --help” 查看用法。");
        return USAGE;
    }

    private static int fault(Exception e, CommandLine cl) {
        PrintWriter err = cl.getErr();
        if (e instanceof UserFacingException) {
            err.println(e.getMessage());
            if (e instanceof cn.gridledger.logic.io.DamagedDatabaseException damaged) {
                RecoveryHint.print(err, damaged);
            }
            return REFUSED;
        }
        LOG.log(Level.SEVERE, "internal fault in command " + cl.getCommandName(), e);
        err.println("程序内部错误（这是程序缺陷，不是您的操作问题）：" + e.getClass().getSimpleName()
                + "。详细信息已写入日志：" + AppLog.file() + "。请将该日志发给技术支持。");
        return INTERNAL;
    }
}
