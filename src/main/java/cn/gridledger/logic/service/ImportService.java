package cn.gridledger.logic.service;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.importer.ImportRefusedException;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.KnownRecords;
import cn.gridledger.logic.importer.LateFacts;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.logic.importer.RosterImport;
import cn.gridledger.logic.importer.RosterImport.SheetPlan;
import cn.gridledger.logic.importer.errors.ErrorWorkbookWriter;
import cn.gridledger.logic.importer.header.ColumnMapping;
import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.HeaderDetector;
import cn.gridledger.logic.importer.header.LabelNormalizer;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.importer.read.FileFormat;
import cn.gridledger.logic.importer.read.SheetInfo;
import cn.gridledger.logic.importer.read.SourceWorkbook;
import cn.gridledger.logic.importer.read.TopArea;
import cn.gridledger.logic.importer.read.WorkbookReader;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.ImportMappingRepository;
import cn.gridledger.logic.store.ImportWriter;
import cn.gridledger.model.MemberDeparture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Imports cadre rosters (C1) and household ledgers (C2) from .xlsx/.xls/.csv. An import commits every
 * accepted row in one transaction, or nothing: a cancel, a crash or {@code strict} with an error row rolls
 * it back. A dry run goes through exactly the same steps without writing.
 */
public final class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    private final Database db;
    private final ImportMappingRepository mappings = new ImportMappingRepository();

    private final Session session;
    private final AuditService audit;
    private final BackupService backup;

    private final TownshipService township;
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();
    private final ImportUndo undo;

    ImportService(Database db, Session session, AuditService audit, BackupService backup, TownshipService township) {
        this.db = db;
        this.township = township;
        this.session = session;
        this.audit = audit;
        this.backup = backup;
        this.undo = new ImportUndo(db, audit, backup);
    }

    /**
     * What to import.
     *
     * @param sheet    one sheet by name, or null for every visible sheet with a roster header
     * @param sheets   sheet indexes chosen in the wizard (overrides {@code sheet} when not empty)
     * @param mappings column mappings the user changed, by sheet index
     * @param lateEditReason why the import changes facts of a quarter already submitted (报送, #15); without
     *                 one such an import is refused
     */
    public record Options(RosterKind kind, String sheet, List<Integer> sheets, Map<Integer, ColumnMapping> mappings,
                          boolean dryRun, boolean strict, String villageCode, String mappingName,
                          List<MemberDeparture> departures, String lateEditReason) {
        public Options {
            sheets = sheets == null ? List.of() : List.copyOf(sheets);
            mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
            departures = departures == null ? List.of() : List.copyOf(departures);
            lateEditReason = lateEditReason == null || lateEditReason.isBlank() ? null : lateEditReason.strip();
        }

        public Options(RosterKind kind, String sheet, List<Integer> sheets, Map<Integer, ColumnMapping> mappings,
                       boolean dryRun, boolean strict, String villageCode, String mappingName,
                       List<MemberDeparture> departures) {
            this(kind, sheet, sheets, mappings, dryRun, strict, villageCode, mappingName, departures, null);
        }

        public Options(RosterKind kind, String sheet, List<Integer> sheets, Map<Integer, ColumnMapping> mappings,
                       boolean dryRun, boolean strict) {
            this(kind, sheet, sheets, mappings, dryRun, strict, null, null, List.of());
        }

        public static Options of(RosterKind kind, String sheet, boolean dryRun, boolean strict) {
            return new Options(kind, sheet, List.of(), Map.of(), dryRun, strict);
        }

        public Options dryRun(boolean value) {
            return new Options(kind, sheet, sheets, mappings, value, strict, villageCode, mappingName, departures,
                    lateEditReason);
        }

        /** @param code the village the whole file belongs to (本表所属村, {@code --village}), null to read it from the file */
        public Options village(String code) {
            return new Options(kind, sheet, sheets, mappings, dryRun, strict, code, mappingName, departures,
                    lateEditReason);
        }

        /** @param name a saved mapping to apply to every sheet ({@code --mapping}), null for the one saved for the header */
        public Options mapping(String name) {
            return new Options(kind, sheet, sheets, mappings, dryRun, strict, villageCode, name, departures,
                    lateEditReason);
        }

        /**
         * @param chosen what the user decided for members the preview listed as 可能迁出/死亡 (those not named
         *               stay in their household)
         */
        public Options departures(List<MemberDeparture> chosen) {
            return new Options(kind, sheet, sheets, mappings, dryRun, strict, villageCode, mappingName, chosen,
                    lateEditReason);
        }

        /** @param reason why facts of a submitted quarter change ({@code --late-reason}); blank = none given */
        public Options lateEditReason(String reason) {
            return new Options(kind, sheet, sheets, mappings, dryRun, strict, villageCode, mappingName, departures,
                    reason);
        }
    }

    /** One sheet as the wizard shows it: the top rows, and the header found there (or why none was). */
    public record SheetPreview(SheetInfo sheet, TopArea top, DetectedHeader header, String problem) {
    }

    /** The sheets of a file, for the wizard's 选择工作表 and 核对表头 steps. */
    public record WorkbookPreview(Path file, FileFormat format, List<SheetPreview> sheets) {
    }

    /** A mapping saved under a name for files with the same header. */
    public record SavedMapping(String name, RosterKind kind, ColumnMapping mapping) {
    }

    public WorkbookPreview preview(Path file) {
        session.requireImport();
        try (SourceWorkbook wb = WorkbookReader.open(file)) {
            List<SheetPreview> sheets = new ArrayList<>();
            for (SheetInfo s : wb.sheets()) {
                TopArea top = wb.topArea(s.index());
                try {
                    sheets.add(new SheetPreview(s, top, HeaderDetector.detect(s.name(), top), null));
                } catch (ImportRefusedException e) {
                    sheets.add(new SheetPreview(s, top, null, e.getMessage()));
                }
            }
            return new WorkbookPreview(file, wb.format(), sheets);
        }
    }

    /**
     * Parses, checks and classifies every row without writing anything. What the import would change inside a
     * submitted quarter is listed ({@link ImportReport#lateEdits}), not refused.
     */
    public ImportReport analyse(Path file, Options options, Progress progress) {
        return importFile(file, options.dryRun(true), progress);
    }

    /**
     * Imports a file: all accepted rows in one transaction. With {@code strict}, one error row means
     * nothing is committed; with {@code dryRun}, nothing ever is.
     *
     * @throws ImportRefusedException when the file cannot be read or has no roster header
     * @throws SubmittedQuarterException when the import changes a fact dated inside a submitted quarter and the
     *     options give no {@link Options#lateEditReason}; nothing is written
     */
    public ImportReport importFile(Path file, Options options, Progress progress) {
        session.requireImport(); // a dry run, too: it reads every household to compare
        boolean households = options.kind() == RosterKind.HOUSEHOLD;
        if (options.dryRun()) {
            try (SnapshotAhead snapshot = SnapshotAhead.start(db, households);
                 SourceWorkbook wb = WorkbookReader.open(file)) {
                List<SheetPlan> plans = plans(wb, withSavedMappings(wb, options));
                return db.read(c -> {
                    LateFacts late = lateFacts(c);
                    ImportReport r = RosterImport.run(file, wb, plans, options.kind(), options.villageCode(),
                            snapshot.current(c), null, late, progress);
                    return r.withLateEdits(guard.late(c, datedFacts(late, r, options.departures())));
                });
            }
        }
        // the backup, the snapshot to compare with and the workbook are read at the same time
        try (BackupAhead backupAhead = BackupAhead.start(backup::copyBeforeImport);
             SnapshotAhead snapshot = SnapshotAhead.start(db, households);
             SourceWorkbook wb = WorkbookReader.open(file)) {
            List<SheetPlan> plans = plans(wb, withSavedMappings(wb, options));
            BackupFile before = backup.record(backupAhead.take());
            long[] auditId = new long[1];
            try {
                ImportReport report = db.write(c -> {
                    KnownRecords known = snapshot.current(c);
                    LateFacts late = lateFacts(c);
                    try (ImportWriter writer = new ImportWriter(c)) {
                        ImportReport r = RosterImport.run(file, wb, plans, options.kind(), options.villageCode(), known,
                                writer, late, progress);
                        List<SubmittedQuarterGuard.DatedFact> facts = datedFacts(late, r, options.departures());
                        r = r.withLateEdits(guard.late(c, facts));
                        if (options.strict() && r.errorRows() > 0) {
                            throw new StrictRollback(r);
                        }
                        writer.flush();
                        String departed = ImportDepartures.apply(c, r.missingMembers(), options.departures());
                        // refused here, inside the transaction, rolls back everything the import wrote
                        String lateNote = guard.check(c, facts, options.lateEditReason(), session.who());
                        auditId[0] = recordInAuditLog(c, r, departed + lateNote);
                        return r;
                    }
                });
                lastImport = new ImportUndo.Last(auditId[0], before.path(), file.getFileName().toString(), report.countsLine());
                LOG.info(() -> "import " + file.getFileName() + ": " + report.countsLine());
                return report.withCommitted(true);
            } catch (StrictRollback rollback) {
                return rollback.report;
            }
        }
    }

    /**
     * Collects an import's facts of submitted quarters: a household ledger's dates, a cadre roster's 任职时间 and
     * 入库时间.
     */
    private LateFacts lateFacts(Connection c) throws SQLException {
        return new LateFacts(guard.submittedQuarters(c));
    }

    /** What the rows changed inside submitted quarters, and the chosen departures. */
    private static List<SubmittedQuarterGuard.DatedFact> datedFacts(LateFacts late, ImportReport r,
            List<MemberDeparture> departures) {
        List<SubmittedQuarterGuard.DatedFact> out = new ArrayList<>();
        for (LateFacts.Fact f : late.facts()) {
            if (f.movedFrom() == null) {
                out.add(new SubmittedQuarterGuard.DatedFact(f.kind(), f.recordId(), f.householdId(), f.what(), f.date()));
            } else {
                out.addAll(SubmittedQuarterGuard.DatedFact.moved(f.kind(), f.recordId(), f.householdId(), f.what(),
                        f.movedFrom(), f.date()));
            }
        }
        out.addAll(ImportDepartures.facts(r.missingMembers(), departures));
        return out;
    }

    /**
     * What the departures chosen after a dry run change inside submitted quarters, worded like
     * {@link ImportReport#lateEdits} (the wizard lists them with the dry run's before it asks the reason).
     */
    public List<String> lateDepartures(List<MissingMember> listed, List<MemberDeparture> chosen) {
        session.requireImport();
        if (chosen.isEmpty()) {
            return List.of();
        }
        return db.read(c -> guard.late(c, ImportDepartures.facts(listed, chosen)));
    }

    /** The township's villages, for 本表所属村. */
    public List<cn.gridledger.model.Village> villages() {
        session.requireImport();
        return township.villages();
    }

    /**
     * Adds the villages a roster names that the township lacks (一键添加): numbered from the code the file
     * suggests, else the next free number; audited. Administrators only, like importing.
     *
     * @return the villages added
     */
    public List<cn.gridledger.model.Village> addVillages(Map<String, String> nameToSuggestedCode) {
        session.requireImport();
        return township.addVillages(township.withCodes(nameToSuggestedCode));
    }

    /**
     * Inside the import transaction: the audit trail records the import, so both commit or neither.
     *
     * @return the id of the import's audit entry
     */
    long recordInAuditLog(Connection c, ImportReport report, String departed) throws SQLException {
        audit.record(c, AuditAction.IMPORT, report.kind() == RosterKind.HOUSEHOLD ? "农户台账" : "干部花名册",
                report.file().getFileName().toString(), "导入 " + report.file().getFileName() + "（工作表 "
                        + report.sheetNames() + "）：" + report.countsLine() + departed);
        return audit.latestId(c);
    }

    // --- 撤销本次导入 ---

    static final String CHANGED_SINCE = ImportUndo.CHANGED_SINCE;

    /** The last import committed through this service (in this run of the program), for 撤销本次导入. */
    private volatile ImportUndo.Last lastImport;

    /**
     * Whether {@link #undoLastImport} would be allowed now.
     *
     * @param reason why not (Chinese), null when it is possible
     */
    public record UndoState(boolean possible, String fileName, String reason) {
    }

    public UndoState undoState() {
        session.requireSignedIn();
        ImportUndo.Last last = lastImport;
        if (last == null) {
            return new UndoState(false, null, "本次运行中还没有导入过花名册，没有可撤销的导入");
        }
        String why = db.read(c -> undo.whyNot(c, last));
        return new UndoState(why == null, last.fileName(), why);
    }

    /**
     * Undoes the last import by putting back the database as its pre-import backup holds it, while the import is
     * still the latest change ({@link ImportUndo}).
     *
     * @throws UserFacingException with the reason when it is not allowed
     */
    public void undoLastImport() {
        session.requireImport();
        ImportUndo.Last last = lastImport;
        if (last == null) {
            throw new UserFacingException("本次运行中还没有导入过花名册，没有可撤销的导入");
        }
        undo.undo(last, "数据库", "撤销导入");
        lastImport = null;
        LOG.info(() -> "import undone: " + last.fileName());
    }

    /**
     * The saved mappings the wizard would apply, applied the same way for the command line: the named one
     * ({@code --mapping}) on every sheet, else for each sheet the newest one saved for its header. Sheets the
     * caller mapped by hand keep that mapping.
     */
    private Options withSavedMappings(SourceWorkbook wb, Options options) {
        Map<Integer, ColumnMapping> mapped = new java.util.HashMap<>(options.mappings());
        for (SheetInfo s : wb.sheets()) {
            if (mapped.containsKey(s.index()) || (options.sheet() != null && !s.name().equals(options.sheet()))) {
                continue;
            }
            DetectedHeader h;
            try {
                h = HeaderDetector.detect(s.name(), wb.topArea(s.index()));
            } catch (ImportRefusedException e) {
                continue;
            }
            Optional<SavedMapping> saved = options.mappingName() != null ? savedMapping(options.mappingName(), h)
                    : savedMappingFor(h);
            saved.ifPresent(m -> mapped.put(s.index(), m.mapping()));
        }
        return new Options(options.kind(), options.sheet(), options.sheets(), mapped, options.dryRun(), options.strict(),
                options.villageCode(), options.mappingName(), options.departures(), options.lateEditReason());
    }

    /** A mapping by its name, laid over this header's columns; refused in Chinese when there is none. */
    public Optional<SavedMapping> savedMapping(String name, DetectedHeader header) {
        session.requireImport();
        var stored = db.read(c -> mappings.byName(c, name.strip()));
        if (stored.isEmpty()) {
            List<String> names = db.read(mappings::names);
            throw new ImportRefusedException(ImportRefusedException.Reason.NO_HEADER, "没有名为“" + name + "”的映射方案"
                    + (names.isEmpty() ? "，还没有保存过映射方案" : "，已保存的方案：" + String.join("、", names)));
        }
        return Optional.of(applied(stored.get(), header));
    }

    private static List<SheetPlan> plans(SourceWorkbook wb, Options options) {
        List<SheetPlan> plans;
        if (!options.sheets().isEmpty()) {
            plans = new ArrayList<>();
            for (int index : options.sheets()) {
                SheetInfo s = wb.sheets().get(index);
                plans.add(new SheetPlan(s, HeaderDetector.detect(s.name(), wb.topArea(index))));
            }
        } else {
            plans = RosterImport.plan(wb, options.kind(), options.sheet(), options.mappings());
        }
        List<SheetPlan> out = new ArrayList<>();
        for (SheetPlan p : plans) {
            ColumnMapping changed = options.mappings().get(p.sheet().index());
            DetectedHeader h = p.header();
            if (changed != null) {
                h = h.withMapping(changed);
                if (!changed.has(RosterField.NAME)) {
                    throw new ImportRefusedException(ImportRefusedException.Reason.NO_HEADER,
                            "列对应关系中没有“姓名”列，请为姓名选择一列后再导入");
                }
            }
            RosterImport.requireUsable(p.sheet(), h, options.kind());
            out.add(new SheetPlan(p.sheet(), h));
        }
        return out;
    }

    /**
     * Writes the user's own workbook back with every bad cell filled red and commented, plus a 错误汇总
     * sheet, to {@code out} (through a temporary file, so no half-written file is left under that name).
     */
    public Path writeErrorWorkbook(ImportReport report, Path out) {
        session.requireImport();
        return ErrorWorkbookWriter.write(report, out);
    }

    // --- saved mappings ---

    /** Hash of the normalised labels: the same header gives the same signature whatever its spacing. */
    public static String headerSignature(List<String> labels) {
        StringBuilder sb = new StringBuilder();
        for (String l : labels) {
            sb.append(LabelNormalizer.normalize(l)).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void saveMapping(String name, RosterKind kind, List<String> labels, ColumnMapping mapping) {
        session.requireImport();
        StringBuilder lines = new StringBuilder();
        for (ColumnMapping.Column c : mapping.columns()) {
            lines.append(c.index()).append('\t').append(c.field() == null ? "" : c.field().name()).append('\n');
        }
        db.writeVoid(c -> mappings.save(c, name.strip(), kind.name(), headerSignature(labels), String.join("\n", labels),
                lines.toString()));
    }

    /** The newest mapping saved for a header like this one, applied to its columns. */
    public Optional<SavedMapping> savedMappingFor(DetectedHeader header) {
        session.requireImport();
        var stored = db.read(c -> mappings.bySignature(c, headerSignature(header.labels())));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(applied(stored.get(0), header));
    }

    private static SavedMapping applied(ImportMappingRepository.StoredMapping s, DetectedHeader header) {
        ColumnMapping m = header.mapping();
        for (ColumnMapping.Column col : m.columns()) {
            m = m.with(col.index(), null);
        }
        for (String line : s.mapping().split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 2 && !parts[1].isEmpty()) {
                try {
                    m = m.with(Integer.parseInt(parts[0]), RosterField.valueOf(parts[1]));
                } catch (IllegalArgumentException ignored) {
                    // a field renamed since: left as 不导入
                }
            }
        }
        return new SavedMapping(s.name(), RosterKind.valueOf(s.rosterKind()), m);
    }

    /** Thrown inside the transaction to roll back a strict import that found errors. */
    private static final class StrictRollback extends RuntimeException {
        private final transient ImportReport report;

        StrictRollback(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
