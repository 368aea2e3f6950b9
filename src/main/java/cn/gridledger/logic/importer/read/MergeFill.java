package cn.gridledger.logic.importer.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * Carries vertically merged cells down the data rows, as a person reads them: a 村（社区） cell merged over a
 * village's five rows, or 户编号 and 户主姓名 merged over a household's members, apply to every row they
 * cover. Excel stores the value in the block's top row only; the rows below hold blanks.
 *
 * <p>Instruction boxes merged inside the data area (注意：填表须知 …) are not carried: a block wider than a
 * few columns, or whose text is long or starts like an instruction, stays where it is. Each carried row
 * also says which block covered each column ({@link SourceRow#mergeTop}), so a household ledger can take
 * every merged block as one household.
 */
public final class MergeFill implements RowStream {

    /** A block wider than this is a text box or a footer, not a record value. */
    private static final int MAX_WIDTH = 3;
    private static final int LONG_TEXT = 30;
    private static final Pattern INSTRUCTION = Pattern.compile("^[\\s\\u3000]*(注|说明|填表|填报|备注[:：])");

    private final RowStream rows;
    private final List<MergedRegion> blocks;
    private final List<Active> active = new ArrayList<>();
    private int nextBlock;

    /** A block reached by the stream, with its top cell once its top row has been read. */
    private static final class Active {
        final MergedRegion region;
        SourceCell top;
        boolean dropped;

        Active(MergedRegion region) {
            this.region = region;
        }
    }

    private MergeFill(RowStream rows, List<MergedRegion> blocks) {
        this.rows = rows;
        this.blocks = blocks;
    }

    /**
     * @param belowRow 0-based last header row: only blocks that start below it are carried
     * @return {@code rows} itself when no block qualifies (the common case costs nothing)
     */
    public static RowStream wrap(RowStream rows, List<MergedRegion> merges, int belowRow) {
        List<MergedRegion> blocks = new ArrayList<>();
        for (MergedRegion m : merges) {
            if (m.height() > 1 && m.firstRow() > belowRow && m.width() <= MAX_WIDTH) {
                blocks.add(m);
            }
        }
        if (blocks.isEmpty()) {
            return rows;
        }
        blocks.sort(Comparator.comparingInt(MergedRegion::firstRow));
        return new MergeFill(rows, blocks);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = rows.next();
        int r = row.index();
        while (nextBlock < blocks.size() && blocks.get(nextBlock).firstRow() <= r) {
            active.add(new Active(blocks.get(nextBlock++)));
        }
        active.removeIf(a -> a.region.lastRow() < r);
        if (active.isEmpty()) {
            return row;
        }
        List<SourceCell> cells = null;
        int[] tops = null;
        for (Active a : active) {
            MergedRegion m = a.region;
            if (m.firstRow() == r) {
                a.top = row.cell(m.firstColumn());
                String text = a.top.text().strip();
                a.dropped = text.length() >= LONG_TEXT || INSTRUCTION.matcher(text).find();
            }
            if (a.dropped || a.top == null) {
                continue; // an instruction box, or a block whose top row the file does not have
            }
            if (tops == null) {
                tops = new int[Math.max(row.width(), m.lastColumn() + 1)];
                Arrays.fill(tops, -1);
            } else if (tops.length <= m.lastColumn()) {
                int old = tops.length;
                tops = Arrays.copyOf(tops, m.lastColumn() + 1);
                Arrays.fill(tops, old, tops.length, -1);
            }
            for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                tops[c] = m.firstRow();
            }
            if (m.firstRow() < r && !a.top.isBlank()) {
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                int c = m.firstColumn();
                while (cells.size() <= c) {
                    cells.add(SourceCell.blank(cells.size()));
                }
                cells.set(c, a.top.withColumn(c));
            }
        }
        if (tops == null) {
            return row;
        }
        return new SourceRow(r, cells == null ? row.cells() : cells, tops);
    }

    @Override
    public void close() {
        rows.close();
    }
}
