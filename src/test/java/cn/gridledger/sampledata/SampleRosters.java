package cn.gridledger.sampledata;

import cn.gridledger.logic.validate.IdNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the messy example rosters of {@code sample-data/rosters/} (all people fictional, IDs with valid
 * check digits): a C1 干部花名册 and a C2 农户信息台账, each as .xlsx and .xls, with a merged title, an
 * info row, a merged two-level header, a column-code row, dates in several shapes, a few bad rows and a
 * footer. Run: {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.gridledger.sampledata.SampleRosters -Dexec.args=sample-data/rosters}.
 */
public final class SampleRosters {

    /** The township the samples belong to (tests set it up with these villages and grids). */
    public static final String TOWNSHIP_CODE = "130102100";
    public static final List<String[]> VILLAGES = List.of(new String[] {"130102100201", "安恕村"},
            new String[] {"130102100202", "东风村"}, new String[] {"130102100203", "西坡村"});
    public static final List<String[]> GRIDS = List.of(new String[] {"130102100201001", "安恕村第一网格", "130102100201"},
            new String[] {"130102100202001", "东风村第一网格", "130102100202"});
    /** An old code of 安恕村第一网格 kept in grid_code_history. */
    public static final String OLD_GRID_CODE = "130102100201099";

    // expected outcomes, asserted by the tests
    public static final int CADRE_ROWS = 12;
    public static final int CADRE_ERRORS = 3;
    public static final int CADRE_WARNINGS = 1;
    public static final int HOUSEHOLD_ROWS = 10;
    public static final int HOUSEHOLD_ERRORS = 4;
    public static final int HOUSEHOLD_WARNINGS = 1;

    private SampleRosters() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data/rosters");
        generate(dir);
    }

    public static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        save(cadres(new XSSFWorkbook()), dir.resolve("干部花名册_示例.xlsx"));
        save(cadres(new HSSFWorkbook()), dir.resolve("干部花名册_示例.xls"));
        save(households(new XSSFWorkbook()), dir.resolve("农户信息台账_示例.xlsx"));
        save(households(new HSSFWorkbook()), dir.resolve("农户信息台账_示例.xls"));
    }

    /** A fictional 18-digit ID: address code of the sample county, birth date, sequence, valid check digit. */
    public static String id(String birth, int seq, boolean male) {
        int s = seq * 2 + (male ? 1 : 0);
        String first17 = "130102" + birth + String.format("%03d", s % 1000);
        return first17 + IdNumbers.checkDigit(first17);
    }

    private static final String[] C1_TOP = {"序号", "姓名", "性别", "民族", "出生年月", "年龄", "籍贯", "身份证号", "政治面貌",
        "入党时间", "参加工作时间", "全日制教育", null, null, "在职教育", null, null, "工作单位（村/派出单位）", "现任职务",
        "任职时间", "是否一肩挑", "是否交叉任职", "干部类别", "派出层级", "联系电话", "备注"};
    private static final String[] C1_SUB = {"学历", "学位", "毕业院校及专业"};

    static Workbook cadres(Workbook wb) {
        Sheet sheet = wb.createSheet("干部花名册");
        int width = C1_TOP.length;
        Styles st = new Styles(wb);
        title(sheet, st, "安恕镇干部花名册", width);
        info(sheet, st, "填报单位：安恕镇人民政府（盖章）          统计截止日期：2026年9月30日          单位：人", width);
        Row top = sheet.createRow(2);
        Row sub = sheet.createRow(3);
        for (int c = 0; c < width; c++) {
            cell(top, c, C1_TOP[c], st.header);
            cell(sub, c, null, st.header);
        }
        for (int c = 0; c < width; c++) {
            if (c == 11 || c == 14) {
                sheet.addMergedRegion(new CellRangeAddress(2, 2, c, c + 2));
                for (int k = 0; k < 3; k++) {
                    sub.getCell(c + k).setCellValue(C1_SUB[k]);
                }
                c += 2;
            } else {
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
        }
        Row codes = sheet.createRow(4);
        for (int c = 0; c < width; c++) {
            cell(codes, c, String.valueOf(c + 1), st.body);
        }
        CellStyle monthDate = wb.createCellStyle();
        monthDate.cloneStyleFrom(st.body);
        monthDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
        CellStyle dayDate = wb.createCellStyle();
        dayDate.cloneStyleFrom(st.body);
        dayDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        int r = 5;
        // 1 一肩挑, text year.month dates
        data(sheet, st, r++, 1, "张建国", "男", "汉族", "1968.03", 58, "河北石家庄", id("19680315", 11, true), "中共党员",
                "1990.07", "1986.09", "大专", null, "石家庄农业学校 农学", "本科", "学士", "省委党校 行政管理", "安恕村",
                "村党组织书记兼村委会主任", "2021.01", "是", "否", "村两委", null, "13931100001", null);
        // 2 birth as the number 1975.05, ethnicity 汉
        data(sheet, st, r++, 2, "李秀英", "女", "汉", 1975.05, 51, "河北正定", id("19750520", 12, false), "中共党员",
                "2001.06", "1995.08", "高中", null, null, null, null, null, "东风村", "副书记", "2021.01", "否", "是",
                "两委", null, "13931100002", null);
        // 3 birth as an Excel date formatted yyyy"年"m"月", ID with lowercase x
        data(sheet, st, r++, 3, "王志强", "男", "汉族", LocalDate.of(1982, 11, 1), 43, "河北藁城",
                id("19821108", 13, true).replace('X', 'x'), "群众", null, "2003.07", "大学", "学士", "河北大学 法学", null,
                null, null, "西坡村", "两委委员", "2021.01", "否", "否", "村两委", null, "13931100003", null);
        sheet.getRow(r - 1).getCell(4).setCellStyle(monthDate);
        // 4 dispatched cadre: 工作单位 is the sending unit
        data(sheet, st, r++, 4, "赵敏", "女", "回族", "1990年8月", 36, "河北保定", id("19900812", 14, false), "中共党员",
                "2012.05", "2013.07", "硕士研究生", "硕士", "河北农业大学 农业推广", null, null, null, "县农业农村局",
                "第一书记", "2024.03", "否", "否", "驻村干部", "县", "13931100004", "驻安恕村");
        // 5 gender as 1, birth as 199203
        data(sheet, st, r++, 5, "刘洋", "1", "汉族", "199203", 34, "河北栾城", id("19920305", 15, true), "共青团员", null,
                "2014.09", "大学本科", null, null, null, null, null, "安恕村", "网格员", "2022.06", "否", "否", "网格员", null,
                "13931100005", null);
        // 6 reserve cadre: no post
        data(sheet, st, r++, 6, "陈静", "2", "汉族", "1996.10", 29, "河北赵县", id("19961018", 16, false), "中共预备党员",
                "2025.06", "2018.07", "大专", null, null, null, null, null, "东风村", null, "2025.01", null, null, "后备力量",
                null, "13931100006", null);
        // 7 ERROR: the ID was typed as a number and lost its last digits
        data(sheet, st, r++, 7, "孙伟", "男", "汉族", "1979.04", 47, "河北辛集", 130102197904215000d, "群众", null, "1998.03",
                "初中", null, null, null, null, null, "西坡村", "村务监督委员会主任", "2021.01", "否", "否", "村两委", null,
                "13931100007", null);
        // 8 ERROR: wrong check digit
        String bad = id("19850610", 18, false);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        data(sheet, st, r++, 8, "周丽", "女", "汉族", "1985.06", 41, "河北晋州", bad, "中共党员", "2010.07", "2007.07", "大专",
                null, null, null, null, null, "安恕村", "两委委员", "2021.01", "否", "否", "村两委", null, "13931100008", null);
        // 9 WARNING: gender says 女, the ID says 男
        data(sheet, st, r++, 9, "吴刚", "女", "汉族", "1977.12", 48, "河北深泽", id("19771209", 19, true), "群众", null,
                "1996.01", "高中", null, null, null, null, null, "东风村", "两委委员", "2021.01", "否", "否", "村两委", null,
                "13931100009", null);
        // 10 ERROR: the village is not in this township
        data(sheet, st, r++, 10, "郑华", "男", "汉族", "1972.02", 54, "河北无极", id("19720222", 20, true), "中共党员",
                "1995.07", "1990.03", "高中", null, null, null, null, null, "北山村", "两委委员", "2021.01", "否", "否", "村两委",
                null, "13931100010", null);
        // 11 no ID; birth as an Excel date with a day
        data(sheet, st, r++, 11, "冯雪", "女", "汉族", LocalDate.of(1988, 11, 2), 37, "河北元氏", null, "群众", null,
                "2010.09", "大学", "学士", "石家庄学院 汉语言文学", null, null, null, "西坡村", "网格员", "2023.03", "否", "否",
                "网格员", null, "13931100011", null);
        sheet.getRow(r - 1).getCell(4).setCellStyle(dayDate);
        // 12 "not applicable" markers and 党员
        data(sheet, st, r++, 12, "何平", "男", "--", "1983.07", 43, "河北行唐", id("19830716", 22, true), "党员", "2008.06",
                "2002.07", "中专", "无", "/", null, null, null, "安恕村", "副书记", "2021.01", "否", "否", "村两委", null,
                "0311-85551234", "—");
        Row total = sheet.createRow(r++);
        cell(total, 0, "合      计", st.body);
        cell(total, 1, "12人", st.body);
        Row sign = sheet.createRow(r + 1);
        cell(sign, 0, "填表人：张三", null);
        cell(sign, 8, "审核人：李四", null);
        cell(sign, 17, "联系电话：0311-85550000", null);
        widths(sheet, width);
        sheet.createFreezePane(2, 5);
        return wb;
    }

    private static final String[] C2 = {"序号", "村", "网格编号", "网格名称", "村民小组", "户编号", "户主姓名", "与户主关系",
        "姓名", "性别", "身份证号", "出生日期", "民族", "文化程度", "在校生状况", "健康状况", "劳动技能", "务工时间（月）",
        "政治面貌", "联系电话", "户类型", "是否低保", "是否特困供养", "监测对象类别", "风险是否消除", "十户一组组号", "备注"};

    static Workbook households(Workbook wb) {
        Sheet sheet = wb.createSheet("农户信息台账");
        int width = C2.length;
        Styles st = new Styles(wb);
        title(sheet, st, "安恕镇农户信息台账", width);
        info(sheet, st, "填报单位：安恕镇人民政府（盖章）          调查日期：2026年9月          单位：户、人", width);
        Row header = sheet.createRow(2);
        for (int c = 0; c < width; c++) {
            cell(header, c, C2[c], st.header);
        }
        CellStyle dayDate = wb.createCellStyle();
        dayDate.cloneStyleFrom(st.body);
        dayDate.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        String a = "1301021002010001";
        int r = 3;
        int n = 1;
        // household A by 户编号, grid by code; the son's birth as 2012.1 (warning: January or October?)
        member(sheet, st, r++, n++, "安恕村", "130102100201001", "安恕村第一网格", "一组", a, "张大山", "户主", "张大山", "男",
                id("19650412", 31, true), "1965-04-12", "汉族", "初中", null, "健康", "普通劳动力", 6, "群众", "13931200001",
                "脱贫户", "否", "否", "脱贫不稳定户", "否", "3", null);
        member(sheet, st, r++, n++, "安恕村", "130102100201001", "安恕村第一网格", "一组", a, "张大山", "配偶", "王桂兰", "女",
                id("19670820", 32, false), LocalDate.of(1967, 8, 20), "汉族", "小学", null, "长期慢性病", "弱劳动力或半劳动力",
                0, "群众", "13931200002", "脱贫户", "否", "否", "脱贫不稳定户", "否", "3", null);
        sheet.getRow(r - 1).getCell(11).setCellStyle(dayDate);
        member(sheet, st, r++, n++, "安恕村", "130102100201001", "安恕村第一网格", "一组", a, "张大山", "之子", "张小军", "男",
                id("20120115", 33, true), 2012.1, "汉族", null, "八年级", "健康", "无劳动力", null, "共青团员", null,
                "脱贫户", "否", "否", "脱贫不稳定户", "否", "3", null);
        member(sheet, st, r++, n++, "安恕村", "130102100201001", "安恕村第一网格", "一组", a, "张大山", "之母", "刘秀兰", "女",
                id("19400303", 34, false), "19400303", "汉族", "文盲或半文盲", null, "残疾,长期慢性病", "丧失劳动力", "--",
                "群众", null, "脱贫户", "是", "否", "脱贫不稳定户", "否", "3", null);
        // household B: no 户编号 — the members follow their head; grid by name
        member(sheet, st, r++, n++, "东风村", null, "东风村第一网格", "二组", null, "李四海", "户主", "李四海", "男",
                id("19700101", 35, true), "1970/1/1", "汉", "高中", null, "健康", "技能劳动力", 10, "中共党员", "13931200005",
                "一般农户", "否", "否", null, null, "5", null);
        member(sheet, st, r++, n++, "东风村", null, "东风村第一网格", "二组", null, "李四海", "配偶", "赵春梅", "女",
                id("19720505", 36, false), "1972.05.05", "汉族", "初中", null, "健康", "普通劳动力", 8, "群众", "13931200006",
                "一般农户", "否", "否", null, null, "5", null);
        // household C (ERROR): two heads; the old grid code still resolves
        String c = "1301021002010003";
        member(sheet, st, r++, n++, "安恕村", OLD_GRID_CODE, null, "一组", c, "王五", "户主", "王五", "男",
                id("19550909", 37, true), "1955.09", "汉族", "小学", null, "患有大病", "丧失劳动力", null, "群众", "13931200007",
                "一般农户", "是", "否", "突发严重困难户", "否", "3", null);
        member(sheet, st, r++, n++, "安恕村", OLD_GRID_CODE, null, "一组", c, "王五", "户主", "王小五", "男",
                id("19800202", 38, true), "1980.02", "汉族", "初中", null, "健康", "普通劳动力", 12, "群众", "13931200008",
                "一般农户", "是", "否", "突发严重困难户", "否", "3", null);
        // household D (ERROR): the head's phone has too few digits; the whole household waits
        String d = "1301021002020004";
        member(sheet, st, r++, n++, "东风村", "130102100202001", "东风村第一网格", "三组", d, "刘文", "户主", "刘文", "男",
                id("19780606", 39, true), "1978.06", "汉族", "初中", null, "健康", "普通劳动力", 9, "群众", "1393120",
                "一般农户", "否", "否", null, null, "6", null);
        member(sheet, st, r++, n++, "东风村", "130102100202001", "东风村第一网格", "三组", d, "刘文", "之女", "刘小雨", "女",
                id("20100707", 40, false), "2010.07", "汉族", null, "七年级", "健康", "无劳动力", null, "群众", null,
                "一般农户", "否", "否", null, null, "6", null);
        Row sign = sheet.createRow(r + 1);
        cell(sign, 0, "填表人：", null);
        cell(sign, 6, "审核人：", null);
        widths(sheet, width);
        sheet.createFreezePane(0, 3);
        return wb;
    }

    private static void member(Sheet sheet, Styles st, int r, Object... values) {
        data(sheet, st, r, values);
    }

    private static void data(Sheet sheet, Styles st, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            Cell cell = row.createCell(c);
            cell.setCellStyle(st.body);
            if (v instanceof Number num) {
                cell.setCellValue(num.doubleValue());
            } else if (v instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
        }
    }

    private static void title(Sheet sheet, Styles st, String text, int width) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        cell(row, 0, text, st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
    }

    private static void info(Sheet sheet, Styles st, String text, int width) {
        cell(sheet.createRow(1), 0, text, null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        if (text != null) {
            cell.setCellValue(text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, int width) {
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        sheet.setColumnWidth(7, 21 * 256);
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    /** Title, header and body styles with thin borders, like county rosters. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;

        Styles(Workbook wb) {
            title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setFontName("黑体");
            big.setFontHeightInPoints((short) 18);
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            borders(header);
            body = wb.createCellStyle();
            borders(body);
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
