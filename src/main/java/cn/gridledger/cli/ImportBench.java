package cn.gridledger.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.SyntheticCadreRoster;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/** The import figures of {@code bench}: a synthetic cadre roster imported (parse, check, classify, commit). */
final class ImportBench {

    /** A whole-workbook POI read of 100k × 25 cells needs far more than the importer; give the child room. */
    private static final String NAIVE_HEAP = "-Xmx3g";

    private final AppServices app;
    private final Path dir;
    private final int rows;
    private final PrintWriter err;
    private final Path archive;

    ImportBench(AppServices app, Path dir, int rows, PrintWriter err, Path archive) {
        this.app = app;
        this.dir = dir;
        this.rows = rows;
        this.err = err;
        this.archive = archive;
    }

    void run(Map<String, Object> figures) throws Exception {
        List<String> villages = villages();
        Path file = dir.resolve("bench-cadres.xlsx");
        SyntheticCadreRoster.write(file, rows, villages);
        err.printf("导入测试文件：%d 行 × %d 列，%.1f MB%n", rows, SyntheticCadreRoster.HEADER.size(),
                Files.size(file) / 1048576.0);

        // the database as the in-process import finds it, for the same import in a program of its own
        Path before = dir.resolve("before-import.db");
        app.backup().backupTo(before);

        System.gc();
        long start = System.nanoTime();
        ImportReport report;
        HeapWatch heap = new HeapWatch();
        try (heap) {
            report = app.importer().importFile(file, ImportService.Options.of(RosterKind.CADRE, null, false, false),
                    Progress.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("import_rows", report.rows().size());
        figures.put("import_s", BenchCommand.round(seconds));
        figures.put("import_rows_per_s", Math.round(report.rows().size() / seconds));
        figures.put("import_peak_heap_mb", heap.maxUsedMb());
        figures.put("import_live_heap_mb", heap.maxLiveAfterGcMb());
        err.printf("导入：%d 行（%s），用时 %.2f 秒，%d 行/秒；堆内存：占用峰值 %d MB（每 %d 毫秒采样，含未回收的垃圾），"
                + "垃圾回收后存活峰值 %d MB（上限 %d MB）%n", report.rows().size(), report.countsLine(), seconds,
                Math.round(report.rows().size() / seconds), heap.maxUsedMb(), HeapWatch.PERIOD_MS,
                heap.maxLiveAfterGcMb(), Runtime.getRuntime().maxMemory() / 1048576);
        figures.put("import_process_s", new ProcessBench(err, archive).importCadres(before, file));
        figures.put("naive_read_s", naiveRead(file));
    }

    /** The township the synthetic rows refer to, unless the demo already made one. */
    private List<String> villages() {
        if (!app.township().isSetUp()) {
            List<Village> list = new ArrayList<>();
            String[] names = {"安恕村", "东风村", "西坡村", "南庄村", "北岭村", "河湾村", "杏园村", "石桥村"};
            for (int i = 0; i < names.length; i++) {
                list.add(new Village(0, "130102100" + (201 + i), names[i], "村"));
            }
            app.township().setUp(new Township("130102100", "示例镇", "130102", "示例县"), list);
        }
        return app.township().villages().stream().map(Village::name).toList();
    }

    /** {@code new XSSFWorkbook(file)} in a child JVM with a large heap (it does not fit in the importer's). */
    private Double naiveRead(Path file) {
        try {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(javaBin, NAIVE_HEAP, "-cp", System.getProperty("java.class.path"),
                    NaiveReadProbe.class.getName(), file.toString()).redirectErrorStream(false).start();
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || out.isEmpty()) {
                err.println("整表读取对照（new XSSFWorkbook）未能完成，记为 null。");
                return null;
            }
            double s = BenchCommand.round(Double.parseDouble(out.lines().reduce((a, b) -> b).orElse(out)));
            err.printf("对照：POI 整表读取（new XSSFWorkbook，子进程 %s）用时 %.2f 秒%n", NAIVE_HEAP, s);
            return s;
        } catch (Exception e) {
            err.println("整表读取对照未能运行（" + e.getMessage() + "），记为 null。");
            return null;
        }
    }
}
