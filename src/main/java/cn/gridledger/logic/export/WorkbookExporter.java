package cn.gridledger.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.io.AtomicFileWriter;
import cn.gridledger.logic.report.ReportTable;

/**
 * Writes report tables to .xlsx, streaming rows (POI SXSSF keeps a window of rows in memory and spills
 * the rest to a temporary file), into a temporary file beside the target that replaces it only when
 * complete: a cancelled or failed export never leaves a half-written workbook.
 */
public final class WorkbookExporter {

    /** Rows kept in memory per sheet before they are flushed. */
    private static final int WINDOW = 200;

    private WorkbookExporter() {
    }

    /** Data rows written per sheet, in the order of the tables. */
    public static List<Long> write(List<ReportTable> tables, Path file, Progress progress) {
        // temp file beside the target, forced to disk, moved over it only when complete
        return render(tables, progress, wb -> AtomicFileWriter.write(file, wb::write));
    }

    /** The same workbook written to a stream (the library preload writes one to nowhere). */
    static List<Long> writeTo(List<ReportTable> tables, OutputStream out) {
        return render(tables, Progress.NONE, wb -> {
            try {
                wb.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Long> render(List<ReportTable> tables, Progress progress, Consumer<StreamingWorkbook> save) {
        StreamingWorkbook wb = new StreamingWorkbook(WINDOW);
        try {
            SheetStyles styles = new SheetStyles(wb);
            ReportSheetWriter writer = new ReportSheetWriter(wb, styles);
            List<Long> rows = new ArrayList<>();
            for (ReportTable t : tables) {
                rows.add(writer.write(t, sheetName(t), progress));
            }
            save.accept(wb);
            return rows;
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in sheet names. */
    static String sheetName(ReportTable t) {
        String name = t.kind().title().replaceAll("[\\[\\]:*?/\\\\]", "");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
