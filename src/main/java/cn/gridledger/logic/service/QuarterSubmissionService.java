package cn.gridledger.logic.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.export.SheetContent;
import cn.gridledger.logic.export.WorkbookExporter;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportContext;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.report.RowSource;
import cn.gridledger.logic.report.TableSnapshot;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.service.ReportService.ExportScope;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.QuarterSubmissionRepository;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.QuarterSubmission;

/**
 * 报送 (#15): the township marks the quarterly reports it exported as handed to the county. Each sheet of
 * each file is recognised by its title (report and scope), rendered again from the data with the footer the
 * file carries and compared cell by cell; only a file that is what the program exports now is accepted, and
 * its table is frozen with the file's SHA-256, who and when. From then on an export of that report, quarter
 * and scope reproduces the frozen table ({@link ReportVersions}). Administrators only (the township's staff
 * sign in as 管理员).
 */
public final class QuarterSubmissionService {

    /** Entity type in the audit log. */
    public static final String AUDIT_ENTITY = "报送";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final ReportService reports;
    private final QuarterSubmissionRepository repo = new QuarterSubmissionRepository();

    QuarterSubmissionService(Database db, Session session, AuditService audit, ReportService reports) {
        this.db = db;
        this.session = session;
        this.audit = audit;
        this.reports = reports;
    }

    /** One sheet found ready to submit: what it is and its frozen table. */
    private record Ready(ReportKind kind, String villageCode, String scopeName, Path file, String sha256, Footer footer,
            boolean masked, byte[] snapshot, List<Long> lateEdits) {
    }

    /**
     * Submits the quarterly reports in {@code files} (as exported: one report per file, or several as sheets),
     * all or none.
     *
     * @throws UserFacingException when a file is not a quarterly report of {@code quarter} exported by this
     *     program, differs from what the data gives now, or its report was submitted already
     */
    public List<QuarterSubmission> submit(Quarter quarter, List<Path> files) {
        session.requireAdmin("报送季度报表");
        if (quarter == null) {
            throw new UserFacingException("请指定要报送的季度，例如 2026Q3。");
        }
        if (files.isEmpty()) {
            throw new UserFacingException("请指定要报送的导出文件。");
        }
        List<ExportScope> scopes = reports.exportScopes();
        List<Ready> ready = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("找不到文件 " + file + "。");
            }
            String sha = SheetContent.fileSha256(file);
            for (SheetContent.Sheet sheet : SheetContent.read(file)) {
                Ready r = check(quarter, scopes, file, sha, sheet);
                if (!seen.add(r.kind().code() + "|" + r.villageCode())) {
                    throw new UserFacingException("所选文件中“" + r.kind().title() + "”（" + r.scopeName() + "）出现了不止一次，"
                            + "请只选一份。");
                }
                ready.add(r);
            }
        }
        String who = session.who();
        String at = LocalDateTime.now().format(AT);
        return db.write(c -> {
            List<QuarterSubmission> out = new ArrayList<>();
            for (Ready r : ready) {
                QuarterSubmission s = new QuarterSubmission(0, quarter, r.kind().code(), r.villageCode(),
                        r.file().getFileName().toString(), r.sha256(), who, at, r.footer().fillDate(), r.masked());
                long id = repo.insert(c, s, r.snapshot());
                repo.flag(c, r.lateEdits(), id);
                audit.record(c, AuditAction.SUBMIT, AUDIT_ENTITY, s.fileName(), "报送 " + quarter.label() + " "
                        + r.kind().title() + "（" + r.scopeName() + (r.masked() ? "，脱敏" : "") + "），SHA-256 " + s.sha256()
                        + (r.lateEdits().isEmpty() ? "" : "，补充说明已报送后修改 " + r.lateEdits().size() + " 项"));
                out.add(new QuarterSubmission(id, s.quarter(), s.reportKind(), s.villageCode(), s.fileName(), s.sha256(),
                        s.submittedBy(), s.submittedAt(), s.fillDate(), s.masked()));
            }
            return out;
        });
    }

    /** Recognises one sheet and checks it against the data; its table frozen as it was compared. */
    private Ready check(Quarter quarter, List<ExportScope> scopes, Path file, String sha, SheetContent.Sheet sheet) {
        String name = file.getFileName().toString();
        for (ExportScope scope : scopes) {
            if (scope.gridId() != null) {
                continue;
            }
            ReportContext base = reports.context(new Request(quarter, scope.villageCode(), Footer.empty()));
            for (ReportKind kind : ReportKind.values()) {
                if (kind.quarterly() && base.title(kind).equals(sheet.title())) {
                    return checkAgainstData(quarter, scope, kind, file, sha, sheet);
                }
            }
        }
        throw new UserFacingException("“" + name + "”的工作表“" + sheet.name() + "”不是" + quarter.label()
                + "的季度报表（标题为“" + sheet.title() + "”），不能报送。请选择本程序导出的该季度报表。");
    }

    private Ready checkAgainstData(Quarter quarter, ExportScope scope, ReportKind kind, Path file, String sha,
            SheetContent.Sheet sheet) {
        String scopeName = scope.villageCode() == null ? "全乡镇" : scope.label();
        QuarterSubmission earlier = db.read(c -> repo.find(c, quarter, kind.code(), scope.villageCode()));
        if (earlier != null) {
            throw new UserFacingException(quarter.label() + "的“" + kind.title() + "”（" + scopeName + "）已于 "
                    + earlier.submittedOn() + " 由 " + earlier.submittedBy() + " 报送，不能再次报送。");
        }
        Footer footer = Footer.parse(sheet.footer());
        if (footer == null) {
            throw new UserFacingException("“" + file.getFileName() + "”中“" + kind.title() + "”的表尾读不出填报日期，"
                    + "文件可能被改动过。请重新导出后再报送。");
        }
        ReportContext ctx = reports.context(new Request(quarter, scope.villageCode(), footer));
        ReportVersions versions = reports.versions(ctx, List.of(kind));
        for (boolean masked : new boolean[] {false, true}) {
            ReportTable table = inMemory(versions.table(kind, ctx, masked, reports.data()));
            if (cellsSha256(table).equals(sheet.cellsSha256())) {
                List<Long> listed = kind.quarterly() ? versions.lateEdits().stream().map(LateEdit::id).toList() : List.of();
                return new Ready(kind, scope.villageCode(), scopeName, file, sha, footer, masked,
                        TableSnapshot.freeze(table), listed);
            }
        }
        throw new UserFacingException("“" + file.getFileName() + "”中的“" + kind.title() + "”（" + scopeName
                + "）与现在的数据不一致：导出之后数据有过修改，或文件被改动过。请重新导出后再报送。");
    }

    /** The table with its rows read once into memory (it is written, then frozen). */
    private static ReportTable inMemory(ReportTable t) {
        List<ReportRow> rows = new ArrayList<>();
        t.rows().forEach(Integer.MAX_VALUE, rows::add);
        return t.withRows(RowSource.of(rows));
    }

    /** The cell digest of the table as the exporter writes it. */
    private static String cellsSha256(ReportTable table) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("gridledger-submit", ".xlsx");
            WorkbookExporter.write(List.of(table), tmp, Progress.NONE);
            return SheetContent.read(tmp).get(0).cellsSha256();
        } catch (IOException e) {
            throw new UserFacingException("无法写临时文件以核对报表：" + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system
                }
            }
        }
    }

    /** The SHA-256 of an exported file, as {@link #submit} will record it (for the confirmation before). */
    public String fingerprint(Path file) {
        session.requireSignedIn();
        return SheetContent.fileSha256(file);
    }

    /** True when some report of {@code quarter} has been submitted. */
    public boolean isSubmitted(Quarter quarter) {
        session.requireSignedIn();
        return db.read(c -> repo.isSubmitted(c, quarter));
    }

    /** The submitted reports of {@code quarter}, in the order they were submitted. */
    public List<QuarterSubmission> submissions(Quarter quarter) {
        session.requireSignedIn();
        return db.read(c -> repo.ofQuarter(c, quarter));
    }

    /** Every submitted report, newest quarter first. */
    public List<QuarterSubmission> submissions() {
        session.requireSignedIn();
        return db.read(repo::all);
    }

    /** Facts of submitted quarters changed afterwards, with their reasons (they name people: administrators). */
    public List<LateEdit> lateEdits() {
        session.requireAdmin("查看已报送季度的修改记录");
        return db.read(repo::lateEdits);
    }
}
