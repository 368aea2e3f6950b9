package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.SubmittedQuarterException;
import cn.gridledger.logic.service.ExchangeService;
import cn.gridledger.logic.service.ExchangeService.ConflictInfo;
import cn.gridledger.logic.service.ExchangeService.ConflictLine;
import cn.gridledger.logic.service.ExchangeService.Preview;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridledger exchange …}: exchange packages between laptops without a server (#16). */
@Command(name = "exchange", description = "交换包：不联网的电脑之间（乡镇与网格员笔记本）交换台账的改动",
        subcommands = {ExchangeCommand.Init.class, ExchangeCommand.Status.class, ExchangeCommand.Export.class,
            ExchangeCommand.Import.class, ExchangeCommand.Conflicts.class, ExchangeCommand.Resolve.class,
            ExchangeCommand.Undo.class, ExchangeCommand.PartnerScope.class})
final class ExchangeCommand extends CommandGroup {

    @Command(name = "init", description = "设置本机的交换身份（名称、范围）；从乡镇复制来的笔记本数据库须加 --copy")
    static final class Init extends GroupSubcommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "本机在交换中的名称，如 王家村1网格")
        String name;

        @Option(names = "--grids", split = ",", paramLabel = "CODE", description = "本机负责的网格代码（逗号分隔）；不写为全镇")
        List<String> grids = new ArrayList<>();

        @Option(names = "--copy", description = "本数据库是从另一台电脑复制来的：取得自己的身份，并把原电脑登记为交换对象")
        boolean copy;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var id = app.exchange().init(name, grids, copy);
                err().printf("本机交换身份：%s（范围：%s）%s%n安装标识：%s%n", id.name(), id.scope(),
                        id.copiedFrom() == null ? "" : "，复制自 " + app.exchange().partners().get(0).name(),
                        id.installationId());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("installation_id", id.installationId());
                m.put("name", id.name());
                m.put("scope", id.scope());
                json(m);
                return Cli.OK;
            }
        }
    }

    @Command(name = "status", description = "显示本机的交换身份和交换对象")
    static final class Status extends GroupSubcommand {
        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var id = app.exchange().identity();
                if (id.isEmpty()) {
                    err().println("本机还没有交换身份（第一次导出时自动以乡镇名称、全镇范围建立，或用 exchange init 设置）。");
                } else {
                    err().printf("本机：%s（范围：%s），安装标识 %s%n", id.get().name(), id.get().scope(), id.get().installationId());
                }
                List<Map<String, Object>> partners = new ArrayList<>();
                for (var p : app.exchange().partners()) {
                    err().printf("交换对象：%s（范围：%s）已发出第 %d 号，已导入第 %d 号%n", p.name(), p.scope(), p.lastSent(),
                            p.lastReceived());
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", p.name());
                    m.put("installation_id", p.installationId());
                    m.put("last_sent", p.lastSent());
                    m.put("last_received", p.lastReceived());
                    partners.add(m);
                }
                err().printf("未处理的冲突：%d 个%n", app.exchange().conflicts().size());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", id.map(ExchangeService.IdentityInfo::name).orElse(null));
                m.put("partners", partners);
                json(m);
                return Cli.OK;
            }
        }
    }

    @Command(name = "export", description = "导出给交换对象的交换包（自上次确认以来的改动）")
    static final class Export extends GroupSubcommand {
        @Option(names = "--to", required = true, paramLabel = "NAME", description = "交换对象的名称（或安装标识）")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE-or-DIR", description = "交换包文件（.glx），或放文件的文件夹")
        Path out;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var r = app.exchange().export(to, out);
                err().printf("已导出交换包第 %d 号给“%s”：%d 条记录%n文件：%s%n", r.packageNo(), r.partner(), r.records(), r.file());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", r.file().toString());
                m.put("package_no", r.packageNo());
                m.put("ack", r.ack());
                m.put("records", r.records());
                m.put("counts", r.counts());
                json(m);
                return Cli.OK;
            }
        }
    }

    @Command(name = "import", description = "导入交换对象发来的交换包（先预览；一次事务；导入前自动备份）")
    static final class Import extends GroupSubcommand {
        @Parameters(paramLabel = "FILE", description = "交换包文件（.glx）")
        Path file;

        @Option(names = "--dry-run", description = "只预览：列出新增、更新和冲突，不写入")
        boolean dryRun;

        @Option(names = "--late-reason", paramLabel = "TEXT",
                description = "交换包会修改已报送季度的数据时，填写修改原因，记入下次导出的补充说明；不加则此类交换包不导入")
        String lateReason;

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                Preview p;
                if (dryRun) {
                    p = app.exchange().preview(file);
                } else {
                    try {
                        p = app.exchange().importPackage(file, lateReason).preview();
                    } catch (SubmittedQuarterException e) {
                        LateReasonRefusal.print(err(), file, "此交换包会修改已报送季度的数据", e);
                        return Cli.REFUSED;
                    }
                }
                err().printf("%s“%s”（%s）的交换包第 %d 号：%s%n", dryRun ? "预览 " : "已导入 ", p.sender(), p.senderScope(),
                        p.packageNo(), p.countsLine());
                p.gridChanges().forEach(g -> err().println("  " + g));
                if (!p.householdRules().isEmpty()) {
                    err().println("逐项合并后会不符合农户填写规则的农户（涉及的项目保留本机的值，对方的值记入冲突清单）：");
                    p.householdRules().forEach(r -> err().println("  " + r));
                }
                if (!p.lateEdits().isEmpty()) {
                    err().println((dryRun ? "会修改已报送季度的数据（导入时需加 --late-reason）：" : "已报送季度内的修改：")
                            + String.join("；", p.lateEdits()));
                }
                for (ConflictLine c : p.conflicts()) {
                    err().printf("  冲突：%s 的“%s”：本机 %s，对方 %s%s%n", c.record(), c.field(), shown(c.mine()), shown(c.theirs()),
                            c.note() == null ? "" : "（" + c.note() + "）");
                }
                if (!p.conflicts().isEmpty()) {
                    err().println(dryRun ? "导入后冲突保留本机的值，可用 exchange conflicts 查看、exchange resolve 处理。"
                            : "冲突暂时保留本机的值：用 gridledger exchange conflicts 查看，gridledger exchange resolve 处理。");
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("sender", p.sender());
                m.put("package_no", p.packageNo());
                m.put("new", p.newRecords());
                m.put("changed", p.changedRecords());
                m.put("deleted", p.deletedRecords());
                m.put("conflicts", p.conflicts().size());
                m.put("lateEdits", p.lateEdits());
                m.put("householdRules", p.householdRules());
                m.put("committed", !dryRun);
                json(m);
                return Cli.OK;
            }
        }
    }

    @Command(name = "conflicts", description = "列出未处理的冲突（双方都改过的字段）")
    static final class Conflicts extends GroupSubcommand {
        @Override
        public Integer call() {
            try (AppServices app = open()) {
                List<ConflictInfo> open = app.exchange().conflicts();
                if (open.isEmpty()) {
                    err().println("没有未处理的冲突。");
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ConflictInfo c : open) {
                    err().printf("#%d %s 的“%s”：本机 %s；%s %s（%s）%n", c.id(), c.record(), c.fieldLabel(), shown(c.mine()),
                            c.partner(), shown(c.theirs()), c.theirUser() + " " + c.theirTime()
                            + (c.note() == null ? "" : "；" + c.note()));
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", c.id());
                    m.put("record", c.record());
                    m.put("field", c.field());
                    m.put("mine", c.mine());
                    m.put("theirs", c.theirs());
                    m.put("note", c.note());
                    m.put("partner", c.partner());
                    rows.add(m);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("conflicts", rows);
                json(m);
                return Cli.OK;
            }
        }
    }

    @Command(name = "resolve", description = "处理冲突：保留本机的值（mine）或采用对方的值（theirs）")
    static final class Resolve extends GroupSubcommand {
        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(paramLabel = "ID", description = "冲突编号（见 exchange conflicts）")
            Long id;

            @Option(names = "--all", description = "所有未处理的冲突")
            boolean all;
        }

        @Option(names = "--keep", required = true, paramLabel = "mine|theirs", description = "mine 保留本机；theirs 采用对方")
        String keep;

        @Override
        public Integer call() {
            ExchangeService.Keep k = switch (keep.strip().toLowerCase()) {
                case "mine" -> ExchangeService.Keep.MINE;
                case "theirs" -> ExchangeService.Keep.THEIRS;
                default -> throw new UserFacingException("--keep 只能是 mine（保留本机）或 theirs（采用对方），不是“" + keep + "”。");
            };
            try (AppServices app = open()) {
                int n;
                if (which.all) {
                    n = app.exchange().resolveAll(k);
                } else {
                    app.exchange().resolve(which.id, k);
                    n = 1;
                }
                err().printf("已处理 %d 个冲突（%s）。改动会在下一个交换包中发给对方。%n", n, k == ExchangeService.Keep.MINE ? "保留本机" : "采用对方");
                json(Map.of("resolved", n));
                return Cli.OK;
            }
        }
    }

    @Command(name = "partner", description = "改变网格员笔记本（交换对象）登记的网格范围：它以后的交换包可以含有这些网格（仅管理员）")
    static final class PartnerScope extends GroupSubcommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "交换对象的名称或安装标识")
        String name;

        @Option(names = "--grids", required = true, split = ",", paramLabel = "CODE", description = "它负责的网格代码（逗号分隔）")
        List<String> grids = new ArrayList<>();

        @Override
        public Integer call() {
            try (AppServices app = open()) {
                var p = app.exchange().setPartnerScope(name, grids);
                err().printf("交换对象“%s”的范围已改为 %s。%n", p.name(), p.scope());
                json(Map.of("name", p.name(), "scope", p.scope()));
                return Cli.OK;
            }
        }
    }

    @Command(name = "undo", description = "撤销最后一次导入的交换包（恢复到导入前的备份；导入后又有其他修改时不能撤销）")
    static final class Undo extends GroupSubcommand {
        @Override
        public Integer call() {
            try (AppServices app = open()) {
                app.exchange().undoLastImport();
                err().println("已撤销最后一次导入的交换包，数据库已恢复到导入前的备份（该交换包以后可以重新导入）。");
                json(Map.of("undone", true));
                return Cli.OK;
            }
        }
    }

    private static String shown(String value) {
        return value == null ? "（空）" : "“" + value + "”";
    }
}
