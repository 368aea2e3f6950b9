package cn.gridledger.logic.importer.errors;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.read.FileFormat;
import cn.gridledger.logic.importer.read.RowStream;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.SourceRow;
import cn.gridledger.logic.importer.read.SourceWorkbook;
import cn.gridledger.logic.importer.read.WorkbookReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 错误标注表: a copy of the user's own workbook (same format and layout; a CSV becomes .xlsx) with each
 * bad cell filled (red for errors, yellow for warnings) and a Chinese comment saying what is wrong and what
 * is expected, plus a 错误汇总 sheet. The user fixes the file there and imports it again. Very large files
 * get a new workbook that only lists the problems.
 */
public final class ErrorWorkbookWriter {

    public static final String SUMMARY_SHEET = "错误汇总";
    /** Above this the user's file is not loaded whole; the problems are listed in a new workbook. */
    static final long MAX_COPY_BYTES = 20L * 1024 * 1024;

    private ErrorWorkbookWriter() {
    }

    /**
     * Writes the workbook and returns where it went: {@code out}, or {@code out} with the extension the
     * format needs ({@code .xls} for an .xls file).
     */
    public static Path write(ImportReport report, Path out) {
        Path source = report.file();
        try {
            FileFormat format;
            try (SourceWorkbook wb = WorkbookReader.open(source)) {
                format = wb.format();
            }
            Path target = withExtension(out, format == FileFormat.XLS ? ".xls" : ".xlsx");
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".gridledger-errors-", ".tmp");
            try {
                try (Workbook wb = copyOf(source, format, report)) {
                    mark(wb, report);
                    try (OutputStream os = Files.newOutputStream(temp)) {
                        wb.write(os);
                    }
                    if (wb instanceof SXSSFWorkbook s) {
                        s.dispose();
                    }
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UserFacingException("无法写入错误标注表：" + out + "（" + e.getMessage() + "）。请检查文件夹是否可写、文件是否正在 Excel 中打开。", e);
        }
    }

    static Path withExtension(Path out, String ext) {
        String name = out.getFileName().toString();
        String base = name.replaceFirst("(?i)\\.(xlsx|xls|csv)$", "");
        return out.resolveSibling(base + ext);
    }

    private static Workbook copyOf(Path source, FileFormat format, ImportReport report) throws IOException {
        if (format == FileFormat.CSV) {
            return fromCsv(source, report);
        }
        if (Files.size(source) > MAX_COPY_BYTES) {
            return new SXSSFWorkbook(100);
        }
        try (InputStream in = Files.newInputStream(source)) {
            return WorkbookFactory.create(in);
        }
    }

    private static Workbook fromCsv(Path source, ImportReport report) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try (SourceWorkbook csv = WorkbookReader.open(source); RowStream rows = csv.rows(0)) {
            Sheet sheet = wb.createSheet(report.sheets().isEmpty() ? "Sheet1" : safeName(report.sheets().get(0)));
            while (rows.hasNext()) {
                SourceRow r = rows.next();
                Row row = sheet.createRow(r.index());
                for (SourceCell c : r.cells()) {
                    if (!c.isBlank()) {
                        row.createCell(c.column()).setCellValue(c.text());
                    }
                }
            }
        }
        return wb;
    }

    private static String safeName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private static void mark(Workbook wb, ImportReport report) {
        List<CellIssue> issues = report.issues();
        boolean copy = !(wb instanceof SXSSFWorkbook);
        if (copy) {
            Map<String, List<CellIssue>> byCell = new LinkedHashMap<>();
            // left to right: POI files a new comment under its anchor's cell (the one to the right) until it
            // is moved to its own cell, so that neighbour must not have its comment yet
            for (CellIssue i : issues.stream().sorted(java.util.Comparator.comparing(CellIssue::sheet)
                    .thenComparingInt(CellIssue::excelRow).thenComparingInt(CellIssue::column)).toList()) {
                byCell.computeIfAbsent(i.sheet() + "\u0000" + i.excelRow() + "\u0000" + Math.max(0, i.column()),
                        k -> new ArrayList<>()).add(i);
            }
            Map<String, CellStyle> styles = new HashMap<>();
            for (List<CellIssue> cellIssues : byCell.values()) {
                markCell(wb, cellIssues, styles);
            }
        }
        writeSummary(wb, issues);
    }

    private static void markCell(Workbook wb, List<CellIssue> issues, Map<String, CellStyle> styles) {
        CellIssue first = issues.get(0);
        Sheet sheet = wb.getSheet(first.sheet());
        if (sheet == null) {
            sheet = wb.getNumberOfSheets() == 1 ? wb.getSheetAt(0) : null;
        }
        if (sheet == null) {
            return;
        }
        int rowIndex = first.excelRow() - 1;
        int column = Math.max(0, first.column());
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        boolean error = issues.stream().anyMatch(CellIssue::isError);
        String key = cell.getCellStyle().getIndex() + (error ? "E" : "W");
        cell.setCellStyle(styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(cell.getCellStyle());
            s.setFillForegroundColor(error ? IndexedColors.RED.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (error) {
                Font f = wb.createFont();
                f.setColor(IndexedColors.WHITE.getIndex());
                f.setBold(true);
                s.setFont(f);
            }
            return s;
        }));
        StringBuilder text = new StringBuilder();
        for (CellIssue i : issues) {
            text.append(text.length() == 0 ? "" : "\n").append(i.isError() ? "错误：" : "提示：").append(i.message());
        }
        cell.removeCellComment();
        CreationHelper helper = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 5);
        anchor.setRow1(rowIndex);
        anchor.setRow2(rowIndex + 4 + issues.size());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text.toString()));
        comment.setAuthor("网格台账");
        cell.setCellComment(comment);
    }

    private static void writeSummary(Workbook wb, List<CellIssue> issues) {
        int existing = wb.getSheetIndex(SUMMARY_SHEET);
        if (existing >= 0) {
            wb.removeSheetAt(existing);
        }
        Sheet sheet = wb.createSheet(SUMMARY_SHEET);
        CellStyle bold = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        bold.setFont(f);
        String[] header = {"行", "列", "字段", "原值", "问题", "工作表"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header[i]);
            c.setCellStyle(bold);
        }
        int r = 1;
        for (CellIssue i : issues) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(i.excelRow());
            row.createCell(1).setCellValue(i.columnLetter());
            row.createCell(2).setCellValue(i.field());
            row.createCell(3).setCellValue(i.raw());
            row.createCell(4).setCellValue((i.isError() ? "" : "【提示】") + i.message());
            row.createCell(5).setCellValue(i.sheet());
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {6, 6, 16, 22, 70, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        if (!(wb instanceof HSSFWorkbook) && !(wb instanceof SXSSFWorkbook)) {
            wb.setActiveSheet(wb.getSheetIndex(sheet));
        }
    }
}
