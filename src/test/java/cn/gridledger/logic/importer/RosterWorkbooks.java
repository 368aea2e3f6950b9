package cn.gridledger.logic.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds realistic messy rosters with POI for the tests (the shapes county offices really send). */
public final class RosterWorkbooks {

    /** The numeric ID as Excel would store it when the column was not formatted as text. */
    public static final double NUMERIC_ID = 430122195601101206d;
    public static final String TEXT_ID = "43012219900101002X";

    private RosterWorkbooks() {
    }

    public static Workbook newWorkbook(boolean xlsx) {
        return xlsx ? new XSSFWorkbook() : new HSSFWorkbook();
    }

    public static Path save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Writes values into a row: String → text, Number → numeric, null → nothing. */
    public static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.getRow(index) != null ? sheet.getRow(index) : sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    public static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    /**
     * A cadre roster (C1 shape) the way a county sends it:
     * <pre>
     * r0  title merged across                         r1  填报单位：… 填报日期：… 单位：人 (merged)
     * r2  序号 姓名 性别 出生年月 身份证号 [全日制教育 ——————————] 现任职务 联系电话*   (vertical merges r2–r3)
     * r3                                   学历  学位  毕业院校及专业
     * r4  甲 A B C D 1 2 3 4 5 (column codes)
     * r5  record with the ID as a number          r6  record with the ID as text and n/a markers
     * r7–r8 instruction box merged across         r9  record
     * r10 合      计                               r11 填表人：  审核人：
     * r12 a row after the footer that must not be read
     * </pre>
     */
    public static Path cadreRoster(Path dir, boolean xlsx) throws IOException {
        Workbook wb = newWorkbook(xlsx);
        Sheet sheet = wb.createSheet("干部花名册");
        int last = 9;
        row(sheet, 0, "XX镇村干部花名册");
        merge(sheet, 0, 0, 0, last);
        row(sheet, 1, "填报单位：XX镇人民政府（盖章）    填报日期：2026年9月30日    单位：人");
        merge(sheet, 1, 1, 0, last);
        row(sheet, 2, "序号", "姓  名", "性别", "出生年月", "身份证号码（必填）", "全日制教育", null, null, "现任职务", "联系电话*");
        row(sheet, 3, null, null, null, null, null, "学历", "学位", "毕业院校及专业");
        for (int c : new int[] {0, 1, 2, 3, 4, 8, 9}) {
            merge(sheet, 2, 3, c, c);
        }
        merge(sheet, 2, 2, 5, 7);
        row(sheet, 4, "甲", "A", "B", "C", "D", 1, 2, 3, 4, 5);
        row(sheet, 5, 1, "张三", "男", 1985.03, NUMERIC_ID, "大学", "学士", "XX大学, 汉语言文学", "村党支部书记", "13800000000");
        Row r6 = row(sheet, 6, 2, "李四", "女", null, TEXT_ID, "大专", "--", "/", "村委会主任", "无");
        Cell born = r6.createCell(3);
        born.setCellValue(32874d); // 1990-01-01
        CellStyle cjkMonth = wb.createCellStyle();
        cjkMonth.setDataFormat((short) 57); // yyyy"年"m"月", a CJK built-in most libraries miss
        born.setCellStyle(cjkMonth);
        row(sheet, 7, "注意：填表须知：1. 身份证号请设置为文本格式；2. 出生年月按 1985.03 格式填写；3. 本表一人一行。");
        merge(sheet, 7, 8, 0, last);
        row(sheet, 9, 3, "王五", "男", "1979.11", "430122197911110011", "高中", null, null, "网格员", "13900000000");
        row(sheet, 10, "合      计", "3人");
        row(sheet, 11, "填表人：", null, null, "审核人：", null, null, "联系电话：");
        row(sheet, 12, 4, "赵六", "男", "1990.01", "430122199001010011");
        return save(wb, dir.resolve(xlsx ? "cadres.xlsx" : "cadres.xls"));
    }

    /**
     * A household ledger (C2 shape): info row with 村/组, single-level header, numeric column codes,
     * a scoring row, a template placeholder row, records, 合计.
     */
    public static Path householdLedger(Path dir, boolean xlsx) throws IOException {
        Workbook wb = newWorkbook(xlsx);
        Sheet sheet = wb.createSheet("农户台账");
        row(sheet, 0, "幸福村农户信息台账");
        merge(sheet, 0, 0, 0, 11);
        row(sheet, 1, "村：幸福村", null, "组：三组", null, "调查日期：2026年9月");
        row(sheet, 2, "序号", "村民小组", "户编号", "户主姓名", "与户主关系", "姓名", "性别", "身份证号", "文化程度",
                "健康状况", "是否低保", "监测对象类别");
        row(sheet, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        row(sheet, 4, null, null, null, null, null, null, null, null, 3, 0.5, 1, 2);
        row(sheet, 5, "${seq}", "${group}", "${no}", "${head}");
        row(sheet, 6, 1, "三组", "0301", "张大", "户主", "张大", "男", "430122196001010019", "初中", "健康", "否", "—");
        row(sheet, 7, 2, "三组", "0301", "张大", "配偶", "刘二", "女", "430122196203030028", "小学", "长期慢性病", "否", "/");
        row(sheet, 8, null, null, null, null, null, null, null, null, null, null, null, null);
        row(sheet, 9, 3, "三组", "0302", "李三", "户主", "李三", "男", "430122197001010035", "高中", "健康", "是", "边缘易致贫户");
        row(sheet, 10, "总计");
        return save(wb, dir.resolve(xlsx ? "households.xlsx" : "households.xls"));
    }
}
