package cn.gridledger.logic.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vertically merged cells reach every row they cover; instruction boxes and wide blocks stay put. */
class MergeFillTest {

    private static SourceRow row(int index, String... texts) {
        List<SourceCell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(SourceCell.text(c, texts[c]));
        }
        return new SourceRow(index, cells);
    }

    private static List<SourceRow> all(RowStream s) {
        List<SourceRow> out = new ArrayList<>();
        s.forEachRemaining(out::add);
        return out;
    }

    @Test
    void aMergedVillageCellIsReadOnEveryRowItCoversAndRemembersItsBlock() {
        List<SourceRow> rows = List.of(row(0, "村", "姓名"), row(1, "安恕村", "甲"), row(2, "", "乙"), row(3, "", "丙"),
                row(4, "东风村", "丁"));
        List<SourceRow> out = all(MergeFill.wrap(RowStream.of(rows), List.of(new MergedRegion(1, 3, 0, 0)), 0));
        assertEquals(List.of("村", "安恕村", "安恕村", "安恕村", "东风村"), out.stream().map(r -> r.cell(0).text()).toList());
        assertEquals(1, out.get(1).mergeTop(0), "the block's top row belongs to it too");
        assertEquals(1, out.get(3).mergeTop(0));
        assertEquals(-1, out.get(3).mergeTop(1));
        assertEquals(-1, out.get(4).mergeTop(0));
    }

    @Test
    void headerMergesInstructionBoxesAndWideBlocksAreNotCarried() {
        List<SourceRow> rows = List.of(row(0, "姓名", "性别", "备注"), row(1, "", ""), row(2, "甲", "男"),
                row(3, "注意：请按身份证填写", "", "", "", ""), row(4, "", "", "", "", ""), row(5, "合计", "", "", "", ""),
                row(6, "", "", "", "", ""));
        List<MergedRegion> merges = List.of(new MergedRegion(0, 1, 0, 0), new MergedRegion(3, 4, 0, 0),
                new MergedRegion(5, 6, 0, 4));
        List<SourceRow> out = all(MergeFill.wrap(RowStream.of(rows), merges, 1));
        assertEquals("", out.get(4).cell(0).text(), "an instruction is not a value of the row below");
        assertEquals("", out.get(6).cell(0).text(), "a block five columns wide is a footer, not a value");
    }

    @Test
    void withoutMergesBelowTheHeaderTheStreamIsUntouched() {
        RowStream plain = RowStream.of(List.of(row(0, "姓名")));
        assertSame(plain, MergeFill.wrap(plain, List.of(new MergedRegion(0, 1, 0, 3)), 1));
        assertTrue(MergeFill.wrap(plain, List.of(), 0) == plain);
    }
}
