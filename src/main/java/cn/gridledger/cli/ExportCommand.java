package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.ExportedFile;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export REPORT --quarter 2026Q3 [--out FILE-or-DIR] [--village CODE]}: one workbook per report
 * into a folder (default: the current folder), or all into one .xlsx when --out names a file.
 */
@Command(name = "export", description = "导出季度报表或标准花名册（Excel）",
        footerHeading = "%n", footer = {"--out 为文件夹时每张报表一个文件（文件名如 安恕镇_网格基本情况统计表_2026Q3.xlsx）；"
                + "为 .xlsx 文件名时所选报表作为该文件的各个工作表。", "填表人、审核人、联系电话取程序中上次导出时填写的内容。",
                "报送：export submit --quarter 2026Q3 文件… 把已导出的季度报表登记为已报送（管理员）；"
                        + "export submissions 列出已报送的报表。已报送的季度再次导出时按报送时的版本重现。"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GridLedgerCommand root;

    @Parameters(index = "0", paramLabel = "REPORT",
            description = "grid-summary | cadre-structure | monitoring | points | reserve | cadre-roster | household-ledger | visits | changes | all"
                    + " | submit | submissions")
    String report;

    @Parameters(index = "1..*", paramLabel = "FILE", description = "submit 时：要报送的已导出文件")
    List<Path> files = List.of();

    @Option(names = "--quarter", paramLabel = "2026Q3", description = "统计季度（submissions 可省略）")
    String quarter;

    @Option(names = "--out", paramLabel = "FILE-or-DIR", description = "输出文件或文件夹（默认当前文件夹）")
    Path out;

    @Option(names = "--village", paramLabel = "CODE", description = "只导出一个村（12 位区划代码）")
    String village;

    @Option(names = "--masked", description = "脱敏导出：身份证号、电话只显示前后几位")
    boolean masked;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if ("submissions".equalsIgnoreCase(report.trim())) {
            return new SubmitCommands(root, spec).list(quarter == null ? null : Quarter.parse(quarter));
        }
        if (quarter == null) {
            err.println("缺少必填参数 --quarter：请指定统计季度，例如 --quarter 2026Q3。");
            return Cli.USAGE;
        }
        Quarter q = Quarter.parse(quarter);
        if (q == null) {
            err.println("季度格式不对：“" + quarter + "”。应写成 2026Q3 这样的形式。");
            return Cli.USAGE;
        }
        if ("submit".equalsIgnoreCase(report.trim())) {
            return new SubmitCommands(root, spec).submit(q, files);
        }
        if (!files.isEmpty()) {
            err.println("多余的参数：" + files + "。导出只需一张报表的名称；报送请写 export submit --quarter " + q.code() + " 文件…");
            return Cli.USAGE;
        }
        List<ReportKind> kinds;
        if ("all".equalsIgnoreCase(report.trim())) {
            kinds = Arrays.asList(ReportKind.values());
        } else {
            Optional<ReportKind> kind = ReportKind.byCode(report);
            if (kind.isEmpty()) {
                err.println("没有名为“" + report + "”的报表。可选：" + String.join(" | ",
                        Arrays.stream(ReportKind.values()).map(ReportKind::code).toList()) + " | all");
                return Cli.USAGE;
            }
            kinds = List.of(kind.get());
        }
        Path target = out != null ? out : Path.of("").toAbsolutePath();
        try (AppServices app = root.openServices()) {
            ExportSummary s = app.reports().export(kinds, new Request(q, village, null), target, false, masked,
                    new CliProgress(err));
            for (ExportedFile f : s.files()) {
                err.printf("已导出 %s（%d 行）%n", f.file(), f.rows());
            }
            err.printf("共 %d 个文件，%d 行，用时 %.2f 秒。%n", s.files().size(), s.rows(), s.seconds());
            if (root.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("quarter", q.code());
                m.put("files", s.files().stream().map(f -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("file", f.file().toString());
                    one.put("reports", f.kinds().stream().map(ReportKind::code).toList());
                    one.put("rows", f.rows());
                    return one;
                }).toList());
                m.put("rows", s.rows());
                m.put("seconds", BenchCommand.round(s.seconds()));
                JsonOut.print(spec.commandLine().getOut(), m);
            }
            return Cli.OK;
        }
    }
}
