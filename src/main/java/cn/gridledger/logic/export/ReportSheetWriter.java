package cn.gridledger.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.CellKind;
import cn.gridledger.logic.report.Column;
import cn.gridledger.logic.report.ReportRow;
import cn.gridledger.logic.report.ReportTable;

/**
 * Lays one {@link ReportTable} out on a streamed sheet by the common layout of reports.md: title,
 * info row, merged header, data rows, notes, footer; A4, one page wide, header rows repeated, page
 * numbers, panes frozen below the header.
 */
final class ReportSheetWriter {

    /** Rows of the title and info lines above the header. */
    static final int HEADER_START = 2;
    private static final float LINE_POINTS = 14.5f;

    private final StreamingWorkbook wb;
    private final SheetStyles styles;

    ReportSheetWriter(StreamingWorkbook wb, SheetStyles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    /** Writes the report as a new sheet; returns the number of data rows. */
    long write(ReportTable t, String sheetName, Progress progress) {
        StreamingWorkbook.StreamedSheet streamed = wb.createStreamedSheet(sheetName);
        SXSSFSheet sheet = streamed.sheet();
        List<Column> leaves = t.leaves();
        int n = leaves.size();
        int depth = t.headerDepth();
        for (int i = 0; i < n; i++) {
            sheet.setColumnWidth(i, Math.min(255, leaves.get(i).width() + 1) * 256);
        }
        titleRow(sheet, t, n);
        infoRow(sheet, t, n);
        header(sheet, t.header(), depth, leaves);
        int firstData = HEADER_START + depth;
        int[] next = {firstData};
        long[] records = {0};
        DataRows data = new DataRows(streamed, leaves);
        t.rows().forEach(Integer.MAX_VALUE, r -> {
            data.write(r, next[0]++);
            if (r.isRecord() && ++records[0] % 2000 == 0) {
                progress.checkCancelled();
                progress.update(records[0], -1, t.kind().title());
            }
        });
        int row = next[0];
        for (String note : t.notes()) {
            spanRow(sheet, row++, n, note, styles.note, widthOf(leaves));
        }
        footerRow(sheet, t, n, row);
        printSetup(sheet, t, firstData, depth);
        return records[0];
    }

    private void titleRow(Sheet sheet, ReportTable t, int n) {
        Row r = sheet.createRow(0);
        r.setHeightInPoints(32);
        text(r, 0, t.title(), styles.title);
        merge(sheet, 0, 0, 0, n - 1);
    }

    /** 填报单位 on the left third, 统计截止日期 in the middle, 单位 on the right. */
    private void infoRow(Sheet sheet, ReportTable t, int n) {
        Row r = sheet.createRow(1);
        r.setHeightInPoints(20);
        String[] parts = t.infoParts();
        int[] starts = thirds(n);
        CellStyle[] align = {styles.infoLeft, styles.infoCentre, styles.infoRight};
        for (int i = 0; i < 3; i++) {
            text(r, starts[i], parts[i], align[i]);
            merge(sheet, 1, 1, starts[i], starts[i + 1] - 1);
        }
    }

    private static int[] thirds(int n) {
        int a = Math.max(1, (n * 2) / 5);
        int b = Math.max(a + 1, n - Math.max(1, n / 5));
        return new int[] {0, a, b, n};
    }

    private void header(Sheet sheet, List<Column> header, int depth, List<Column> leaves) {
        Row top = sheet.createRow(HEADER_START);
        Row bottom = depth == 2 ? sheet.createRow(HEADER_START + 1) : null;
        int col = 0;
        int topLines = 1;
        int bottomLines = 1;
        for (Column c : header) {
            int span = c.span();
            int width = 0;
            for (int i = col; i < col + span; i++) {
                width += leaves.get(i).width();
                fill(top, i);
                if (bottom != null) {
                    fill(bottom, i);
                }
            }
            top.getCell(col).setCellValue(c.label());
            topLines = Math.max(topLines, lines(c.label(), width, depth == 2 && !c.isGroup() ? 2 : 1));
            if (c.isGroup()) {
                merge(sheet, HEADER_START, HEADER_START, col, col + span - 1);
                int k = col;
                for (Column child : c.children()) {
                    bottom.getCell(k).setCellValue(child.label());
                    bottomLines = Math.max(bottomLines, lines(child.label(), child.width(), 1));
                    k++;
                }
            } else if (depth == 2) {
                merge(sheet, HEADER_START, HEADER_START + 1, col, col);
            }
            col += span;
        }
        top.setHeightInPoints(Math.max(22, topLines * LINE_POINTS + 6));
        if (bottom != null) {
            bottom.setHeightInPoints(Math.max(22, bottomLines * LINE_POINTS + 6));
        }
    }

    /** Wrapped lines a label needs in a width of {@code width} characters (a Chinese character is two). */
    private static int lines(String label, int width, int rowsAvailable) {
        int units = 0;
        for (char ch : label.toCharArray()) {
            units += ch > 0x2E80 ? 2 : 1;
        }
        int lines = (int) Math.ceil(units / (double) Math.max(1, width - 1));
        return (int) Math.ceil(lines / (double) rowsAvailable);
    }

    private void fill(Row r, int col) {
        Cell c = r.createCell(col);
        c.setCellStyle(styles.header);
    }

    /**
     * The rows between header and notes. Data, highlighted and total rows go straight into the sheet's
     * XML ({@link FastSheetDataWriter#writeValues}) with each column's style chosen once per row kind:
     * a 180,000-row roster would otherwise make 2 million POI cell objects. Span rows are POI rows,
     * flushed before the next directly written row so that the file keeps the row order.
     */
    private final class DataRows {
        private final SXSSFSheet sheet;
        private final FastSheetDataWriter out;
        private final List<Column> leaves;
        private final int[][] textStyles = new int[ReportRow.Kind.values().length][];
        private final int[][] numberStyles = new int[ReportRow.Kind.values().length][];
        private boolean poiRowsPending = true;

        DataRows(StreamingWorkbook.StreamedSheet streamed, List<Column> leaves) {
            this.sheet = streamed.sheet();
            this.out = streamed.rows();
            this.leaves = leaves;
            for (ReportRow.Kind kind : ReportRow.Kind.values()) {
                boolean highlight = kind == ReportRow.Kind.HIGHLIGHT;
                boolean total = kind == ReportRow.Kind.TOTAL;
                int[] text = new int[leaves.size()];
                int[] number = new int[leaves.size()];
                for (int i = 0; i < text.length; i++) {
                    CellKind columnKind = leaves.get(i).kind();
                    text[i] = styles.cell(columnKind, "", highlight, total).getIndex() & 0xffff;
                    number[i] = styles.cell(columnKind, 0L, highlight, total).getIndex() & 0xffff;
                }
                textStyles[kind.ordinal()] = text;
                numberStyles[kind.ordinal()] = number;
            }
        }

        void write(ReportRow r, int index) {
            if (r.kind() == ReportRow.Kind.SPAN) {
                spanRow(sheet, index, leaves.size(), (String) r.cells().get(0), styles.span, widthOf(leaves));
                poiRowsPending = true;
                return;
            }
            try {
                if (poiRowsPending) {
                    sheet.flushRows();
                    poiRowsPending = false;
                }
                int k = r.kind().ordinal();
                out.writeValues(index, r.cells().toArray(), textStyles[k], numberStyles[k]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void spanRow(Sheet sheet, int index, int n, String text, CellStyle style, int totalWidth) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < n; i++) {
            row.createCell(i).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        row.setHeightInPoints(Math.max(20, lines(text, totalWidth, 1) * LINE_POINTS + 6));
        merge(sheet, index, index, 0, n - 1);
    }

    /** 填表人, 审核人, 联系电话, 填报日期 spread over the width. */
    private void footerRow(Sheet sheet, ReportTable t, int n, int index) {
        Row row = sheet.createRow(index + 1);
        row.setHeightInPoints(24);
        String[] parts = t.footer().parts();
        for (int i = 0; i < parts.length; i++) {
            int from = n * i / parts.length;
            int to = n * (i + 1) / parts.length - 1;
            text(row, from, parts[i], styles.footer);
            if (to > from) {
                merge(sheet, index + 1, index + 1, from, to);
            }
        }
    }

    private void printSetup(SXSSFSheet sheet, ReportTable t, int firstData, int depth) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(t.kind().landscape());
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_START, HEADER_START + depth - 1, -1, -1));
        sheet.createFreezePane(0, firstData);
    }

    private static int widthOf(List<Column> leaves) {
        return leaves.stream().mapToInt(Column::width).sum();
    }

    private static void text(Row r, int col, String value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(value);
    }

    private static void merge(Sheet sheet, int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }
}
