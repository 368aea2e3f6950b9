package cn.gridledger.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.HeaderDetector;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.importer.read.CellKind;
import cn.gridledger.logic.importer.read.RowStream;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.SourceWorkbook;
import cn.gridledger.logic.importer.read.WorkbookReader;
import cn.gridledger.logic.importer.rows.DataRow;
import cn.gridledger.logic.importer.rows.RowClassifier;
import cn.gridledger.logic.importer.rows.RowNote;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Open → find header → classify rows, on the messy shapes county offices send, as .xlsx and as .xls. */
class RosterImportTest {

    @TempDir
    Path dir;

    private record Imported(DetectedHeader header, RowClassifier.Result result) {
    }

    private static Imported importFirstSheet(Path file) {
        try (SourceWorkbook wb = WorkbookReader.open(file)) {
            DetectedHeader header = HeaderDetector.detect(wb.sheets().get(0).name(), wb.topArea(0));
            try (RowStream rows = wb.rows(0)) {
                return new Imported(header, RowClassifier.classifyAll(header, rows));
            }
        }
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void cadreRosterWithTitleInfoRowTwoLevelHeaderAndFooter(boolean xlsx) throws Exception {
        Imported imported = importFirstSheet(RosterWorkbooks.cadreRoster(dir, xlsx));
        DetectedHeader header = imported.header();

        assertEquals(3, header.firstExcelRow());
        assertEquals(4, header.lastExcelRow());
        assertEquals(RosterKind.CADRE, header.kind());
        assertEquals("全日制教育/学历", header.labels().get(5));
        assertEquals(RosterField.NAME, header.mapping().fieldAt(1).orElseThrow());
        assertEquals(RosterField.ID_NUMBER, header.mapping().fieldAt(4).orElseThrow());
        assertEquals(RosterField.FULLTIME_EDUCATION, header.mapping().fieldAt(5).orElseThrow());
        assertEquals(RosterField.FULLTIME_DEGREE, header.mapping().fieldAt(6).orElseThrow());
        assertEquals(RosterField.FULLTIME_SCHOOL, header.mapping().fieldAt(7).orElseThrow());
        assertEquals(RosterField.POST, header.mapping().fieldAt(8).orElseThrow());
        assertEquals(RosterField.PHONE, header.mapping().fieldAt(9).orElseThrow());
        assertEquals("XX镇村干部花名册", header.metadata().get("标题"));
        assertEquals("XX镇人民政府（盖章）", header.metadata().get("填报单位"));
        assertEquals("2026年9月30日", header.metadata().get("填报日期"));
        assertEquals("人", header.metadata().get("单位"));

        List<DataRow> rows = imported.result().rows();
        assertEquals(List.of(6, 7, 10), rows.stream().map(DataRow::excelRowNumber).toList());
        assertEquals(List.of("张三", "李四", "王五"), rows.stream().map(r -> r.text(RosterField.NAME)).toList());
        assertEquals(11, imported.result().footerExcelRow().orElseThrow());

        SourceCell numericId = rows.get(0).cell(RosterField.ID_NUMBER);
        assertEquals(CellKind.NUMBER, numericId.kind(), "an ID typed as a number must stay recognisable as numeric");
        assertTrue(numericId.text().contains("E+"), numericId.text());
        assertTrue(numericId.plainNumber().startsWith("4301221956011"), numericId.plainNumber());
        assertEquals(CellKind.NUMBER, rows.get(0).cell(RosterField.BIRTH_DATE).kind());
        assertEquals("1985.03", rows.get(0).text(RosterField.BIRTH_DATE));

        DataRow li = rows.get(1);
        assertEquals(RosterWorkbooks.TEXT_ID, li.text(RosterField.ID_NUMBER));
        assertEquals(CellKind.DATE, li.cell(RosterField.BIRTH_DATE).kind(), "numFmtId 57 is a CJK date");
        assertEquals("1990年1月", li.text(RosterField.BIRTH_DATE));
        assertEquals(57, li.cell(RosterField.BIRTH_DATE).numFmtId());
        assertTrue(li.cell(RosterField.FULLTIME_DEGREE).isBlank(), "-- means not applicable");
        assertTrue(li.cell(RosterField.FULLTIME_SCHOOL).isBlank(), "/ means not applicable");
        assertTrue(li.cell(RosterField.PHONE).isBlank(), "无 means not applicable");
        assertEquals("XX大学, 汉语言文学", rows.get(0).text(RosterField.FULLTIME_SCHOOL));

        List<RowNote.Kind> kinds = imported.result().notes().stream().map(RowNote::kind).toList();
        assertEquals(List.of(RowNote.Kind.COLUMN_CODES, RowNote.Kind.INSTRUCTION, RowNote.Kind.FOOTER), kinds);
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void householdLedgerSkipsCodesConstantsAndPlaceholders(boolean xlsx) throws Exception {
        Imported imported = importFirstSheet(RosterWorkbooks.householdLedger(dir, xlsx));
        DetectedHeader header = imported.header();

        assertEquals(3, header.firstExcelRow());
        assertEquals(1, header.levels());
        assertEquals(RosterKind.HOUSEHOLD, header.kind());
        assertEquals("幸福村", header.metadata().get("村"));
        assertEquals("三组", header.metadata().get("组"));
        assertEquals("2026年9月", header.metadata().get("调查日期"));
        assertTrue(header.mapping().has(RosterField.HEAD_NAME));
        assertTrue(header.mapping().has(RosterField.RELATION));
        assertTrue(header.mapping().has(RosterField.MONITOR_CATEGORY));

        List<DataRow> rows = imported.result().rows();
        assertEquals(List.of(7, 8, 10), rows.stream().map(DataRow::excelRowNumber).toList());
        assertEquals("0301", rows.get(0).text(RosterField.HOUSEHOLD_NO));
        assertTrue(rows.get(0).cell(RosterField.MONITOR_CATEGORY).isBlank());
        assertEquals("边缘易致贫户", rows.get(2).text(RosterField.MONITOR_CATEGORY));

        List<RowNote> notes = imported.result().notes();
        assertEquals(List.of(RowNote.Kind.COLUMN_CODES, RowNote.Kind.CONSTANTS, RowNote.Kind.PLACEHOLDER, RowNote.Kind.FOOTER),
                notes.stream().map(RowNote::kind).toList());
        assertTrue(notes.get(1).warning(), "a skipped scoring row is a warning the user sees");
        assertFalse(notes.get(0).warning());
    }
}
