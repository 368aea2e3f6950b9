package cn.gridledger.logic.importer;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.cadre.CadreImporter;
import cn.gridledger.logic.importer.header.ColumnMapping;
import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.HeaderDetector;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.importer.household.HouseholdImporter;
import cn.gridledger.logic.importer.read.MergeFill;
import cn.gridledger.logic.importer.read.RowStream;
import cn.gridledger.logic.importer.read.SheetInfo;
import cn.gridledger.logic.importer.read.SourceWorkbook;
import cn.gridledger.logic.importer.rows.DataRow;
import cn.gridledger.logic.importer.rows.RowClassifier;
import cn.gridledger.logic.importer.rows.RowNote;
import cn.gridledger.logic.store.ImportWriter;
import cn.gridledger.logic.store.ImportWriter.VillageRef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the chosen sheets of a workbook: rows are streamed, classified (records vs. title, footer,
 * notes), parsed and compared with what is stored, and — when a writer is given — written.
 */
public final class RosterImport {

    /** A sheet to import with the header found in it (and possibly a mapping the user changed). */
    public record SheetPlan(SheetInfo sheet, DetectedHeader header) {
    }

    private static final int PROGRESS_EVERY = 500;

    private RosterImport() {
    }

    /**
     * The sheets to import: the one named, or every visible sheet whose header can be found.
     *
     * @throws ImportRefusedException when no sheet has a roster header, or the named sheet does not exist
     */
    public static List<SheetPlan> plan(SourceWorkbook wb, RosterKind kind, String sheetName) {
        return plan(wb, kind, sheetName, java.util.Map.of());
    }

    /** @param mappings column mappings chosen by the user or saved for a header, by sheet index */
    public static List<SheetPlan> plan(SourceWorkbook wb, RosterKind kind, String sheetName,
                                       java.util.Map<Integer, ColumnMapping> mappings) {
        List<SheetPlan> plans = new ArrayList<>();
        ImportRefusedException firstRefusal = null;
        for (SheetInfo sheet : wb.sheets()) {
            if (sheetName != null ? !sheet.name().equals(sheetName) : sheet.hidden()) {
                continue;
            }
            try {
                DetectedHeader header = HeaderDetector.detect(sheet.name(), wb.topArea(sheet.index()));
                ColumnMapping chosen = mappings.get(sheet.index());
                if (chosen != null) {
                    header = header.withMapping(chosen);
                }
                requireUsable(sheet, header, kind);
                plans.add(new SheetPlan(sheet, header));
            } catch (ImportRefusedException e) {
                firstRefusal = firstRefusal == null ? e : firstRefusal;
            }
        }
        if (plans.isEmpty()) {
            if (sheetName != null && firstRefusal == null) {
                throw new ImportRefusedException(ImportRefusedException.Reason.NO_HEADER, "文件中没有名为“" + sheetName
                        + "”的工作表，现有工作表：" + String.join("、", wb.sheets().stream().map(SheetInfo::name).toList()));
            }
            throw firstRefusal != null ? firstRefusal : ImportRefusedException.empty();
        }
        requireKind(plans.get(0).header(), kind);
        return plans;
    }

    /** A header without 姓名, or without 身份证号 and 出生年月, cannot tell who each row is: refused, saying so exactly. */
    public static void requireUsable(SheetInfo sheet, DetectedHeader header, RosterKind kind) {
        String missing = HeaderDetector.missing(header, kind);
        if (missing != null) {
            throw new ImportRefusedException(ImportRefusedException.Reason.NO_HEADER, "工作表“" + sheet.name() + "”" + missing);
        }
    }

    /** A cadre import of a household ledger (or the reverse) is refused with a hint, not turned into errors. */
    static void requireKind(DetectedHeader header, RosterKind kind) {
        RosterField.Scope wanted = kind == RosterKind.CADRE ? RosterField.Scope.CADRE : RosterField.Scope.HOUSEHOLD;
        RosterField.Scope other = kind == RosterKind.CADRE ? RosterField.Scope.HOUSEHOLD : RosterField.Scope.CADRE;
        ColumnMapping m = header.mapping();
        boolean hasWanted = m.fields().stream().anyMatch(f -> f.scope() == wanted);
        boolean hasOther = m.fields().stream().anyMatch(f -> f.scope() == other);
        if (!hasWanted && hasOther) {
            RosterKind detected = kind == RosterKind.CADRE ? RosterKind.HOUSEHOLD : RosterKind.CADRE;
            throw new ImportRefusedException(ImportRefusedException.Reason.NO_HEADER, "这个文件看起来是"
                    + detected.displayName() + "，不是" + kind.displayName() + "，请选择“导入"
                    + detected.displayName() + "”（命令行：import " + (detected == RosterKind.CADRE ? "cadres" : "households") + "）");
        }
    }

    /**
     * Runs the import over the planned sheets.
     *
     * @param writer null for a dry run (nothing is written; the outcome is the same)
     */
    public static ImportReport run(Path file, SourceWorkbook wb, List<SheetPlan> plans, RosterKind kind,
                                   KnownRecords known, ImportWriter writer, Progress progress) throws SQLException {
        return run(file, wb, plans, kind, null, known, writer, progress);
    }

    /**
     * @param villageCode the village the user says the whole file belongs to (本表所属村, {@code --village}),
     *                    or null to take it from the sheet (info row 村：…, a title naming one village)
     */
    public static ImportReport run(Path file, SourceWorkbook wb, List<SheetPlan> plans, RosterKind kind, String villageCode,
                                   KnownRecords known, ImportWriter writer, Progress progress) throws SQLException {
        return run(file, wb, plans, kind, villageCode, known, writer, LateFacts.NONE, progress);
    }

    /** @param late collects the facts (households, members, posts, reserves) that reach a submitted quarter (#15) */
    public static ImportReport run(Path file, SourceWorkbook wb, List<SheetPlan> plans, RosterKind kind, String villageCode,
                                   KnownRecords known, ImportWriter writer, LateFacts late, Progress progress)
            throws SQLException {
        RecordImporter importer = kind == RosterKind.CADRE ? new CadreImporter(known, writer, late)
                : new HouseholdImporter(known, writer, late);
        long total = plans.stream().mapToLong(p -> Math.max(0, p.sheet().approxRowCount())).sum();
        long done = 0;
        List<RowNote> notes = new ArrayList<>();
        for (SheetPlan plan : plans) {
            RowClassifier classifier = new RowClassifier(plan.header());
            String sheet = plan.sheet().name();
            importer.startSheet(context(plan, villageCode, known));
            boolean date1904 = wb.date1904();
            long sheetStart = done;
            long reported = done;
            // rows are parsed and sorted on a second thread while this one checks and writes the records
            RowStream rows = MergeFill.wrap(wb.rows(plan.sheet().index()), wb.merges(plan.sheet().index()),
                    plan.header().lastRow());
            try (RecordPipeline records = new RecordPipeline(rows, classifier)) {
                List<DataRow> batch;
                while ((batch = records.next()) != null) {
                    for (DataRow row : batch) {
                        importer.accept(row, sheet, date1904);
                    }
                    done = sheetStart + records.rowsRead();
                    if (done - reported >= PROGRESS_EVERY) {
                        reported = done;
                        progress.checkCancelled();
                        progress.update(done, total, "正在读取第 " + done + " 行");
                    }
                }
                done = sheetStart + records.rowsRead();
            }
            notes.addAll(classifier.notes()); // the reading thread has been joined: its notes are complete
        }
        progress.update(done, total, "正在核对并写入");
        List<RowOutcome> outcomes = importer.finish();
        if (writer != null) {
            writer.flush();
        }
        progress.update(total, total, "完成");
        return new ImportReport(file, kind, plans.stream().map(p -> p.sheet().name()).toList(),
                plans.get(0).header().firstExcelRow(), outcomes, notes, false, plans.get(0).header().mapping().columns(),
                importer.unknownVillages(), importer.missingMembers());
    }

    /** What the user and the sheet's title rows say about all its rows. */
    static SheetContext context(SheetPlan plan, String villageCode, KnownRecords known) {
        DetectedHeader h = plan.header();
        VillageRef village = null;
        if (villageCode != null) {
            village = known.villageByCodePrefix(villageCode.strip()).orElseThrow(() -> new ImportRefusedException(
                    ImportRefusedException.Reason.NO_HEADER, "本乡镇没有代码为 " + villageCode + " 的村，现有的村："
                    + known.villageNames()));
        } else {
            for (String key : List.of("村", "村（社区）", "标题", "填报单位", "单位")) {
                String text = h.metadata().get(key);
                if (text != null && (village = known.villageByName(text).orElse(null)) != null) {
                    break;
                }
            }
        }
        return new SheetContext(plan.sheet().name(), h, village,
                SheetContext.categoryNamedIn(h.metadata().get("标题"), plan.sheet().name()));
    }
}
