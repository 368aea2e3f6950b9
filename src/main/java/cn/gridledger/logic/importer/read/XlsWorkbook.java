package cn.gridledger.logic.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** .xls (BIFF8) through POI HSSF. The format caps a sheet at 65,536 rows, so loading it whole is fine. */
final class XlsWorkbook implements SourceWorkbook {

    private final HSSFWorkbook workbook;
    private final boolean date1904;
    private final CellFormats formats;
    private final List<SheetInfo> sheets = new ArrayList<>();

    private XlsWorkbook(HSSFWorkbook workbook) {
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        this.formats = new CellFormats(date1904);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            Sheet sheet = workbook.getSheetAt(i);
            int rows = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
            sheets.add(new SheetInfo(i, workbook.getSheetName(i), hidden, rows));
        }
    }

    static XlsWorkbook open(Path file) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            return new XlsWorkbook(new HSSFWorkbook(fs.getRoot(), true));
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw Failures.classify(e);
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public TopArea topArea(int sheetIndex) {
        return Failures.guard(() -> {
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            List<SourceRow> rows = new ArrayList<>();
            for (int r = 0; r < TopArea.ROWS; r++) {
                Row row = sheet.getRow(r);
                rows.add(row == null ? SourceRow.empty(r) : toSourceRow(row));
            }
            return new TopArea(rows, merges(sheetIndex));
        });
    }

    @Override
    public List<MergedRegion> merges(int sheetIndex) {
        return Failures.guard(() -> {
            List<MergedRegion> merges = new ArrayList<>();
            for (CellRangeAddress a : workbook.getSheetAt(sheetIndex).getMergedRegions()) {
                merges.add(new MergedRegion(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
            }
            return merges;
        });
    }

    @Override
    public RowStream rows(int sheetIndex) {
        Iterator<Row> it = Failures.guard(() -> workbook.getSheetAt(sheetIndex).rowIterator());
        return new RowStream() {
            @Override
            public boolean hasNext() {
                return Failures.guard(it::hasNext);
            }

            @Override
            public SourceRow next() {
                return Failures.guard(() -> toSourceRow(it.next()));
            }

            @Override
            public void close() {
                // nothing held per stream
            }
        };
    }

    private SourceRow toSourceRow(Row row) {
        int width = Math.max(0, row.getLastCellNum());
        List<SourceCell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? SourceCell.blank(c) : toSourceCell(cell, c));
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    private SourceCell toSourceCell(Cell cell, int c) {
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        int fmtId = cell.getCellStyle().getDataFormat();
        String fmt = cell.getCellStyle().getDataFormatString();
        return switch (type) {
            case NUMERIC -> formats.number(c, cell.getNumericCellValue(), fmtId, fmt, formula);
            case STRING -> CellFormats.text(c, cell.getRichStringCellValue().getString(), formula, fmtId, fmt);
            case BOOLEAN -> CellFormats.bool(c, cell.getBooleanCellValue(), formula);
            case ERROR -> CellFormats.error(c, errorText(cell.getErrorCellValue()), formula);
            default -> SourceCell.blank(c);
        };
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#VALUE!";
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // read-only; nothing to save
        }
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
