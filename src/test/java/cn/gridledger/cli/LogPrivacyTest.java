package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.AppLog;
import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.sampledata.SampleTownship;

/**
 * The log file holds no ID number, phone or name of the people in the data: after an import of a roster
 * with errors (written with its error workbook) and after an internal fault whose message quotes a cell.
 */
class LogPrivacyTest {

    static final Path ROSTER = Path.of("sample-data", "rosters", "农户信息台账_示例.xlsx");
    static final Pattern ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @TempDir
    Path dir;

    @Test
    void noIdNumbersPhonesOrNamesReachTheLog() throws Exception {
        Path db = SampleTownship.create(dir.resolve("t.db"));
        AppLog.init(dir); // once per JVM: an earlier test's log may be gone with its folder, so listen here too
        Path log = dir.resolve("privacy.log");
        FileHandler handler = new FileHandler(log.toString());
        handler.setEncoding("UTF-8");
        handler.setFormatter(AppLog.formatter()); // what the program's log file is written with
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            importAndFault(db, log);
        } finally {
            root.removeHandler(handler);
            handler.close();
        }
    }

    private void importAndFault(Path db, Path log) throws Exception {
        long before = 0;

        CliTest.Run r = CliTest.run("--db", db.toString(), "import", "households", "--errors",
                dir.resolve("错误.xlsx").toString(), ROSTER.toString());
        assertEquals(Cli.OK, r.status(), r.err());
        String id = "430122198503010011";
        String phone = "13912345678";
        Logger.getLogger(Cli.class.getName()).log(Level.SEVERE, "internal fault in command import",
                new IllegalStateException("第 7 行：无法解析 " + id + " / " + phone));

        String written = readFrom(log, before);
        assertTrue(written.contains("import 农户信息台账_示例.xlsx"), "the import is logged: " + written);
        assertTrue(written.contains("IllegalStateException"), "the fault is logged: " + written);
        assertFalse(written.contains(id) || written.contains(phone), "the fault's quoted cell is masked: " + written);
        Matcher ids = ID.matcher(written);
        assertFalse(ids.find(), "an ID number in the log: " + (ids.hitEnd() ? "" : ids.group()));
        Matcher mobiles = MOBILE.matcher(written);
        assertFalse(mobiles.find(), "a mobile number in the log: " + (mobiles.hitEnd() ? "" : mobiles.group()));
        for (String value : personalValues()) {
            assertFalse(written.contains(value), "「" + value + "」 of the roster in the log:\n" + written);
        }
    }

    /** The names, ID numbers and phones the roster holds (the names as the importer read them). */
    private Set<String> personalValues() throws IOException {
        Set<String> out = new TreeSet<>();
        try (AppServices app = AppServices.open(SampleTownship.create(dir.resolve("read.db")))) {
            ImportReport report = app.importer().analyse(ROSTER,
                    ImportService.Options.of(RosterKind.HOUSEHOLD, null, true, false), Progress.NONE);
            assertTrue(report.errorRows() > 0, "the roster has rows in error: " + report.countsLine());
            for (RowOutcome o : report.rows()) {
                if (o.name() != null && o.name().strip().length() >= 2) {
                    out.add(o.name().strip());
                }
            }
        }
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(ROSTER.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = f.formatCellValue(cell).strip();
                        if (ID.matcher(text).matches() || MOBILE.matcher(text).matches()) {
                            out.add(text);
                        }
                    }
                }
            }
        }
        assertTrue(out.size() > 10, "the roster's people: " + out);
        return out;
    }

    private static String readFrom(Path log, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            f.seek(Math.min(offset, f.length()));
            byte[] rest = new byte[(int) (f.length() - f.getFilePointer())];
            f.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8);
        }
    }
}
