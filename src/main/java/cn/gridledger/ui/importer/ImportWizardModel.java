package cn.gridledger.ui.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.ColumnMapping;
import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.logic.service.ImportService.SheetPreview;
import cn.gridledger.logic.service.ImportService.WorkbookPreview;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.ui.I18n;

/**
 * The state of the import wizard: the file, its kind, the chosen sheets, the column mappings the user
 * adjusted, the dry-run report and the import's report. Plain Java so it can be tested without the FX
 * thread; the page calls the slow methods ({@link #load}, {@link #analyse}, {@link #importNow}) off it.
 */
public final class ImportWizardModel {

    /** The wizard's steps, in order. */
    public enum Step { FILE, SHEETS, HEADER, PREVIEW, IMPORT }

    /** What the preview table can be filtered by. */
    public enum Filter {
        ALL(I18n.t("import.rowFilter.all")),
        NEW(I18n.t("import.rowFilter.new")),
        CHANGED(I18n.t("import.rowFilter.changed")),
        UNCHANGED(I18n.t("import.rowFilter.unchanged")),
        ERROR(I18n.t("import.rowFilter.error")),
        WARNING(I18n.t("import.rowFilter.warning"));

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean accepts(RowOutcome r) {
            return switch (this) {
                case ALL -> true;
                case NEW -> r.rowClass() == RowClass.NEW;
                case CHANGED -> r.rowClass() == RowClass.CHANGED;
                case UNCHANGED -> r.rowClass() == RowClass.UNCHANGED;
                case ERROR -> r.rowClass() == RowClass.ERROR;
                case WARNING -> r.rowClass() != RowClass.ERROR && r.hasWarnings();
            };
        }
    }

    /** One line of the preview table. */
    public record RowLine(String sheet, int excelRow, String name, String result, String detail) {
    }

    private final ImportService importer;
    private Step step = Step.FILE;
    private WorkbookPreview preview;
    private RosterKind kind = RosterKind.CADRE;
    private final TreeSet<Integer> chosenSheets = new TreeSet<>();
    private final Map<Integer, ColumnMapping> mappings = new HashMap<>();
    private final Map<Integer, String> savedMappingNames = new HashMap<>();
    private ImportReport analysis;
    private ImportReport result;
    /** 本表所属村: the village the whole file belongs to, or null to read it from the file. */
    private String villageCode;
    /** What the user chose for the members the analysis listed as 可能迁出/死亡; absent = stays. */
    private final Map<Long, DepartureReason> leaving = new HashMap<>();
    private LocalDate leavingDate = LocalDate.now();
    private String leavingNote;
    /** Why the import changes facts of a submitted quarter (报送, #15), typed on the 导入 step. */
    private String lateReason;
    /** What the service named when it refused the import for want of that reason (data changed since the preview). */
    private List<String> refusedLate = List.of();

    public ImportWizardModel(ImportService importer) {
        this.importer = importer;
    }

    public Step step() {
        return step;
    }

    public void goTo(Step s) {
        step = s;
    }

    /** Reads the file's sheets and headers; throws the importer's Chinese refusal when it cannot. */
    public static WorkbookPreview read(ImportService importer, Path file) {
        return importer.preview(file);
    }

    /**
     * Takes a previewed file: the kind from its best header, the visible sheets with a header chosen,
     * a mapping saved for the same header applied.
     */
    public void accept(WorkbookPreview p) {
        preview = p;
        chosenSheets.clear();
        mappings.clear();
        savedMappingNames.clear();
        analysis = null;
        result = null;
        p.sheets().stream().filter(s -> s.header() != null).max((a, b) -> Integer.compare(a.header().score(),
                b.header().score())).ifPresent(s -> kind = s.header().kind());
        for (SheetPreview s : p.sheets()) {
            if (!s.sheet().hidden() && s.header() != null && s.header().kind() == kind) {
                chosenSheets.add(s.sheet().index());
            }
            if (s.header() != null) {
                mappings.put(s.sheet().index(), s.header().mapping());
                Optional<ImportService.SavedMapping> saved = importer.savedMappingFor(s.header());
                saved.ifPresent(m -> {
                    mappings.put(s.sheet().index(), m.mapping());
                    savedMappingNames.put(s.sheet().index(), m.name());
                });
            }
        }
        if (chosenSheets.isEmpty()) {
            p.sheets().stream().filter(s -> !s.sheet().hidden() && s.header() != null).findFirst()
                    .ifPresent(s -> chosenSheets.add(s.sheet().index()));
        }
    }

    /** Convenience for tests and the command of the page: read and accept. */
    public void load(Path file) {
        accept(read(importer, file));
    }

    public String villageCode() {
        return villageCode;
    }

    /** @param code 本表所属村, or null to take the village from the file; the dry run is made again */
    public void chooseVillage(String code) {
        villageCode = code;
        analysis = null;
    }

    public List<cn.gridledger.model.Village> villages() {
        return importer.villages();
    }

    /** Adds the villages the dry run found in the file but not in the township; the dry run is made again. */
    public List<cn.gridledger.model.Village> addUnknownVillages() {
        List<cn.gridledger.model.Village> added = importer.addVillages(analysis == null ? Map.of() : analysis.unknownVillages());
        analysis = null;
        return added;
    }

    public boolean hasFile() {
        return preview != null;
    }

    public Path file() {
        return preview == null ? null : preview.file();
    }

    public WorkbookPreview preview() {
        return preview;
    }

    public RosterKind kind() {
        return kind;
    }

    public void setKind(RosterKind k) {
        if (k != kind) {
            kind = k;
            analysis = null;
        }
    }

    public List<SheetPreview> sheets() {
        return preview == null ? List.of() : preview.sheets();
    }

    public boolean isChosen(int sheetIndex) {
        return chosenSheets.contains(sheetIndex);
    }

    public void choose(int sheetIndex, boolean on) {
        if (on) {
            chosenSheets.add(sheetIndex);
        } else {
            chosenSheets.remove(sheetIndex);
        }
        analysis = null;
    }

    public List<Integer> chosenSheets() {
        return List.copyOf(chosenSheets);
    }

    /** The chosen sheets whose header was found: the ones step 3 shows. */
    public List<SheetPreview> chosenWithHeader() {
        return sheets().stream().filter(s -> chosenSheets.contains(s.sheet().index()) && s.header() != null).toList();
    }

    public SheetPreview sheet(int index) {
        return preview.sheets().get(index);
    }

    public ColumnMapping mapping(int sheetIndex) {
        return mappings.get(sheetIndex);
    }

    /** The user maps one column (null = 不导入); a field already on another column moves here. */
    public void map(int sheetIndex, int column, RosterField field) {
        mappings.put(sheetIndex, mappings.get(sheetIndex).with(column, field));
        analysis = null;
    }

    /** The name of the saved mapping applied to this sheet when the file was read, if any. */
    public Optional<String> savedMappingName(int sheetIndex) {
        return Optional.ofNullable(savedMappingNames.get(sheetIndex));
    }

    public void saveMapping(int sheetIndex, String name) {
        DetectedHeader h = sheet(sheetIndex).header();
        importer.saveMapping(name, kind, h.labels(), mappings.get(sheetIndex));
        savedMappingNames.put(sheetIndex, name.strip());
    }

    /** The fields a column of this kind of roster can feed, in the order of the standard table. */
    public List<RosterField> fields() {
        List<RosterField> out = new ArrayList<>();
        for (RosterField f : RosterField.values()) {
            if (f.scope() == RosterField.Scope.COMMON || f.scope().name().equals(kind.name())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether 下一步 may leave the current step, and if not why (Chinese), else null. */
    public String blocker() {
        return switch (step) {
            case FILE -> preview == null ? I18n.t("import.block.noFile") : null;
            case SHEETS -> chosenSheets.isEmpty() ? I18n.t("import.block.noSheet") : null;
            case HEADER -> chosenWithHeader().stream().map(this::headerProblem).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            case PREVIEW -> analysis == null ? I18n.t("import.block.analysing") : departureProblem();
            case IMPORT -> null;
        };
    }

    /** What the sheet's header, as the user has mapped it, still lacks for this kind of roster; null when nothing. */
    private String headerProblem(SheetPreview s) {
        ColumnMapping m = mappings.get(s.sheet().index());
        if (!m.has(RosterField.NAME)) {
            return I18n.t("import.block.noName", s.sheet().name());
        }
        String missing = cn.gridledger.logic.importer.header.HeaderDetector.missing(s.header().withMapping(m), kind);
        return missing == null ? null : I18n.t("import.block.missing", s.sheet().name(), missing);
    }

    public ImportService.Options options(boolean dryRun) {
        Map<Integer, ColumnMapping> chosen = new HashMap<>();
        for (int i : chosenSheets) {
            if (mappings.containsKey(i)) {
                chosen.put(i, mappings.get(i));
            }
        }
        ImportService.Options o = new ImportService.Options(kind, null, List.copyOf(chosenSheets), chosen, dryRun, false)
                .village(villageCode);
        return dryRun ? o : o.departures(departures()).lateEditReason(lateReason);
    }

    /** The members a re-imported full ledger left out of their households (可能迁出/死亡). */
    public List<MissingMember> missingMembers() {
        return analysis == null ? List.of() : analysis.missingMembers();
    }

    /** @param reason why the member left, or null to keep them in their household (the default) */
    public void chooseDeparture(long memberId, DepartureReason reason) {
        if (reason == null) {
            leaving.remove(memberId);
        } else {
            leaving.put(memberId, reason);
        }
    }

    public Optional<DepartureReason> departureOf(long memberId) {
        return Optional.ofNullable(leaving.get(memberId));
    }

    /** The day the chosen members left (the quarter's reports count them up to it) and a note for all of them. */
    public void departureDay(LocalDate day, String note) {
        leavingDate = day;
        leavingNote = note == null || note.isBlank() ? null : note.trim();
    }

    public LocalDate departureDay() {
        return leavingDate;
    }

    /** Why the chosen departures cannot go ahead (Chinese), or null. */
    public String departureProblem() {
        if (leaving.isEmpty()) {
            return null;
        }
        if (leavingDate == null) {
            return I18n.t("import.missing.noDate");
        }
        return leavingDate.isAfter(LocalDate.now()) ? I18n.t("import.missing.future") : null;
    }

    /** The departures the import applies: only for members the current analysis still lists. */
    List<MemberDeparture> departures() {
        return missingMembers().stream().filter(m -> leaving.containsKey(m.memberId()))
                .map(m -> new MemberDeparture(m.memberId(), leaving.get(m.memberId()), leavingDate, leavingNote))
                .toList();
    }

    /**
     * What the import will change inside quarters already submitted: the dry run's facts, the departures chosen
     * since, and whatever a refused import named; the 导入 step asks the reason when this is not empty.
     */
    public List<String> lateEdits() {
        if (analysis == null) {
            return List.of();
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(analysis.lateEdits());
        List<MemberDeparture> chosen = departures();
        if (!chosen.isEmpty()) {
            all.addAll(importer.lateDepartures(analysis.missingMembers(), chosen));
        }
        all.addAll(refusedLate);
        return List.copyOf(all);
    }

    /** @param reason why facts of a submitted quarter change (blank = not given yet) */
    public void lateEditReason(String reason) {
        lateReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public String lateEditReason() {
        return lateReason;
    }

    /** True while the import touches a submitted quarter and no reason has been typed: 导入 stays off. */
    public boolean lateReasonMissing() {
        return lateReason == null && !lateEdits().isEmpty();
    }

    /** The service refused the import for want of a reason: these facts are asked about on the 导入 step. */
    public void refusedLate(List<String> facts) {
        refusedLate = List.copyOf(facts);
    }

    /** The dry run of step 4; slow, call off the FX thread and hand the report to {@link #analysed}. */
    public ImportReport analyse(Progress progress) {
        return importer.analyse(preview.file(), options(true), progress);
    }

    public void analysed(ImportReport report) {
        analysis = report;
        refusedLate = List.of();
    }

    public ImportReport analysis() {
        return analysis;
    }

    /** The import of step 5 (one transaction); slow, call off the FX thread. */
    public ImportReport importNow(Progress progress) {
        return importer.importFile(preview.file(), options(false), progress);
    }

    public void imported(ImportReport report) {
        result = report;
    }

    public ImportReport result() {
        return result;
    }

    public Path writeErrorWorkbook(Path out) {
        return importer.writeErrorWorkbook(result != null ? result : analysis, out);
    }

    /** The preview table's lines for a filter. */
    public List<RowLine> lines(Filter filter) {
        if (analysis == null) {
            return List.of();
        }
        return analysis.rows().stream().filter(filter::accepts).map(ImportWizardModel::line).toList();
    }

    static RowLine line(RowOutcome r) {
        String result = r.rowClass().label()
                + (r.rowClass() != RowClass.ERROR && r.hasWarnings() ? I18n.t("import.row.withWarnings") : "");
        List<String> detail = new ArrayList<>();
        r.issues().stream().filter(CellIssue::isError).map(CellIssue::describe).forEach(detail::add);
        r.issues().stream().filter(i -> !i.isError()).map(i -> I18n.t("import.row.hint", i.describe()))
                .forEach(detail::add);
        if (r.rowClass() == RowClass.CHANGED) {
            detail.addAll(r.changes());
        }
        return new RowLine(r.sheet(), r.excelRow(), r.name(), result, String.join(I18n.t("ui.sep.clauses"), detail));
    }

    /** Back to step 1 for another file. */
    public void reset() {
        preview = null;
        chosenSheets.clear();
        mappings.clear();
        savedMappingNames.clear();
        analysis = null;
        result = null;
        leaving.clear();
        leavingDate = LocalDate.now();
        leavingNote = null;
        lateReason = null;
        refusedLate = List.of();
        step = Step.FILE;
    }
}
