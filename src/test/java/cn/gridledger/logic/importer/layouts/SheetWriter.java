package cn.gridledger.logic.importer.layouts;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a sheet the way people lay out rosters by hand: rows in order, merged titles and header bands,
 * vertical merges over blocks of rows. Rows are numbered as Excel shows them (1-based) so a layout's
 * truth reads like the file.
 */
final class SheetWriter {

    /** A value written with an Excel number format (dates as serial numbers, formatted numbers). */
    record Formatted(Object value, String format) {
    }

    static Formatted fmt(Object value, String format) {
        return new Formatted(value, format);
    }

    private final Workbook wb;
    private Sheet sheet;
    private final CellStyle body;
    private final CellStyle header;
    private final CellStyle title;
    private final Map<String, CellStyle> formats = new HashMap<>();
    private int next; // 0-based index of the next row to write

    private SheetWriter(Workbook wb) {
        this.wb = wb;
        body = wb.createCellStyle();
        body.setBorderBottom(BorderStyle.THIN);
        body.setBorderTop(BorderStyle.THIN);
        body.setBorderLeft(BorderStyle.THIN);
        body.setBorderRight(BorderStyle.THIN);
        body.setVerticalAlignment(VerticalAlignment.CENTER);
        header = wb.createCellStyle();
        header.cloneStyleFrom(body);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        title = wb.createCellStyle();
        title.setAlignment(HorizontalAlignment.CENTER);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
    }

    static SheetWriter xlsx(String sheetName) {
        return new SheetWriter(new XSSFWorkbook()).sheet(sheetName);
    }

    static SheetWriter xls(String sheetName) {
        return new SheetWriter(new HSSFWorkbook()).sheet(sheetName);
    }

    /** Starts another sheet of the same workbook; rows count from 1 again. */
    SheetWriter sheet(String name) {
        sheet = wb.createSheet(name);
        next = 0;
        return this;
    }

    Workbook workbook() {
        return wb;
    }

    Sheet current() {
        return sheet;
    }

    /** The Excel number of the row {@link #row} writes next. */
    int nextRow() {
        return next + 1;
    }

    /** Leaves {@code n} rows empty. */
    SheetWriter skip(int n) {
        next += n;
        return this;
    }

    /** A title merged across {@code width} columns. */
    int title(String text, int width) {
        int r = row(text);
        sheet.getRow(r - 1).getCell(0).setCellStyle(title);
        if (width > 1) {
            merge(r, r, 0, width - 1);
        }
        return r;
    }

    /** A line of text (填报单位、说明) merged across {@code width} columns. */
    int line(String text, int width) {
        int r = row(text);
        if (width > 1) {
            merge(r, r, 0, width - 1);
        }
        return r;
    }

    /** A header row: bold, centred, wrapped. Null labels leave the cell empty (covered by a merge). */
    int header(Object... labels) {
        int r = row(labels);
        Row row = sheet.getRow(r - 1);
        for (int c = 0; c < labels.length; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                cell = row.createCell(c);
            }
            cell.setCellStyle(header);
        }
        return r;
    }

    /** The 1 2 3 … row many county templates put under the header. */
    int numberRow(int width) {
        Object[] n = new Object[width];
        for (int c = 0; c < width; c++) {
            n[c] = String.valueOf(c + 1);
        }
        return row(n);
    }

    /** Writes the next row; returns its Excel number. */
    int row(Object... values) {
        int r = next++;
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            put(row, c, values[c]);
        }
        return r + 1;
    }

    /** Sets one cell of an already written (or new) row. */
    SheetWriter set(int excelRow, int col, Object value) {
        Row row = sheet.getRow(excelRow - 1);
        if (row == null) {
            row = sheet.createRow(excelRow - 1);
        }
        put(row, col, value);
        return this;
    }

    private void put(Row row, int c, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellStyle(body);
        Object value = v;
        String format = null;
        if (v instanceof Formatted f) {
            value = f.value();
            format = f.format();
        } else if (v instanceof LocalDate) {
            format = "yyyy-mm-dd";
        }
        if (value instanceof Number num) {
            cell.setCellValue(num.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
        }
        if (format != null) {
            cell.setCellStyle(formats.computeIfAbsent(format, f -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(body);
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                return s;
            }));
        }
    }

    /** Merges an Excel-numbered block (rows 1-based, columns 0-based). */
    SheetWriter merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow - 1, lastRow - 1, firstCol, lastCol));
        return this;
    }

    /** A vertical merge of one column over rows {@code from}..{@code to}: the value stays in the first row only. */
    SheetWriter mergeDown(int col, int from, int to) {
        for (int r = from + 1; r <= to; r++) {
            Row row = sheet.getRow(r - 1);
            if (row != null && row.getCell(col) != null) {
                row.removeCell(row.getCell(col));
            }
        }
        if (to > from) {
            merge(from, to, col, col);
        }
        return this;
    }

    /** Merges each header label over {@code depth} rows unless the label has sub-labels (set by the caller). */
    SheetWriter mergeHeaderColumns(int firstRow, int depth, int... cols) {
        for (int c : cols) {
            merge(firstRow, firstRow + depth - 1, c, c);
        }
        return this;
    }

    SheetWriter widths(int columns, int width) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, width * 256);
        }
        return this;
    }

    Path save(Path file) throws java.io.IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
