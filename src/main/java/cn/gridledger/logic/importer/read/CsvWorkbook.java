package cn.gridledger.logic.importer.read;

import cn.gridledger.logic.importer.ImportRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A CSV file as a one-sheet workbook. Every value is TEXT: CSV carries no types. */
final class CsvWorkbook implements SourceWorkbook {

    /** CSV is parsed in memory; 100 MB of text is far beyond any roster. */
    static final long MAX_CSV_BYTES = 100L * 1024 * 1024;

    private final String sheetName;
    private final List<SourceRow> rows;

    private CsvWorkbook(String sheetName, List<SourceRow> rows) {
        this.sheetName = sheetName;
        this.rows = rows;
    }

    static CsvWorkbook open(Path file) {
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw ImportRefusedException.tooLarge("CSV 超过 " + MAX_CSV_BYTES / (1024 * 1024) + " MB");
            }
            String text = TextDecoding.decode(Files.readAllBytes(file));
            List<List<String>> table = CsvParser.parse(text);
            List<SourceRow> rows = new ArrayList<>(table.size());
            for (int r = 0; r < table.size(); r++) {
                List<String> fields = table.get(r);
                List<SourceCell> cells = new ArrayList<>(fields.size());
                for (int c = 0; c < fields.size(); c++) {
                    cells.add(SourceCell.text(c, fields.get(c)));
                }
                rows.add(new SourceRow(r, cells));
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return new CsvWorkbook(name, rows);
        } catch (IOException e) {
            throw ImportRefusedException.corrupt("无法读取文本内容", e);
        }
    }

    @Override
    public List<MergedRegion> merges(int sheetIndex) {
        return List.of(); // CSV has no merged cells
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(new SheetInfo(0, sheetName, false, rows.size()));
    }

    @Override
    public TopArea topArea(int sheetIndex) {
        List<SourceRow> top = new ArrayList<>(rows.subList(0, Math.min(TopArea.ROWS, rows.size())));
        while (top.size() < TopArea.ROWS) {
            top.add(SourceRow.empty(top.size()));
        }
        return new TopArea(top, List.of());
    }

    @Override
    public RowStream rows(int sheetIndex) {
        return RowStream.of(rows);
    }

    @Override
    public void close() {
        // nothing held open
    }
}
