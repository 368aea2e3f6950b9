package cn.gridledger.logic.importer.layouts;

import static org.junit.jupiter.api.Assertions.fail;

import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Parsed;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus checks itself, independently of the importer: each file reads back with POI (or as CSV text),
 * the header row holds text, every expected person's row holds their name, every error row exists, and the
 * generated ID numbers are valid and distinct — so a failing LayoutCorpusTest is about the importer, not
 * about a truth that does not match its file.
 */
class LayoutFilesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyTruthMatchesItsFile() {
        return LayoutCorpus.all().stream().map(l -> DynamicTest.dynamicTest(l.id(), () -> check(l)));
    }

    private void check(Layout layout) throws Exception {
        LayoutTruth truth = layout.write(Files.createDirectories(dir.resolve(layout.id())));
        List<String> problems = new ArrayList<>();
        List<List<String>> sheets = read(truth.file());
        if (truth.headerRow() != null && sheets.stream().allMatch(s -> line(s, truth.headerRow()).isBlank())) {
            problems.add("header row " + truth.headerRow() + " is empty");
        }
        Set<String> ids = new HashSet<>();
        for (ExpectedPerson p : truth.people()) {
            if (sheets.stream().noneMatch(s -> line(s, p.excelRow()).contains(p.name()))) {
                problems.add("row " + p.excelRow() + " does not hold " + p.name());
            }
            Parsed<?> id = IdNumbers.parse(p.idNumber());
            if (id.value() == null || !id.issues().isEmpty() || !p.idNumber().equals(p.idNumber().toUpperCase())) {
                problems.add("row " + p.excelRow() + ": expected ID " + p.idNumber() + " is not a clean 18-digit number " + id.issues());
            }
            if (!ids.add(p.idNumber())) {
                problems.add("row " + p.excelRow() + ": ID " + p.idNumber() + " used twice");
            }
            if (!truth.recordRows().contains(p.excelRow())) {
                problems.add("row " + p.excelRow() + " holds a person but is not a record row");
            }
        }
        for (int r : truth.errorRows().keySet()) {
            if (sheets.stream().allMatch(s -> line(s, r).isBlank())) {
                problems.add("error row " + r + " is empty");
            }
        }
        if (truth.headerRow() == null && truth.refusalFragment() == null) {
            problems.add("a refused layout needs the fragment of its refusal");
        }
        if (!problems.isEmpty()) {
            fail(layout.id() + ": " + String.join("; ", problems));
        }
    }

    /** Each sheet as lines of text (cells joined by tabs), 0-based. */
    private static List<List<String>> read(Path file) throws Exception {
        if (file.toString().endsWith(".csv")) {
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("GBK"));
            }
            return List.of(text.lines().toList());
        }
        List<List<String>> sheets = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                List<String> lines = new ArrayList<>();
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    StringBuilder sb = new StringBuilder();
                    if (row != null) {
                        row.forEach(c -> sb.append(text(f, c)).append('\t'));
                    }
                    lines.add(sb.toString());
                }
                sheets.add(lines);
            }
        }
        return sheets;
    }

    /** The cell as shown; POI's formatter cannot show some CJK formats ([DBNum1]): the raw value then. */
    private static String text(DataFormatter f, org.apache.poi.ss.usermodel.Cell c) {
        try {
            return f.formatCellValue(c);
        } catch (IllegalArgumentException e) {
            // POI 5.5's Cell.toString goes through the same formatter: read the raw value
            return c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                    : c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : "";
        }
    }

    private static String line(List<String> sheet, int excelRow) {
        return excelRow - 1 < sheet.size() ? sheet.get(excelRow - 1) : "";
    }
}
