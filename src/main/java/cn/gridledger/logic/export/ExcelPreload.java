package cn.gridledger.logic.export;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gridledger.logic.report.Column;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.report.RowSource;

/**
 * Loads the Excel library in the background while the user logs in, by writing a two-row report
 * workbook to nowhere. The first workbook of a program run costs over a second of
 * class loading (POI, XMLBeans and the OOXML schema classes) before a single row is written; measured
 * on the 2-core test machine, the first R1–R5 export after start needed about 40% more processor time
 * without this. Started a moment after opening so it does not compete with the window coming up.
 */
public final class ExcelPreload {

    private static final Logger LOG = Logger.getLogger(ExcelPreload.class.getName());
    private static final long DELAY_MS = 1_500;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ExcelPreload() {
    }

    /** Starts the preload on a daemon thread, once per program run. */
    public static void startOnce() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(ExcelPreload::run, "gridledger-excel-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            Thread.sleep(DELAY_MS);
            writeSample();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // only a head start: the real export reports its own problems
            LOG.log(Level.FINE, "Excel library preload failed", e);
        }
    }

    /** A small report through the real writer: title, two-level header, rows, total, notes, footer. */
    static long writeSample() {
        List<Column> header = List.of(Column.text("村", 10), Column.group("户数", Column.count("合计"), Column.count("其中脱贫户")));
        RowSource rows = RowSource.of(List.of(ReportRow.data("示例村", 12L, 3L),
                ReportRow.of(ReportRow.Kind.TOTAL, new Object[] {"合计", 12L, 3L})));
        ReportTable table = new ReportTable(ReportKind.GRID_SUMMARY, "示例", "示例镇", "2026-09-30", "户", header, rows,
                List.of("注：示例。"), Footer.empty());
        return WorkbookExporter.writeTo(List.of(table), OutputStream.nullOutputStream()).get(0);
    }
}
