package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "从 Excel/CSV 导入干部花名册或农户台账",
        subcommands = {ImportCommand.Cadres.class, ImportCommand.Households.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GridLedgerCommand root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Options shared by both kinds of import. */
    abstract static class Kind implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "要导入的 .xlsx / .xls / .csv 文件")
        Path file;

        @Option(names = "--sheet", paramLabel = "NAME", description = "只导入指定名称的工作表")
        String sheet;

        @Option(names = "--dry-run", description = "只检查、分类，不写入数据库")
        boolean dryRun;

        @Option(names = "--strict", description = "只要有一行错误就全部不导入（退出码 1）")
        boolean strict;

        @Option(names = "--errors", paramLabel = "OUT.xlsx", description = "把有问题的单元格标红、加批注，另存为此文件")
        Path errors;

        @Override
        public Integer call() {
            return NotYetAvailable.say(spec, "导入");
        }
    }

    @Command(name = "cadres", description = "导入干部花名册（村两委、驻村干部、后备干部等）")
    static final class Cadres extends Kind {
    }

    @Command(name = "households", description = "导入农户信息台账（按户编号或户主身份证号组户）")
    static final class Households extends Kind {
    }
}
