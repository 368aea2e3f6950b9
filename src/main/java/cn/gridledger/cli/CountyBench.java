package cn.gridledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.demo.DemoGenerator;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CountyService;
import cn.gridledger.logic.service.CountyService.ImportOutcome;
import cn.gridledger.model.Quarter;

/**
 * {@code bench --county N}: county consolidation (#16) of N demo townships of {@code --households} each. Setting up
 * (demo townships and their 县级汇总包) is timed apart; the figure is importing all packages into a county database,
 * then writing R1–R5 across the townships, with the heap's peak.
 */
final class CountyBench {

    private final Path dir;
    private final int townships;
    private final int households;
    private final PrintWriter err;

    CountyBench(Path dir, int townships, int households, PrintWriter err) {
        this.dir = dir;
        this.townships = townships;
        this.households = households;
        this.err = err;
    }

    void run(Map<String, Object> figures) throws Exception {
        if (townships < 1 || townships > DemoGenerator.townships()) {
            throw new IllegalArgumentException("--county 1.." + DemoGenerator.townships());
        }
        Path packages = Files.createDirectories(dir.resolve("packages"));
        long setup = System.nanoTime();
        List<Path> files = packages(packages);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        err.printf("准备：%d 个乡镇各 %d 户的演示数据和县级汇总包，用时 %.1f 秒（包共 %.0f MB）%n", townships, households,
                seconds(setup), bytes / 1e6);
        System.gc();
        try (AppServices county = AppServices.open(dir.resolve("county.db")); HeapWatch heap = new HeapWatch()) {
            county.county().init("云禾县");
            long start = System.nanoTime();
            List<ImportOutcome> outcomes = county.county().importSnapshots(files, Progress.NONE);
            double importS = seconds(start);
            long refused = outcomes.stream().filter(o -> !o.imported()).count();
            if (refused > 0) {
                outcomes.stream().filter(o -> !o.imported()).forEach(o -> err.println("  未导入：" + o.refusal()));
            }
            CountyService.Status s = county.county().status();
            long reportStart = System.nanoTime();
            var export = county.county().export(CountyService.REPORTS, Quarter.current(), dir.resolve("county-reports"),
                    Progress.NONE);
            double reportS = seconds(reportStart);
            err.printf("县级汇总：导入 %d 个乡镇 %d 户 %d 人，用时 %.2f 秒（%.0f 户/秒）；分乡镇 R1–R5 %d 个文件，用时 %.2f 秒；"
                    + "合计 %.2f 秒；堆内存峰值 %d MB（回收后最多 %d MB）%n", s.townships().size(), s.households(), s.members(),
                    importS, s.households() / importS, export.files().size(), reportS, importS + reportS, heap.maxUsedMb(),
                    heap.maxLiveAfterGcMb());
            figures.put("county_townships", s.townships().size());
            figures.put("county_households", s.households());
            figures.put("county_members", s.members());
            figures.put("county_import_s", round(importS));
            figures.put("county_reports_s", round(reportS));
            figures.put("county_total_s", round(importS + reportS));
            figures.put("county_peak_heap_mb", heap.maxUsedMb());
            figures.put("county_refused", refused);
        }
    }

    /** One demo township per database and its 县级汇总包, two at a time. */
    private List<Path> packages(Path out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Path>> pending = new ArrayList<>();
            for (int i = 0; i < townships; i++) {
                int township = i;
                pending.add(pool.submit(() -> {
                    try (AppServices t = AppServices.open(dir.resolve("township" + township + ".db"))) {
                        t.demo().generate(households, township + 1, DemoGenerator.defaultReferenceDate(), township,
                                Progress.NONE);
                        return t.county().exportSnapshot(out).file();
                    }
                }));
            }
            List<Path> files = new ArrayList<>();
            for (Future<Path> f : pending) {
                files.add(f.get());
            }
            return files;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double s) {
        return Math.round(s * 100) / 100.0;
    }
}
