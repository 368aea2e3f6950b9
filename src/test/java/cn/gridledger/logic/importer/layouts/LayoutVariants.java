package cn.gridledger.logic.importer.layouts;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Variants of a layout file for the never-fault test: columns dropped or swapped, header labels renamed
 * to synonyms, a merged block laid over data rows, blank and note rows inserted, villages the township does
 * not know, odd values typed into data cells. Each variant is the first sheet (or the CSV) read into a
 * plain grid, changed, and written again in the file's own format; seeded, so every run writes the same
 * files.
 */
final class LayoutVariants {

    /** One cell: its value (String, Double, Boolean) and number format. */
    private record Value(Object value, String format) {
    }

    /** 0-based merged block. */
    private record Block(int r1, int r2, int c1, int c2) {
        boolean covers(int r, int c) {
            return r >= r1 && r <= r2 && c >= c1 && c <= c2;
        }

        boolean overlaps(Block o) {
            return r1 <= o.r2 && o.r1 <= r2 && c1 <= o.c2 && o.c1 <= c2;
        }

        boolean single() {
            return r1 == r2 && c1 == c2;
        }
    }

    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("姓名", "名字"),
            Map.entry("身份证号", "公民身份号码"), Map.entry("身份证号码", "证件号码"), Map.entry("联系电话", "手机号码"),
            Map.entry("出生年月", "出生日期"), Map.entry("现任职务", "职务"), Map.entry("村（社区）", "所在村"),
            Map.entry("与户主关系", "家庭关系"), Map.entry("户编号", "户号"), Map.entry("户主姓名", "户主"),
            Map.entry("性别", "性 别"), Map.entry("所驻村", "村名"), Map.entry("驻村职务", "担任职务"), Map.entry("民族", "民　族"),
            Map.entry("文化程度", "学历"), Map.entry("政治面貌", "政治面目"));

    private static final List<String> VILLAGE_NAMES = List.of("安恕村", "王家村", "福安屯村", "东升社区", "三合村");

    private final List<List<Value>> rows = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final int header; // 0-based header row
    private final String sheetName;

    /** How a CSV source was encoded, so its variants are written the same way (null for workbooks). */
    private Charset csvCharset;
    private boolean csvBom;

    private LayoutVariants(Path file, int headerRow) throws Exception {
        header = headerRow - 1;
        if (file.toString().endsWith(".csv")) {
            sheetName = null;
            readCsv(file);
            return;
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            sheetName = s.getSheetName();
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                List<Value> line = new ArrayList<>();
                Row row = s.getRow(r);
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        line.add(read(row.getCell(c)));
                    }
                }
                rows.add(line);
            }
            for (CellRangeAddress m : s.getMergedRegions()) {
                blocks.add(new Block(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
            }
        }
    }

    private void readCsv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        csvBom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, csvBom ? 3 : 0, bytes.length - (csvBom ? 3 : 0)))
                    .toString();
            csvCharset = StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("GBK"));
            csvCharset = Charset.forName("GBK");
        }
        for (String line : text.split("\r?\n")) {
            List<Value> cells = new ArrayList<>();
            for (String v : line.split(",", -1)) { // the corpus's CSV files quote no commas
                cells.add(v.isEmpty() ? null : new Value(v, null));
            }
            rows.add(cells);
        }
    }

    private static Value read(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String format = cell.getCellStyle().getDataFormatString();
        return switch (t) {
            case NUMERIC -> new Value(cell.getNumericCellValue(), "General".equals(format) ? null : format);
            case STRING -> new Value(cell.getStringCellValue(), null);
            case BOOLEAN -> new Value(cell.getBooleanCellValue(), null);
            default -> null;
        };
    }

    /** A few variants of {@code truth}'s file (none for CSV or refused layouts), written into {@code dir}. */
    static List<Path> of(LayoutTruth truth, Path dir, long seed, int count) throws Exception {
        String name = truth.file().getFileName().toString();
        if (truth.headerRow() == null) {
            return List.of();
        }
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LayoutVariants v = new LayoutVariants(truth.file(), truth.headerRow());
            List<String> applied = new ArrayList<>();
            int changes = 1 + random.nextInt(2);
            for (int i = 0; i < changes; i++) {
                applied.add(v.change(random.nextInt(7), random));
            }
            String ext = name.substring(name.lastIndexOf('.'));
            Path file = dir.resolve(name.substring(0, name.lastIndexOf('.')) + "_变体" + (k + 1) + "_"
                    + String.join("+", applied) + ext);
            if (ext.equals(".csv")) {
                v.writeCsv(file);
            } else {
                v.write(file, ext.equals(".xls"));
            }
            out.add(file);
        }
        return out;
    }

    private int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    private String change(int which, Random random) {
        int width = width();
        switch (which) {
            case 0 -> {
                if (width > 1) {
                    dropColumn(random.nextInt(width));
                }
                return "删列";
            }
            case 1 -> {
                if (width > 2) {
                    int a = random.nextInt(width);
                    int b = (a + 1 + random.nextInt(width - 1)) % width;
                    swapColumns(Math.min(a, b), Math.max(a, b));
                }
                return "换列";
            }
            case 2 -> {
                renameHeaders();
                return "改表头";
            }
            case 3 -> {
                mergeOverData(random);
                return "合并块";
            }
            case 4 -> {
                insertBlankAndNote(random);
                return "空行注释";
            }
            case 5 -> {
                unknownVillages();
                return "外村";
            }
            default -> {
                oddValues(random);
                return "怪值";
            }
        }
    }

    private void dropColumn(int c) {
        for (List<Value> line : rows) {
            if (c < line.size()) {
                line.remove(c);
            }
        }
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            Block n = b.c2 < c ? b : b.c1 > c ? new Block(b.r1, b.r2, b.c1 - 1, b.c2 - 1) : new Block(b.r1, b.r2, b.c1, b.c2 - 1);
            if (n.c1 <= n.c2 && !n.single()) {
                kept.add(n);
            }
        }
        blocks.clear();
        blocks.addAll(kept);
    }

    private void swapColumns(int a, int b) {
        for (List<Value> line : rows) {
            while (line.size() <= b) {
                line.add(null);
            }
            Value x = line.get(a);
            line.set(a, line.get(b));
            line.set(b, x);
        }
        List<Block> kept = new ArrayList<>();
        for (Block k : blocks) {
            boolean touches = k.c1 <= b && k.c2 >= a;
            if (!touches) {
                kept.add(k);
            } else if (k.c1 == k.c2 && (k.c1 == a || k.c1 == b)) {
                int to = k.c1 == a ? b : a;
                kept.add(new Block(k.r1, k.r2, to, to));
            } // a wide block across a swapped column would no longer make sense: left out
        }
        blocks.clear();
        blocks.addAll(kept);
    }

    private void renameHeaders() {
        for (int r = header; r < Math.min(rows.size(), header + 3); r++) {
            List<Value> line = rows.get(r);
            for (int c = 0; c < line.size(); c++) {
                Value v = line.get(c);
                if (v != null && v.value() instanceof String s && SYNONYMS.containsKey(s.strip())) {
                    line.set(c, new Value(SYNONYMS.get(s.strip()), null));
                }
            }
        }
    }

    private void mergeOverData(Random random) {
        int first = Math.min(rows.size() - 1, header + 3 + random.nextInt(3));
        int last = Math.min(rows.size() - 1, first + 1);
        Block block = new Block(first, last, 0, Math.max(1, Math.min(width() - 1, 2 + random.nextInt(4))));
        if (block.single()) {
            return;
        }
        blocks.removeIf(b -> b.overlaps(block));
        blocks.add(block);
    }

    private void insertBlankAndNote(Random random) {
        int at = Math.min(rows.size(), header + 2 + random.nextInt(3));
        insertRow(at);
        insertRow(at + 1);
        rows.get(at + 1).add(new Value("注：以下为补录人员，请核对后再上报", null));
        int width = Math.max(2, width());
        Block note = new Block(at + 1, at + 1, 0, width - 1);
        blocks.removeIf(b -> b.overlaps(note));
        blocks.add(note);
    }

    private void insertRow(int at) {
        rows.add(at, new ArrayList<>());
        List<Block> moved = new ArrayList<>();
        for (Block b : blocks) {
            moved.add(b.r1 >= at ? new Block(b.r1 + 1, b.r2 + 1, b.c1, b.c2) : b.r2 >= at ? new Block(b.r1, b.r2 + 1, b.c1, b.c2) : b);
        }
        blocks.clear();
        blocks.addAll(moved);
    }

    private void unknownVillages() {
        int n = 0;
        for (int r = header; r < rows.size(); r++) {
            List<Value> line = rows.get(r);
            for (int c = 0; c < line.size(); c++) {
                Value v = line.get(c);
                if (v != null && v.value() instanceof String s) {
                    if (VILLAGE_NAMES.contains(s.strip()) && n++ % 2 == 0) {
                        line.set(c, new Value(n % 4 == 1 ? "北岭村" : "福安村", null));
                    } else if (s.startsWith(LayoutTownship.TOWNSHIP + "2") && s.length() >= 12) {
                        line.set(c, new Value(LayoutTownship.TOWNSHIP + "9" + s.substring(10), null)); // a village code not in the township
                    }
                }
            }
        }
    }

    /** Values nobody means but people type or paste: TRUE, -1, 1E20, 0, a 300-character text, a full-width blank, text that looks like a formula. */
    private void oddValues(Random random) {
        Object[] odd = {Boolean.TRUE, -1.0, 1e20, 0.0, "很长的说明".repeat(60), "　", "=SUM(A1:A3)", "#N/A", "1900-01-00", "？？"};
        int width = width();
        for (int k = 0; k < 6 && width > 0; k++) {
            int r = Math.min(rows.size() - 1, header + 1 + random.nextInt(Math.max(1, rows.size() - header - 1)));
            List<Value> line = rows.get(r);
            int c = random.nextInt(width);
            while (line.size() <= c) {
                line.add(null);
            }
            Object v = odd[random.nextInt(odd.length)];
            line.set(c, new Value(csvCharset != null ? v.toString() : v, null));
        }
    }

    private void writeCsv(Path file) throws Exception {
        Csv csv = new Csv();
        for (List<Value> line : rows) {
            csv.row(line.stream().map(v -> v == null ? null : v.value()).toArray());
        }
        csv.save(file, csvCharset, csvBom);
    }

    private void write(Path file, boolean xls) throws Exception {
        SheetWriter w = xls ? SheetWriter.xls(sheetName) : SheetWriter.xlsx(sheetName);
        for (List<Value> line : rows) {
            Object[] values = new Object[line.size()];
            for (int c = 0; c < values.length; c++) {
                Value v = line.get(c);
                values[c] = v == null ? null : v.format() == null ? v.value() : SheetWriter.fmt(v.value(), v.format());
            }
            w.row(values);
        }
        for (Block b : blocks) {
            w.merge(b.r1 + 1, b.r2 + 1, b.c1, b.c2);
        }
        w.save(file);
    }
}
