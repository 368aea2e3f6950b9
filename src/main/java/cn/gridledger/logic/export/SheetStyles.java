package cn.gridledger.logic.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import cn.gridledger.logic.report.CellKind;

/**
 * The few cell styles of a report workbook, made once per workbook (Excel caps the number of styles,
 * and a style per cell would bloat the file): 黑体 title, 宋体 everywhere else, thin borders, text
 * format {@code @} for text cells so that ID numbers and codes are never turned into numbers.
 */
final class SheetStyles {

    /** GB2312 charset: tells Excel and WPS which fallback to use when 宋体/黑体 is missing. */
    private static final byte GB2312 = (byte) 134;
    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";

    final CellStyle title;
    final CellStyle infoLeft;
    final CellStyle infoCentre;
    final CellStyle infoRight;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle textHighlight;
    final CellStyle integerHighlight;
    final CellStyle decimalHighlight;
    final CellStyle textTotal;
    final CellStyle integerTotal;
    final CellStyle decimalTotal;
    final CellStyle rate;
    final CellStyle rateHighlight;
    final CellStyle rateTotal;
    final CellStyle span;
    final CellStyle note;
    final CellStyle footer;

    SheetStyles(Workbook wb) {
        short textFormat = wb.createDataFormat().getFormat("@");
        short integerFormat = wb.createDataFormat().getFormat("0");
        short decimalFormat = wb.createDataFormat().getFormat("0.0");
        short rateFormat = wb.createDataFormat().getFormat("0.00");
        Font titleFont = font(wb, TITLE_FONT, 18, true);
        Font bodyFont = font(wb, BODY_FONT, 11, false);
        Font boldFont = font(wb, BODY_FONT, 11, true);
        Font smallFont = font(wb, BODY_FONT, 10, false);

        title = plain(wb, titleFont, HorizontalAlignment.CENTER, textFormat);
        infoLeft = plain(wb, bodyFont, HorizontalAlignment.LEFT, textFormat);
        infoCentre = plain(wb, bodyFont, HorizontalAlignment.CENTER, textFormat);
        infoRight = plain(wb, bodyFont, HorizontalAlignment.RIGHT, textFormat);
        header = bordered(wb, boldFont, HorizontalAlignment.CENTER, textFormat);
        header.setWrapText(true);
        text = bordered(wb, smallFont, HorizontalAlignment.CENTER, textFormat);
        integer = bordered(wb, smallFont, HorizontalAlignment.CENTER, integerFormat);
        decimal = bordered(wb, smallFont, HorizontalAlignment.CENTER, decimalFormat);
        textHighlight = highlighted(wb, text);
        integerHighlight = highlighted(wb, integer);
        decimalHighlight = highlighted(wb, decimal);
        textTotal = bordered(wb, boldFont, HorizontalAlignment.CENTER, textFormat);
        integerTotal = bordered(wb, boldFont, HorizontalAlignment.CENTER, integerFormat);
        decimalTotal = bordered(wb, boldFont, HorizontalAlignment.CENTER, decimalFormat);
        rate = bordered(wb, smallFont, HorizontalAlignment.CENTER, rateFormat);
        rateHighlight = highlighted(wb, rate);
        rateTotal = bordered(wb, boldFont, HorizontalAlignment.CENTER, rateFormat);
        span = bordered(wb, bodyFont, HorizontalAlignment.LEFT, textFormat);
        span.setWrapText(true);
        note = plain(wb, smallFont, HorizontalAlignment.LEFT, textFormat);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        footer = plain(wb, bodyFont, HorizontalAlignment.LEFT, textFormat);
    }

    /** The style of a data cell: by row kind, and by value (text values always get the text style). */
    CellStyle cell(CellKind kind, Object value, boolean highlight, boolean total) {
        boolean number = value instanceof Number;
        CellKind k = number ? (kind == CellKind.TEXT ? CellKind.INTEGER : kind) : CellKind.TEXT;
        if (k == CellKind.RATE) {
            return total ? rateTotal : highlight ? rateHighlight : rate;
        }
        if (total) {
            return k == CellKind.TEXT ? textTotal : k == CellKind.INTEGER ? integerTotal : decimalTotal;
        }
        if (highlight) {
            return k == CellKind.TEXT ? textHighlight : k == CellKind.INTEGER ? integerHighlight : decimalHighlight;
        }
        return k == CellKind.TEXT ? text : k == CellKind.INTEGER ? integer : decimal;
    }

    private static Font font(Workbook wb, String name, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setCharSet(GB2312);
        return f;
    }

    private static CellStyle plain(Workbook wb, Font font, HorizontalAlignment align, short format) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setDataFormat(format);
        return s;
    }

    private static CellStyle bordered(Workbook wb, Font font, HorizontalAlignment align, short format) {
        CellStyle s = plain(wb, font, align, format);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static CellStyle highlighted(Workbook wb, CellStyle base) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
