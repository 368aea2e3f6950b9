package cn.gridledger.logic.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.export.WorkbookExporter;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.PersonalDataMask;
import cn.gridledger.logic.report.ReportContext;
import cn.gridledger.logic.report.ReportData;
import cn.gridledger.logic.report.ReportFacts.GridRef;
import cn.gridledger.logic.report.ReportFacts.VillageRef;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.report.Reports;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.GridRepository;
import cn.gridledger.logic.store.QuarterSubmissionRepository;
import cn.gridledger.model.QuarterSubmission;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/**
 * The quarterly statistics (R1–R5) and standard rosters (C1, C2): table models for the preview, and
 * export to .xlsx, one workbook per report or all reports as sheets of one workbook.
 */
public final class ReportService {

    private final Database db;
    private final ReportData data;
    private final QuarterSubmissionRepository submissions = new QuarterSubmissionRepository();
    private final ReportSettingsService settings;
    private final Session session;
    private final AuditService audit;

    ReportService(Database db, ReportSettingsService settings, Session session, AuditService audit) {
        this.db = db;
        this.data = new DatabaseReportData(db);
        this.settings = settings;
        this.session = session;
        this.audit = audit;
    }

    /**
     * Which reports, for which quarter and scope: {@code villageCode} null = the whole township;
     * {@code gridId} (when not null) one grid, which a grid worker must name.
     */
    public record Request(Quarter quarter, String villageCode, Footer footer, Long gridId) {
        public Request(Quarter quarter, String villageCode, Footer footer) {
            this(quarter, villageCode, footer, null);
        }
    }

    /** One entry of the export page's 范围 list: the township, a village or a grid, with its name. */
    public record ExportScope(String label, String villageCode, Long gridId) {
    }

    /** One file written: the reports in it, their data rows, and the seconds it took to write. */
    public record ExportedFile(Path file, List<ReportKind> kinds, long rows, double seconds) {
    }

    public record ExportSummary(List<ExportedFile> files, long rows, double seconds) {
    }

    /**
     * The table model of one report, as it will print. Its rows are read when iterated, so the preview
     * can take the first few and the export can stream them all.
     */
    public ReportTable table(ReportKind kind, Request request) {
        session.requireExport(kind, request.gridId());
        ReportContext ctx = context(request);
        return versions(ctx, List.of(kind)).table(kind, ctx, session.mustMaskPersonalData(), data);
    }

    /** The reports the export page offers this user (a grid worker: those that can be cut to a grid). */
    public List<ReportKind> exportableReports() {
        session.requireSignedIn();
        return List.copyOf(session.exportableReports());
    }

    /**
     * The scopes the export page offers: the township and its villages, or for a grid worker only their
     * own grids (the report titles then name the grid).
     */
    public List<ExportScope> exportScopes() {
        session.requireSignedIn();
        Township township = db.read(new TownshipRepository()::township);
        String name = township == null ? "全乡镇" : township.name() + "（全乡镇）";
        List<ExportScope> out = new ArrayList<>();
        if (session.hasTownshipScope()) {
            out.add(new ExportScope(name, null, null));
            db.read(new TownshipRepository()::villages).forEach(v -> out.add(new ExportScope(v.name(), v.code(), null)));
            return out;
        }
        TownshipRepository towns = new TownshipRepository();
        for (Grid g : db.read(towns::grids)) {
            if (session.canRead(g.id())) {
                Village v = db.read(c -> towns.village(c, g.villageId()));
                out.add(new ExportScope((v == null ? "" : v.name()) + g.name(), v == null ? null : v.code(), g.id()));
            }
        }
        return out;
    }

    /**
     * Exports {@code kinds} to {@code out}: a folder (one file per report, or with {@code oneWorkbook}
     * one file holding all), or a file name ending in .xlsx (all the reports as sheets of that file).
     *
     * @throws UserFacingException when the township is not set up, the village is unknown, or a file
     *     cannot be written
     */
    public ExportSummary export(List<ReportKind> kinds, Request request, Path out, boolean oneWorkbook,
            Progress progress) {
        return export(kinds, request, out, oneWorkbook, false, progress);
    }

    /**
     * Like {@link #export(List, Request, Path, boolean, Progress)}; with {@code masked} (脱敏) the ID
     * numbers and phones have their middle digits hidden. Read-only accounts always get the masked files.
     */
    public ExportSummary export(List<ReportKind> kinds, Request request, Path out, boolean oneWorkbook,
            boolean masked, Progress progress) {
        if (kinds.isEmpty()) {
            throw new UserFacingException("请至少选择一张报表。");
        }
        for (ReportKind kind : kinds) {
            session.requireExport(kind, request.gridId());
        }
        boolean mask = masked || session.mustMaskPersonalData();
        long start = System.nanoTime();
        ReportContext ctx = context(request);
        ReportVersions versions = versions(ctx, kinds);
        boolean toFile = out.getFileName() != null && out.getFileName().toString().toLowerCase().endsWith(".xlsx")
                && !Files.isDirectory(out);
        List<ExportedFile> files = new ArrayList<>();
        if (toFile || oneWorkbook) {
            Path file = toFile ? out : out.resolve(fileName(ctx, kinds.size() == 1 ? kinds.get(0).title() : "季度报表"));
            List<ReportTable> tables = kinds.stream().map(k -> versions.table(k, ctx, mask, data)).toList();
            progress.update(0, kinds.size(), "正在导出 " + file.getFileName());
            long rows = WorkbookExporter.write(tables, file, progress).stream().mapToLong(Long::longValue).sum();
            files.add(new ExportedFile(file, List.copyOf(kinds), rows, (System.nanoTime() - start) / 1e9));
        } else {
            files.addAll(new ParallelExport(db, out, kinds.size(), progress).run(kinds,
                    (kind, reader) -> versions.table(kind, ctx, mask, new DatabaseReportData(reader)),
                    kind -> fileName(ctx, kind.title())));
        }
        progress.update(kinds.size(), kinds.size(), "导出完成");
        for (ExportedFile f : files) {
            boolean reproduced = f.kinds().stream().anyMatch(k -> versions.submission(k) != null);
            audit.recordNow(AuditAction.EXPORT, "报表", f.file().getFileName().toString(),
                    request.quarter().label() + (mask ? "（脱敏）" : "") + " " + f.kinds().stream().map(ReportKind::title).toList()
                            + "，" + f.rows() + " 行，导出到 " + f.file() + (reproduced ? "（按已报送版本重现）" : ""));
        }
        return new ExportSummary(files, files.stream().mapToLong(ExportedFile::rows).sum(),
                (System.nanoTime() - start) / 1e9);
    }

    /** What 导出本网格台账 exports: the household ledger at the end of {@code quarter}, of one grid, one village, or (both null) the township. */
    public record LedgerScope(Quarter quarter, Long villageId, Long gridId) {
    }

    /**
     * 导出本网格台账 (网格与农户 page): the household ledger C2 of the scope, as the county's layout, to
     * {@code file}, written whole or not at all. A grid worker may export only a grid of theirs; read-only
     * accounts always get the masked file.
     */
    public ExportedFile exportHouseholdLedger(LedgerScope scope, Path file, boolean masked, Progress progress) {
        session.requireSignedIn();
        if (scope.gridId() == null && !session.canExportLedger(null)) {
            session.requireTownshipScope("导出整个村或全乡镇的台账（请先在左侧选择您的网格）");
        }
        session.requireExport(ReportKind.HOUSEHOLD_LEDGER, scope.gridId());
        long start = System.nanoTime();
        boolean mask = masked || session.mustMaskPersonalData();
        ReportContext ctx = ledgerContext(scope);
        ReportTable table = build(ReportKind.HOUSEHOLD_LEDGER, ctx, mask);
        progress.update(0, 1, "正在导出 " + file.getFileName());
        long rows = WorkbookExporter.write(List.of(table), file, progress).stream().mapToLong(Long::longValue).sum();
        progress.update(1, 1, "导出完成");
        audit.recordNow(AuditAction.EXPORT, "报表", file.getFileName().toString(), scope.quarter().label()
                + (mask ? "（脱敏）" : "") + " " + ctx.scopeName() + ReportKind.HOUSEHOLD_LEDGER.title() + "，" + rows
                + " 行，导出到 " + file);
        return new ExportedFile(file, List.of(ReportKind.HOUSEHOLD_LEDGER), rows, (System.nanoTime() - start) / 1e9);
    }

    /** {@code 安恕镇安恕村一组网格_农户信息台账_2026Q3.xlsx}. */
    public String ledgerFileName(LedgerScope scope) {
        session.requireSignedIn();
        return fileName(ledgerContext(scope), ReportKind.HOUSEHOLD_LEDGER.title());
    }

    private ReportContext ledgerContext(LedgerScope scope) {
        Long villageId = scope.villageId();
        GridRef grid = null;
        if (scope.gridId() != null) {
            Grid g = db.read(c -> new GridRepository().grid(c, scope.gridId()));
            if (g == null) {
                throw new UserFacingException("这个网格已不存在，请刷新后重新选择。");
            }
            grid = new GridRef(g.id(), g.code(), g.name());
            villageId = g.villageId();
        }
        String villageCode = null;
        if (villageId != null) {
            long id = villageId;
            Village v = db.read(c -> new TownshipRepository().village(c, id));
            villageCode = v == null ? null : v.code();
        }
        ReportContext base = context(new Request(scope.quarter(), villageCode, null));
        return new ReportContext(base.township(), base.quarter(), base.scope(), grid, base.settings(), base.footer());
    }

    /**
     * The versions an export of {@code kinds} in {@code ctx} prints: the submitted ones of a township or
     * village export, and the late edits of its scope not yet listed in a submitted export.
     */
    ReportVersions versions(ReportContext ctx, List<ReportKind> kinds) {
        if (ctx.grid() != null) {
            return new ReportVersions(List.of()); // a grid's export is never submitted (the county takes villages)
        }
        String villageCode = ctx.scope() == null ? null : ctx.scope().code();
        return db.read(c -> {
            ReportVersions v = new ReportVersions(submissions.unflagged(c, ctx.villageId()));
            for (ReportKind kind : kinds) {
                QuarterSubmission s = kind.quarterly() ? submissions.find(c, ctx.quarter(), kind.code(), villageCode) : null;
                if (s != null) {
                    v.addSubmitted(kind, s, submissions.snapshot(c, s.id()));
                }
            }
            return v;
        });
    }

    /** The reader-side report data (for {@link QuarterSubmissionService}'s check of a file against the data). */
    ReportData data() {
        return data;
    }

    private ReportTable build(ReportKind kind, ReportContext ctx, boolean masked) {
        return build(kind, ctx, masked, data);
    }

    private static ReportTable build(ReportKind kind, ReportContext ctx, boolean masked, ReportData data) {
        ReportTable table = Reports.build(kind, ctx, data);
        return masked ? PersonalDataMask.apply(table, PersonalData::maskIdNumber, PersonalData::maskPhone) : table;
    }

    /** {@code 安恕镇_网格基本情况统计表_2026Q3.xlsx} (with the village after the township for one village). */
    public String fileName(ReportKind kind, Request request) {
        session.requireSignedIn();
        return fileName(context(request), kind.title());
    }

    private static String fileName(ReportContext ctx, String name) {
        return (ctx.scopeName() + "_" + name + "_" + ctx.quarter().code() + ".xlsx").replaceAll("[\\\\/:*?\"<>|]", "");
    }

    ReportContext context(Request r) {
        if (r.quarter() == null) {
            throw new UserFacingException("请选择统计季度，例如 2026Q3。");
        }
        TownshipRepository towns = new TownshipRepository();
        Township township = db.read(towns::township);
        if (township == null) {
            throw new UserFacingException("尚未设置乡镇信息，无法导出报表。请先在程序中完成首次设置，或载入演示乡镇。");
        }
        VillageRef scope = null;
        if (r.villageCode() != null && !r.villageCode().isBlank()) {
            Village v = db.read(c -> towns.villageByCode(c, r.villageCode().trim()));
            if (v == null) {
                throw new UserFacingException("没有区划代码为 " + r.villageCode().trim() + " 的村（社区）。"
                        + "请核对 12 位区划代码。");
            }
            scope = new VillageRef(v.id(), v.code(), v.name());
        }
        GridRef grid = null;
        if (r.gridId() != null) {
            Grid g = db.read(c -> new GridRepository().grid(c, r.gridId()));
            if (g == null) {
                throw new UserFacingException("这个网格已不存在，请刷新后重新选择。");
            }
            Village v = db.read(c -> towns.village(c, g.villageId()));
            if (scope != null && scope.id() != g.villageId() || v == null) {
                throw new UserFacingException("所选网格不属于所选的村（社区），请重新选择范围。");
            }
            scope = new VillageRef(v.id(), v.code(), v.name());
            grid = new GridRef(g.id(), g.code(), g.name());
        }
        Footer footer = r.footer() != null ? r.footer() : settings.footer();
        return new ReportContext(township.name(), r.quarter(), scope, grid, settings.definitions(), footer);
    }
}
