package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.QuarterSubmission;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export submit --quarter 2026Q3 FILE…} and {@code export submissions [--quarter 2026Q3]} (#15 报送):
 * register exported quarterly reports as handed to the county, and list what was submitted.
 */
final class SubmitCommands {

    private final GridLedgerCommand root;
    private final CommandSpec spec;

    SubmitCommands(GridLedgerCommand root, CommandSpec spec) {
        this.root = root;
        this.spec = spec;
    }

    int submit(Quarter q, List<Path> files) {
        var err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("请写出要报送的已导出文件，例如 export submit --quarter " + q.code() + " 安恕镇_网格基本情况统计表_" + q.code() + ".xlsx");
            return Cli.USAGE;
        }
        try (AppServices app = root.openServices()) {
            List<QuarterSubmission> done = app.submissions().submit(q, files);
            for (QuarterSubmission s : done) {
                err.printf("已报送 %s %s（%s），SHA-256 %s%n", q.label(), title(s), scope(s), s.sha256());
            }
            print(done);
            return Cli.OK;
        }
    }

    int list(Quarter q) {
        try (AppServices app = root.openServices()) {
            List<QuarterSubmission> all = q == null ? app.submissions().submissions() : app.submissions().submissions(q);
            var err = spec.commandLine().getErr();
            if (all.isEmpty()) {
                err.println(q == null ? "还没有报送过季度报表。" : q.label() + "还没有报送过报表。");
            }
            for (QuarterSubmission s : all) {
                err.printf("%s %s（%s） %s 报送于 %s，填报日期 %s，文件 %s，SHA-256 %s%n", s.quarter().label(), title(s), scope(s),
                        s.submittedBy(), s.submittedAt().replace('T', ' '), s.fillDate(), s.fileName(), s.sha256());
            }
            print(all);
            return Cli.OK;
        }
    }

    private void print(List<QuarterSubmission> list) {
        if (!root.json) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("submissions", list.stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("quarter", s.quarter().code());
            one.put("report", s.reportKind());
            one.put("village", s.villageCode());
            one.put("file", s.fileName());
            one.put("sha256", s.sha256());
            one.put("submittedBy", s.submittedBy());
            one.put("submittedAt", s.submittedAt());
            one.put("fillDate", s.fillDate().toString());
            return one;
        }).toList());
        JsonOut.print(spec.commandLine().getOut(), m);
    }

    private static String title(QuarterSubmission s) {
        return ReportKind.byCode(s.reportKind()).map(ReportKind::title).orElse(s.reportKind());
    }

    private static String scope(QuarterSubmission s) {
        return s.villageCode() == null ? "全乡镇" : "村 " + s.villageCode();
    }
}
