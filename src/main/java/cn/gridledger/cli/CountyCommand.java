package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CountyService;
import cn.gridledger.logic.service.CountyService.HeldCopy;
import cn.gridledger.logic.service.CountyService.ImportOutcome;
import cn.gridledger.model.Quarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridledger county …}: 县级汇总 — a township's snapshot for the county, and the county's consolidation (#16). */
@Command(name = "county", description = "县级汇总：乡镇导出县级汇总包；县里导入各乡镇的包，导出分乡镇汇总的 R1–R5",
        subcommands = {CountyCommand.Snapshot.class, CountyCommand.Init.class, CountyCommand.Import.class,
            CountyCommand.Status.class, CountyCommand.Remove.class, CountyCommand.Export.class})
final class CountyCommand extends CommandGroup {

    @Command(name = "snapshot", description = "（乡镇电脑）导出本乡镇的县级汇总包：全镇的数据，不含账户、操作日志和密钥")
    static final class Snapshot extends GroupSubcommand {
        @Option(names = "--out", required = true, paramLabel = "FILE-or-DIR", description = "县级汇总包文件（.glx），或放文件的文件夹")
        Path out;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var r = app.county().exportSnapshot(out);
                err().printf("已导出%s的县级汇总包第 %d 号：%d 户 %d 人%n文件：%s%n", r.township(), r.snapshotNo(), r.households(),
                        r.members(), r.file());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", r.file().toString());
                m.put("snapshot_no", r.snapshotNo());
                m.put("households", r.households());
                m.put("members", r.members());
                json(m);
                return Cli.OK;
            }
        }
    }

    @Command(name = "init", description = "（县里）把本数据库设为县级汇总数据库（用一个单独的新数据库）")
    static final class Init extends GroupSubcommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "县（市、区）名称，印在汇总表的标题上")
        String name;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var s = app.county().init(name);
                err().printf("本数据库已设为“%s”的县级汇总数据库；乡镇的数据放在 %s%n", s.county(), s.folder());
                json(Map.of("county", s.county(), "folder", s.folder().toString()));
                return Cli.OK;
            }
        }
    }

    @Command(name = "import", description = "（县里）导入乡镇的县级汇总包（可一次导入多个；每个乡镇保留最新的一份）")
    static final class Import extends GroupSubcommand {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "县级汇总包文件（.glx）")
        List<Path> files;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                long start = System.nanoTime();
                List<ImportOutcome> outcomes = app.county().importSnapshots(files, new CliProgress(err()));
                double seconds = (System.nanoTime() - start) / 1e9;
                List<Map<String, Object>> list = new ArrayList<>();
                int refused = 0;
                for (ImportOutcome o : outcomes) {
                    if (o.imported()) {
                        err().printf("已导入 %s（%s）第 %d 号：%d 户 %d 人%s%n", o.township(), o.code(), o.snapshotNo(),
                                o.households(), o.members(), o.replaced() ? "（替换了此前的一份）" : "");
                    } else {
                        refused++;
                        err().printf("未导入 %s：%s%n", o.file().getFileName(), o.refusal());
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", o.file().toString());
                    m.put("township", o.code());
                    m.put("imported", o.imported());
                    m.put("refusal", o.refusal());
                    list.add(m);
                }
                err().printf("共 %d 个文件：导入 %d 个，未导入 %d 个，用时 %.1f 秒%n", outcomes.size(), outcomes.size() - refused,
                        refused, seconds);
                json(Map.of("files", list, "seconds", seconds));
                return refused == 0 ? Cli.OK : Cli.REFUSED;
            }
        }
    }

    @Command(name = "status", description = "（县里）列出已导入的乡镇和各自汇总包的日期")
    static final class Status extends GroupSubcommand {
        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var s = app.county().status();
                if (s.county() == null) {
                    err().println("本数据库不是县级汇总数据库（可用 county init --name 县名 设置）。");
                    return Cli.OK;
                }
                err().printf("%s：%d 个乡镇，%d 户 %d 人（数据文件夹 %s）%n", s.county(), s.townships().size(), s.households(),
                        s.members(), s.folder());
                List<Map<String, Object>> list = new ArrayList<>();
                for (HeldCopy t : s.townships()) {
                    err().printf("  %s %s：第 %d 号，%s 导出，%d 户 %d 人%n", t.code(), t.name(), t.snapshotNo(),
                            t.exportedAt().replace('T', ' '), t.households(), t.members());
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", t.code());
                    m.put("name", t.name());
                    m.put("snapshot_no", t.snapshotNo());
                    m.put("exported_at", t.exportedAt());
                    m.put("households", t.households());
                    list.add(m);
                }
                json(Map.of("county", s.county(), "townships", list));
                return Cli.OK;
            }
        }
    }

    @Command(name = "remove", description = "（县里）移除一个乡镇的数据（例如乡镇换了电脑，需要重新登记）")
    static final class Remove extends GroupSubcommand {
        @Parameters(paramLabel = "CODE", description = "乡镇代码（9 位）")
        String code;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                app.county().remove(code);
                err().printf("已移除乡镇 %s%n", code);
                return Cli.OK;
            }
        }
    }

    @Command(name = "export", description = "（县里）导出分乡镇汇总的报表：grid-summary cadre-structure monitoring points reserve，或 all")
    static final class Export extends GroupSubcommand {
        @Parameters(paramLabel = "REPORT", arity = "1..*", description = "报表名称，或 all（R1–R5）")
        List<String> reports;

        @Option(names = "--quarter", required = true, paramLabel = "2026Q3", description = "统计季度")
        String quarter;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "放报表的文件夹")
        Path out;

        @Override
        public Integer call() {
            Quarter q = Quarter.parse(quarter);
            if (q == null) {
                err().println("季度格式不对：“" + quarter + "”。应写成 2026Q3 这样的形式。");
                return Cli.USAGE;
            }
            List<ReportKind> kinds = new ArrayList<>();
            for (String r : reports) {
                if (r.equalsIgnoreCase("all")) {
                    kinds.addAll(CountyService.REPORTS);
                    continue;
                }
                ReportKind k = ReportKind.byCode(r).filter(CountyService.REPORTS::contains).orElseThrow(() ->
                        new UserFacingException("县级汇总没有报表“" + r + "”。可选：grid-summary、cadre-structure、monitoring、"
                                + "points、reserve，或 all。"));
                kinds.add(k);
            }
            try (AppServices app = open()) {
                var r = app.county().export(kinds, q, out, new CliProgress(err()));
                r.files().forEach(f -> err().println("已导出：" + f));
                err().printf("共 %d 个文件，用时 %.1f 秒%n", r.files().size(), r.seconds());
                json(Map.of("files", r.files().stream().map(Path::toString).toList(), "seconds", r.seconds()));
                return Cli.OK;
            }
        }
    }
}
