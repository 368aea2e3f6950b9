package cn.gridledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.importer.header.ColumnMapping;
import org.apache.poi.ss.util.CellReference;
import java.util.concurrent.Callable;

import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportRefusedException;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.logic.service.SubmittedQuarterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "从 Excel/CSV 导入干部花名册或农户台账",
        subcommands = {ImportCommand.Cadres.class, ImportCommand.Households.class})
final class ImportCommand implements Runnable {

    /** At most this many problems are listed on stderr; the error workbook has them all. */
    private static final int LISTED_PROBLEMS = 20;

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

        @ParentCommand
        ImportCommand parent;

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

        @Option(names = "--village", paramLabel = "CODE", description = "本表所属村的 12 位代码（表中没有村列、标题也没写村名时用）")
        String village;

        @Option(names = "--add-villages", description = "表中出现本乡镇没有的村时，先把这些村添加到本乡镇（自动编号，记入操作日志）再导入")
        boolean addVillages;

        @Option(names = "--mapping", paramLabel = "NAME", description = "套用在程序中保存过的列对应方案（默认自动套用为同样表头保存的方案）")
        String mapping;

        @Option(names = "--missing", paramLabel = "迁出|死亡|其他",
                description = "再次导入完整台账时，表中没有出现的现有成员（可能迁出/死亡）按此原因移出；不加则一律保留在原户")
        String missing;

        @Option(names = "--missing-date", paramLabel = "YYYY-MM-DD", description = "移出日期（默认今天），季度报表按此日统计")
        String missingDate;

        @Option(names = "--missing-who", paramLabel = "身份证号或姓名", split = ",",
                description = "只移出名单中的这几人（逗号分隔）；不加则移出名单中的全部人员")
        List<String> missingWho;

        @Option(names = "--missing-note", paramLabel = "TEXT", description = "移出说明（如 迁往县城、死亡证明编号）")
        String missingNote;

        @Option(names = "--late-reason", paramLabel = "TEXT",
                description = "导入会修改已报送季度内的数据（如入户日期、迁出日期、任职时间、入库时间落在已报送季度）时，填写修改原因，"
                        + "记入下次导出的补充说明；不加则此类导入不执行")
        String lateReason;

        /** What --missing chose, for the report after the import. */
        private List<cn.gridledger.model.MemberDeparture> departures = List.of();

        abstract RosterKind kind();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("找不到要导入的文件：" + file);
                return Cli.REFUSED;
            }
            try (AppServices app = parent.root.openServices()) {
                ImportService.Options options = ImportService.Options.of(kind(), sheet, dryRun, strict).village(village)
                        .mapping(mapping).lateEditReason(lateReason);
                ImportReport report;
                try {
                    if (addVillages) {
                        addVillagesNamedIn(app, options, err);
                    }
                    if (missing != null) {
                        MissingChoice choice = MissingChoice.parse(missing, missingDate, missingWho, missingNote);
                        departures = choice.pick(app.importer().analyse(file, options, cn.gridledger.logic.Progress.NONE)
                                .missingMembers());
                        options = options.departures(departures);
                    }
                    report = app.importer().importFile(file, options, new CliProgress(err));
                } catch (ImportRefusedException | MissingChoice.Refused e) {
                    err.println("无法导入 " + file.getFileName() + "：" + e.getMessage());
                    return Cli.REFUSED;
                } catch (SubmittedQuarterException e) {
                    return refusedLate(err, e);
                }
                explain(err, report);
                MissingList.print(err, report, departures, missing != null);
                if (errors != null && !report.issues().isEmpty()) {
                    Path written = app.importer().writeErrorWorkbook(report, errors);
                    err.println("错误标注表已保存：" + written + "（有问题的单元格已标红并加批注，见“错误汇总”工作表）");
                }
                if (parent.root.json) {
                    JsonOut.print(spec.commandLine().getOut(), json(report));
                }
                return strict && report.errorRows() > 0 ? Cli.REFUSED : Cli.OK;
            }
        }

        /** Facts of a submitted quarter without --late-reason: listed, and nothing was written. */
        private int refusedLate(PrintWriter err, SubmittedQuarterException e) {
            LateReasonRefusal.print(err, file, "本次导入会修改已报送季度内的数据", e);
            if (parent.root.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("committed", false);
                m.put("lateEdits", e.facts());
                JsonOut.print(spec.commandLine().getOut(), m);
            }
            return Cli.REFUSED;
        }

        /** A first pass that writes nothing finds the unknown villages; they are added before the import. */
        private void addVillagesNamedIn(AppServices app, ImportService.Options options, PrintWriter err) {
            ImportReport probe = app.importer().analyse(file, options, cn.gridledger.logic.Progress.NONE);
            if (probe.unknownVillages().isEmpty()) {
                return;
            }
            var added = app.township().addVillages(app.township().withCodes(probe.unknownVillages()));
            for (var v : added) {
                err.println("已添加村（社区）：" + v.name() + "（代码 " + v.code() + "）");
            }
        }

        private void explain(PrintWriter err, ImportReport r) {
            err.println("文件：" + r.file().getFileName() + "　工作表：" + r.sheetNames() + "　表头在第 " + r.headerRow()
                    + " 行　识别到 " + r.rows().size() + " 行数据");
            err.println(r.countsLine());
            int listed = 0;
            for (RowOutcome row : r.rows()) {
                for (CellIssue i : row.issues()) {
                    if (listed++ < LISTED_PROBLEMS) {
                        err.println("  " + (r.sheets().size() > 1 ? i.sheet() + " " : "") + (i.isError() ? "错误 " : "提示 ")
                                + i.describe());
                    }
                }
            }
            if (listed > LISTED_PROBLEMS) {
                err.println("  …… 共 " + listed + " 处问题" + (errors == null ? "，用 --errors OUT.xlsx 生成错误标注表查看全部" : ""));
            }
            r.notes().stream().filter(n -> n.warning()).forEach(n -> err.println("  提示 " + n.message()));
            if (!r.unknownVillages().isEmpty() && !addVillages) {
                err.println("  表中有本乡镇没有的村：" + String.join("、", r.unknownVillages().keySet())
                        + "。如确属本乡镇，加 --add-villages 先添加这些村再导入");
            }
            lateEdits(err, r);
            if (r.committed()) {
                err.println("已导入：新增 " + r.newRows() + " 行，更新 " + r.changedRows() + " 行"
                        + (r.errorRows() > 0 ? "；有错误的 " + r.errorRows() + " 行未导入" : "") + "。");
            } else if (dryRun) {
                err.println("试运行（--dry-run），数据库未做任何修改。");
            } else if (strict && r.errorRows() > 0) {
                err.println("有 " + r.errorRows() + " 行错误，按 --strict 要求全部未导入，数据库未做任何修改。");
            }
        }

        /** What the import changes (or would change) inside submitted quarters. */
        private void lateEdits(PrintWriter err, ImportReport r) {
            if (r.lateEdits().isEmpty()) {
                return;
            }
            if (r.committed()) {
                err.println("已报送季度内的修改 " + r.lateEdits().size() + " 项，原因“" + lateReason.strip()
                        + "”已记录，将列入下次导出的补充说明：");
            } else {
                err.println("以下 " + r.lateEdits().size() + " 项修改涉及已报送的季度，"
                        + (lateReason == null || lateReason.isBlank() ? "导入时需加 --late-reason 填写修改原因："
                                : "导入时将记录 --late-reason 给出的原因："));
            }
            r.lateEdits().forEach(f -> err.println("  " + f));
        }

        private Map<String, Object> json(ImportReport r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("sheet", r.sheetNames());
            m.put("headerRow", r.headerRow());
            m.put("rows", r.rows().size());
            m.put("new", r.count(RowClass.NEW));
            m.put("changed", r.count(RowClass.CHANGED));
            m.put("unchanged", r.count(RowClass.UNCHANGED));
            m.put("errors", r.count(RowClass.ERROR));
            m.put("warnings", r.warningRows());
            m.put("committed", r.committed());
            List<Map<String, Object>> columns = new ArrayList<>();
            for (ColumnMapping.Column c : r.columns()) {
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("letter", CellReference.convertNumToColString(c.index()));
                col.put("label", c.sourceLabel());
                col.put("field", c.field() == null ? ColumnMapping.NOT_IMPORTED : c.field().displayName());
                columns.add(col);
            }
            m.put("columns", columns);
            m.put("unknownVillages", new ArrayList<>(r.unknownVillages().keySet()));
            m.put("missingMembers", MissingList.json(r, departures));
            m.put("lateEdits", r.lateEdits());
            return m;
        }
    }

    @Command(name = "cadres", description = "导入干部花名册（村两委、驻村干部、后备干部等）")
    static final class Cadres extends Kind {
        @Override
        RosterKind kind() {
            return RosterKind.CADRE;
        }
    }

    @Command(name = "households", description = "导入农户信息台账（按户编号或户主身份证号组户）")
    static final class Households extends Kind {
        @Override
        RosterKind kind() {
            return RosterKind.HOUSEHOLD;
        }
    }
}
