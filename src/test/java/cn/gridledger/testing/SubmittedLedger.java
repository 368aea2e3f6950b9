package cn.gridledger.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.ExportedFile;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;

/**
 * 报送 (#15) for import tests: the report fixture township with 2026Q3 submitted (its township-wide quarterly
 * reports, as exported), and its C2 ledger exported and edited the way a township sends it back: a cell of
 * one member changed, a member left out, a household added.
 */
public final class SubmittedLedger {

    public static final Quarter Q3 = new Quarter(2026, 3);

    /** The ledger as text: the export's heading row and one list per member row. */
    private final List<String> header;
    private final List<List<String>> rows;

    private SubmittedLedger(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Creates the fixture township at {@code db} and submits its 2026Q3 reports. */
    public static Path create(Path db, Path dir) throws Exception {
        return create(db, dir, Q3, LocalDate.of(2026, 10, 8));
    }

    /**
     * Creates the fixture township at {@code db} and submits the reports of {@code quarter} (e.g. the current
     * one, for changes a service dates today), filled in on {@code filled}.
     */
    public static Path create(Path db, Path dir, Quarter quarter, LocalDate filled) throws Exception {
        ReportFixture.create(db);
        try (AppServices app = AppServices.open(db)) {
            submit(app, dir, quarter, filled, ReportKind.GRID_SUMMARY, ReportKind.MONITORING, ReportKind.CHANGES);
        }
        return db;
    }

    /** Exports {@code kinds} of quarter {@code q} (township-wide, into a folder under {@code dir}) and submits them. */
    public static void submit(AppServices app, Path dir, Quarter q, ReportKind... kinds) throws Exception {
        submit(app, dir, q, LocalDate.of(2026, 10, 8), kinds);
    }

    /** As {@link #submit(AppServices, Path, Quarter, ReportKind...)}, the reports filled in on {@code filled}. */
    public static void submit(AppServices app, Path dir, Quarter q, LocalDate filled, ReportKind... kinds) throws Exception {
        Path out = Files.createTempDirectory(Files.createDirectories(dir), "submitted-" + q.code() + "-");
        List<Path> files = app.reports().export(List.of(kinds), new Request(q, null, new Footer("张填表", "李审核",
                "0311-12345678", filled)), out, false, Progress.NONE).files().stream()
                .map(ExportedFile::file).toList();
        app.submissions().submit(q, files);
    }

    /** The township's C2 ledger as exported now. */
    public static SubmittedLedger export(AppServices app, Path dir) throws Exception {
        Path file = dir.resolve("c2-" + System.nanoTime() + ".xlsx");
        app.reports().export(List.of(ReportKind.HOUSEHOLD_LEDGER), new Request(Quarter.current(), null, Footer.empty()),
                file, true, Progress.NONE);
        DataFormatter f = new DataFormatter();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, r.getLastCellNum()); i++) {
                    Cell c = r.getCell(i);
                    cells.add(c == null ? "" : f.formatCellValue(c).trim());
                }
                if (header == null && !cells.isEmpty() && cells.get(0).equals("序号")) {
                    header = cells;
                } else if (header != null && !cells.isEmpty() && cells.get(0).matches("\\d+")) {
                    rows.add(cells);
                }
            }
        }
        if (header == null) {
            throw new AssertionError("no heading row in the C2 export");
        }
        SubmittedLedger ledger = new SubmittedLedger(header, rows);
        // the fixture's made-up phones and ID numbers would be errors of their own: those columns are left out
        for (List<String> row : rows) {
            ledger.set(row, "户联系电话", "");
            ledger.set(row, "性别", "");
        }
        return ledger;
    }

    /** Sets one cell of the row of {@code name}. */
    public SubmittedLedger set(String name, String column, String value) {
        List<String> row = row(name);
        int i = column(column);
        while (row.size() <= i) {
            row.add("");
        }
        row.set(i, value);
        return this;
    }

    /** Replaces {@code from} by {@code to} in one cell of the row of {@code name}. */
    public SubmittedLedger replace(String name, String column, String from, String to) {
        String was = row(name).get(column(column));
        if (!was.contains(from)) {
            throw new AssertionError(column + " of " + name + " has no " + from + ": " + was);
        }
        return set(name, column, was.replace(from, to));
    }

    /** Leaves the row of {@code name} out (the member is listed as 可能迁出/死亡). */
    public SubmittedLedger without(String name) {
        rows.remove(row(name));
        return this;
    }

    /** A new one-person household of 安恕村's 一组网格 whose 立户日期 is {@code since} (storage form). */
    public SubmittedLedger newHousehold(String hhNumber, String head, String since) {
        List<String> row = new ArrayList<>();
        header.forEach(h -> row.add(""));
        rows.add(row);
        row.set(0, String.valueOf(rows.size()));
        set(row, "村", "安恕村");
        set(row, "网格编号", ReportFixture.V1 + "001");
        set(row, "网格名称", "一组网格");
        set(row, "户编号", hhNumber);
        set(row, "户主姓名", head);
        set(row, "与户主关系", "户主");
        set(row, "姓名", head);
        set(row, "性别", "男");
        set(row, "身份证号", idNumber("13010219800315123"));
        set(row, "出生日期", "1980.03.15");
        set(row, "户类型", "一般农户");
        set(row, "是否低保", "否");
        set(row, "是否特困供养", "否");
        set(row, "立户日期", since.replace('-', '.'));
        return this;
    }

    /** Writes the ledger as a plain workbook: the heading row, then the member rows. */
    public Path write(Path file) throws Exception {
        return PlainWorkbook.write(file, "农户信息台账", header, rows);
    }

    private List<String> row(String name) {
        int i = column("姓名");
        return rows.stream().filter(r -> r.size() > i && r.get(i).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + name + " in the C2 export"));
    }

    private int column(String label) {
        int i = header.indexOf(label);
        if (i < 0) {
            throw new AssertionError("no column " + label + " in " + header);
        }
        return i;
    }

    private void set(List<String> row, String column, String value) {
        int i = column(column);
        while (row.size() <= i) {
            row.add("");
        }
        row.set(i, value);
    }

    /** A valid 18-digit ID number (GB 11643 check digit) from its first 17 digits. */
    private static String idNumber(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
