package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "导出季度报表或标准花名册（Excel）")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT",
            description = "grid-summary | cadre-structure | monitoring | points | reserve | cadre-roster | household-ledger | all")
    String report;

    @Option(names = "--quarter", paramLabel = "2026Q3", required = true, description = "统计季度")
    String quarter;

    @Option(names = "--out", paramLabel = "FILE-or-DIR", description = "输出文件或文件夹")
    Path out;

    @Option(names = "--village", paramLabel = "CODE", description = "只导出一个村（12 位区划代码）")
    String village;

    @Override
    public Integer call() {
        return NotYetAvailable.say(spec, "报表导出");
    }
}
