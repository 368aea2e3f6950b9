package cn.gridledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import java.util.Arrays;
import java.util.List;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.DemoService.DemoSummary;
import cn.gridledger.logic.service.SearchService.BenchFigures;
import cn.gridledger.logic.service.VisitService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Timings and peak heap of the main jobs, on a fresh temporary database (the user's data is never
 * touched). Figures whose issue has not landed yet are printed as null.
 */
@Command(name = "bench", description = "在临时数据库上测量主要操作的耗时和内存峰值")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--households", paramLabel = "N", defaultValue = "50000", description = "演示农户数（默认 ${DEFAULT-VALUE}）")
    int households;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100000", description = "导入测试的行数（默认 ${DEFAULT-VALUE}）")
    int rows;

    @Option(names = "--county", paramLabel = "N", description = "只测县级汇总：N 个演示乡镇（各 --households 户）导入县级汇总数据库并导出分乡镇的 R1–R5")
    Integer county;

    @picocli.CommandLine.ParentCommand
    GridLedgerCommand root;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("gridledger-bench");
        try {
            return measure(dir);
        } finally {
            deleteQuietly(dir); // a run leaves several hundred MB of databases and workbooks behind otherwise
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            java.util.logging.Logger.getLogger(BenchCommand.class.getName()).warning("bench folder left: " + dir);
        }
    }

    private Integer measure(Path dir) throws Exception {
        AppLog.init(dir); // log lines go to the file, the console shows only the figures
        Map<String, Object> figures = new LinkedHashMap<>();
        if (county != null) {
            new CountyBench(dir, county, households, spec.commandLine().getErr()).run(figures);
            if (root.json) {
                JsonOut.print(spec.commandLine().getOut(), figures);
            }
            return Cli.OK;
        }
        for (String key : new String[] {"households", "members", "demo_s", "search_p95_ms", "open_households_s",
                "import_rows", "import_s", "import_rows_per_s", "import_peak_heap_mb", "import_live_heap_mb", "import_process_s",
                "naive_read_s", "export_stats_s", "export_all_s", "window_s", "visits", "visit_filter_p95_ms",
                "visit_search_p95_ms", "export_visits_s", "class_data_sharing"}) {
            figures.put(key, null);
        }
        var err = spec.commandLine().getErr();
        // the whole-process figures start as the installed launcher does: with a class-data-sharing archive
        // made for this jar and Java (installer/build.sh makes the launcher's the same way)
        Path archive = ClassDataSharing.make(dir.resolve("cds"), err);
        figures.put("class_data_sharing", archive != null);
        try (AppServices app = AppServices.open(dir.resolve("bench.db"))) {
            // as the window does at start (while the user logs in): export_stats_s is a first export
            // in a program run, but with the Excel library already loaded
            app.preloadExcelLibrary();
            try {
                DemoSummary demo = app.demo().generate(households, 1, Progress.NONE);
                figures.put("households", demo.households());
                figures.put("members", demo.members());
                figures.put("demo_s", round(demo.seconds()));
                err.printf("演示数据：%d 户 %d 人，生成用时 %.2f 秒%n", demo.households(), demo.members(), demo.seconds());
            } catch (UserFacingException e) {
                err.println("演示数据：" + e.getMessage());
            }
            if (figures.get("households") != null) {
                benchExport(app, dir, err, figures);
                benchVisits(app, dir, err, figures);
            }
            new ImportBench(app, dir, rows, err, archive).run(figures);
        }
        // a program that has just started has none of the import's garbage in its heap (the import's
        // own figure is measured the same way, after a collection)
        System.gc();
        try (AppServices app = AppServices.open(dir.resolve("bench.db"))) {
            // A fresh open, as when the program starts and the 网格与农户 page is opened for the first time.
            BenchFigures s = app.search().benchmark(200, 1);
            figures.put("open_households_s", round(s.openSeconds()));
            figures.put("search_p95_ms", Math.round(s.keystrokeP95Ms() * 100) / 100.0);
            err.printf("农户列表打开：%.3f 秒（%d 户；全部成员可搜索：%.3f 秒）；搜索每次按键：95%% 在 %.2f 毫秒内"
                    + "（共 %d 次按键，最慢 %.2f 毫秒）%n", s.openSeconds(), s.households(), s.membersSearchableSeconds(),
                    s.keystrokeP95Ms(), s.keystrokes(), s.keystrokeMaxMs());
        }
        figures.put("window_s", new ProcessBench(err, archive).window(dir.resolve("bench.db")));
        if (root.json) {
            JsonOut.print(spec.commandLine().getOut(), figures);
        }
        return Cli.OK;
    }

    /** Exports R1–R5 (timed on its own) and then all reports; prints each report's seconds and rows. */
    private static void benchExport(AppServices app, Path dir, java.io.PrintWriter err, Map<String, Object> figures) {
        Request request = new Request(Quarter.current(), null, null);
        // R1–R5 as before #17 (R7 has a figure of its own), so the figure stays comparable
        List<ReportKind> statistics = Arrays.stream(ReportKind.values())
                .filter(k -> k.quarterly() && k != ReportKind.VISITS).toList();
        ExportSummary stats = app.reports().export(statistics, request, dir.resolve("stats"), false, Progress.NONE);
        err.printf("统计报表 R1–R5：%d 行，用时 %.2f 秒%n", stats.rows(), stats.seconds());
        err.println("  各表（两张同时导出，各表用时相加大于总用时）：" + breakdown(stats));
        figures.put("export_stats_s", round(stats.seconds()));
        ExportSummary all = app.reports().export(List.of(ReportKind.values()), request, dir.resolve("all"), false,
                Progress.NONE);
        err.printf("全部报表（含花名册）：%d 行，用时 %.2f 秒%n", all.rows(), all.seconds());
        err.println("  各表：" + breakdown(all));
        figures.put("export_all_s", round(all.seconds()));
    }

    /** The visit log (#17): the 走访 page's list filters and the R7 export, on the demo's visits. */
    private static void benchVisits(AppServices app, Path dir, java.io.PrintWriter err, Map<String, Object> figures) {
        VisitService.FilterBench b = app.visits().benchmark(200, 1);
        figures.put("visits", b.visits());
        figures.put("visit_filter_p95_ms", Math.round(b.p95Ms() * 100) / 100.0);
        figures.put("visit_search_p95_ms", Math.round(b.searchP95Ms() * 100) / 100.0);
        err.printf("走访记录列表筛选（%d 条走访记录）：95%% 在 %.2f 毫秒内（共 %d 次，最慢 %.2f 毫秒）；"
                + "按文字搜索：95%% 在 %.2f 毫秒内%n", b.visits(), b.p95Ms(), b.queries(), b.maxMs(), b.searchP95Ms());
        ExportSummary r7 = app.reports().export(List.of(ReportKind.VISITS), new Request(Quarter.current(), null, null),
                dir.resolve("visits"), false, Progress.NONE);
        figures.put("export_visits_s", round(r7.seconds()));
        err.printf("走访工作统计表 R7：%d 行，用时 %.2f 秒%n", r7.rows(), r7.seconds());
    }

    private static String breakdown(ExportSummary s) {
        return String.join("；", s.files().stream().map(f -> String.format("%s %.2f 秒 %d 行",
                f.kinds().get(0).title(), f.seconds(), f.rows())).toList());
    }

    static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
