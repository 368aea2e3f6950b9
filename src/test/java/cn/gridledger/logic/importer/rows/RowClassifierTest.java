package cn.gridledger.logic.importer.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.HeaderDetector;
import cn.gridledger.logic.importer.read.CellKind;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.SourceRow;
import cn.gridledger.logic.importer.read.TopArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowClassifierTest {

    private static SourceRow row(int index, Object... values) {
        List<SourceCell> cells = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                cells.add(SourceCell.blank(c));
            } else if (v instanceof Number n) {
                cells.add(new SourceCell(c, CellKind.NUMBER, n.toString().replaceFirst("\\.0$", ""), n.doubleValue(), false, 0, "General"));
            } else {
                cells.add(SourceCell.text(c, v.toString()));
            }
        }
        return new SourceRow(index, cells);
    }

    private static final DetectedHeader HEADER = HeaderDetector.detect(
            new TopArea(List.of(row(0, "序号", "姓名", "身份证号", "性别", "备注")), List.of()));

    private static RowClassifier.Result classify(SourceRow... rows) {
        return RowClassifier.classifyAll(HEADER, List.of(rows).iterator());
    }

    @Test
    void numericColumnCodesAndStemCodesAreSkipped() {
        RowClassifier.Result result = classify(row(0, "序号", "姓名"), row(1, 1, 2, 3, 4, 5), row(2, "甲", "乙", "丙", "丁"),
                row(3, 1, "张三", "430122195601101206", "男"));
        assertEquals(1, result.rows().size());
        assertEquals(4, result.rows().get(0).excelRowNumber());
        assertEquals(2, result.notes().stream().filter(n -> n.kind() == RowNote.Kind.COLUMN_CODES).count());
    }

    @Test
    void spacedTotalStopsReading() {
        RowClassifier.Result result = classify(row(1, 1, "张三"), row(2, "合      计", 1), row(3, 2, "李四"));
        assertEquals(1, result.rows().size());
        assertEquals(3, result.footerExcelRow().orElseThrow());
    }

    @Test
    void notesAndSignaturesStopReadingButInstructionsAreSkipped() {
        assertEquals(1, classify(row(1, 1, "张三"), row(2, "注：年龄按统计截止日期计算。"), row(3, 2, "李四")).rows().size());
        assertEquals(1, classify(row(1, 1, "张三"), row(2, null, null, "填表人：王某"), row(3, 2, "李四")).rows().size());
        RowClassifier.Result r = classify(row(1, 1, "张三"), row(2, "填表须知：身份证号请设置为文本格式"), row(3, 2, "李四"));
        assertEquals(2, r.rows().size());
        assertEquals(RowNote.Kind.INSTRUCTION, r.notes().get(0).kind());
    }

    @Test
    void aRecordWhoseRemarkMentionsTheHeadIsStillARecord() {
        RowClassifier.Result r = classify(row(1, 1, "张三", "430122195601101206", "男", "负责人：村书记"));
        assertEquals(1, r.rows().size());
    }

    @Test
    void placeholdersAndConstantsRows() {
        RowClassifier.Result r = classify(row(1, "${序号}", "${姓名}"), row(2, null, null, 3, 0.5, 1), row(3, 1, "张三"));
        assertEquals(1, r.rows().size());
        assertEquals(List.of(RowNote.Kind.PLACEHOLDER, RowNote.Kind.CONSTANTS), r.notes().stream().map(RowNote::kind).toList());
        assertTrue(r.notes().get(1).warning());
        assertTrue(r.notes().get(1).message().startsWith("第 3 行"));
    }

    @Test
    void notApplicableMarkersBecomeEmpty() {
        for (String marker : List.of("--", "—", "/", "无", " 无 ", "——")) {
            assertTrue(cn.gridledger.logic.validate.Text.isNotApplicable(marker), marker);
        }
        assertTrue(!cn.gridledger.logic.validate.Text.isNotApplicable("无党派") && !cn.gridledger.logic.validate.Text.isNotApplicable("0"));
    }
}
