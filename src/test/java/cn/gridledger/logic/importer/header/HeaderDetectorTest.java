package cn.gridledger.logic.importer.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.ImportRefusedException;
import cn.gridledger.logic.importer.read.MergedRegion;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.read.SourceRow;
import cn.gridledger.logic.importer.read.TopArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

    /** Builds a top area from rows of labels (null = empty cell). */
    private static TopArea top(List<MergedRegion> merges, String[]... rows) {
        List<SourceRow> list = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<SourceCell> cells = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(rows[r][c] == null ? SourceCell.blank(c) : SourceCell.text(c, rows[r][c]));
            }
            list.add(new SourceRow(r, cells));
        }
        return new TopArea(list, merges);
    }

    private static String[] r(String... cells) {
        return cells;
    }

    @Test
    void singleLevelCountyShapeWithFullTimeEducationAndExtraColumns() {
        DetectedHeader h = HeaderDetector.detect(top(List.of(),
                r("姓名", "性别", "全日制学历", "在职学历", "所在单位及职务", "手机号", "特长")));
        ColumnMapping m = h.mapping();
        assertEquals(RosterField.FULLTIME_EDUCATION, m.fieldAt(2).orElseThrow());
        assertEquals(RosterField.INSERVICE_EDUCATION, m.fieldAt(3).orElseThrow());
        assertEquals(RosterField.POST, m.fieldAt(4).orElseThrow());
        assertEquals(RosterField.PHONE, m.fieldAt(5).orElseThrow());
        assertEquals("特长 → 未使用", m.unmapped().get(0).describe());
        assertEquals(0, h.firstRow());
        assertEquals(RosterKind.CADRE, h.kind());
    }

    @Test
    void threeLevelHeaderIsFlattenedParentFirst() {
        // r0: 姓名 | 身份证号 | 学历学位 (over 4)           (姓名/身份证号 merged r0–r2)
        // r1:      |          | 全日制教育 (2) | 在职教育 (2)
        // r2:      |          | 学历 | 学位 | 学历 | 学位
        List<MergedRegion> merges = List.of(new MergedRegion(0, 2, 0, 0), new MergedRegion(0, 2, 1, 1),
                new MergedRegion(0, 0, 2, 5), new MergedRegion(1, 1, 2, 3), new MergedRegion(1, 1, 4, 5));
        DetectedHeader h = HeaderDetector.detect(top(merges,
                r("姓名", "身份证号", "学历学位", null, null, null),
                r(null, null, "全日制教育", null, "在职教育", null),
                r(null, null, "学历", "学位", "学历", "学位"),
                r("张三", "430122195601101206", "大学", "学士", "研究生", "硕士")));
        assertEquals(0, h.firstRow());
        assertEquals(2, h.lastRow());
        assertEquals("学历学位/在职教育/学位", h.labels().get(5));
        assertEquals(RosterField.FULLTIME_EDUCATION, h.mapping().fieldAt(2).orElseThrow());
        assertEquals(RosterField.FULLTIME_DEGREE, h.mapping().fieldAt(3).orElseThrow());
        assertEquals(RosterField.INSERVICE_EDUCATION, h.mapping().fieldAt(4).orElseThrow());
        assertEquals(RosterField.INSERVICE_DEGREE, h.mapping().fieldAt(5).orElseThrow());
    }

    @Test
    void headerFoundBelowTitleAndNetworkInfoRow() {
        List<MergedRegion> merges = List.of(new MergedRegion(0, 0, 0, 5), new MergedRegion(1, 1, 0, 5));
        DetectedHeader h = HeaderDetector.detect(top(merges,
                r("幸福村网格员花名册", null, null, null, null, null),
                r("网格名称：幸福村第一网格", null, null, null, null, null),
                r(null, null, null, null, null, null),
                r("序号", "姓 名", "性别", "出生年月", "政治面貌", "联系电话")));
        assertEquals(3, h.firstRow());
        assertEquals(4, h.firstExcelRow());
        assertEquals("幸福村第一网格", h.metadata().get("网格名称"));
        assertEquals("幸福村网格员花名册", h.metadata().get("标题"));
    }

    @Test
    void householdLedgerIsRecognised() {
        DetectedHeader h = HeaderDetector.detect(top(List.of(),
                r("村", "组", "户编号", "户主姓名", "与户主关系", "姓名", "性别", "身份证号", "是否低保")));
        assertEquals(RosterKind.HOUSEHOLD, h.kind());
        assertEquals(RosterField.VILLAGER_GROUP, h.mapping().fieldAt(1).orElseThrow());
    }

    @Test
    void secondColumnForTheSameFieldIsNotImported() {
        DetectedHeader h = HeaderDetector.detect(top(List.of(), r("姓名", "身份证号", "联系电话", "手机号")));
        assertNull(h.mapping().columns().get(3).field());
        assertEquals("手机号", h.mapping().columns().get(3).sourceLabel());
    }

    @Test
    void userCanRemapAColumn() {
        DetectedHeader h = HeaderDetector.detect(top(List.of(), r("姓名", "身份证号", "联系电话", "备用")));
        ColumnMapping changed = h.mapping().with(3, RosterField.PHONE);
        assertEquals(RosterField.PHONE, changed.fieldAt(3).orElseThrow());
        assertTrue(changed.fieldAt(2).isEmpty(), "a field feeds from one column only");
    }

    @Test
    void aHeaderThatCannotTellWhoEachRowIsSaysExactlyWhatItLacks() {
        DetectedHeader h = HeaderDetector.detect("Sheet1", top(List.of(), r("Name", "Amount"), r("姓名", "金额"), r("a", "1")));
        assertEquals(2, h.firstExcelRow(), "the row with 姓名 is where a person sees the header");
        assertEquals("表头在第 2 行，识别到 姓名、金额；缺少 身份证号、出生年月 中的任一列，无法确定是哪个人。"
                + "请在“核对表头”中为这些列选择对应的原表列，或换用含有这些列的表格", HeaderDetector.missing(h));
    }

    @Test
    void aHeaderOfUnknownLabelsIsFoundByItsShape() {
        DetectedHeader h = HeaderDetector.detect("Sheet1", top(List.of(), r("某某单位人员名单"), r("工号", "人员", "部门", "岗位"),
                r("001", "张三", "办公室", "科员"), r("002", "李四", "财务科", "会计")));
        assertEquals(2, h.firstExcelRow());
        assertEquals(4, h.mapping().columns().size(), "every labelled column is listed");
        assertTrue(HeaderDetector.missing(h).contains("缺少 姓名 列"), HeaderDetector.missing(h));
    }

    @Test
    void noHeaderLikeRowIsRefusedNamingWhatItLookedFor() {
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> HeaderDetector.detect("Sheet1",
                top(List.of(), r("1", "2"), r("3.5", "4"), r("一段很长很长的说明文字，没有任何表头的样子，只是一段话而已。"))));
        assertEquals(ImportRefusedException.Reason.NO_HEADER, e.reason());
        assertTrue(e.getMessage().startsWith("未找到花名册表头：工作表“Sheet1”在前 20 行中没有找到 姓名、身份证号 等列"), e.getMessage());
        assertTrue(e.getMessage().contains("出生年月") || e.getMessage().contains("出生日期"));
    }
}
