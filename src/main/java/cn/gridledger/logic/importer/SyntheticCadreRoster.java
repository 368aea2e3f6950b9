package cn.gridledger.logic.importer;

import cn.gridledger.logic.validate.IdNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A large synthetic C1 cadre roster for the {@code bench} command: title, info row, a 25-column header and
 * {@code rows} records of fictional people with valid, unique ID numbers. Written with POI's streaming
 * writer so that generating it needs little memory.
 */
public final class SyntheticCadreRoster {

    public static final List<String> HEADER = List.of("序号", "姓名", "性别", "民族", "出生年月", "年龄", "籍贯", "身份证号",
            "政治面貌", "入党时间", "参加工作时间", "全日制学历", "全日制学位", "全日制毕业院校及专业", "在职学历", "在职学位",
            "工作单位（村/派出单位）", "现任职务", "任职时间", "是否一肩挑", "是否交叉任职", "干部类别", "派出层级", "联系电话", "备注");

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "建国秀英志强丽华明军静敏伟芳娜磊洋勇艳杰娟涛超霞平刚桂兰玉梅海燕";
    private static final String[] POSTS = {"两委委员", "副书记", "网格员", "村委会主任", "村务监督委员会主任"};
    private static final String[] EDUCATION = {"高中", "大专", "大学本科", "初中", "中专"};
    private static final String[] POLITICAL = {"中共党员", "群众", "共青团员"};

    private SyntheticCadreRoster() {
    }

    public static void write(Path file, int rows, List<String> villageNames) throws IOException {
        Random random = new Random(42);
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true); // shared strings, as Excel writes them
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("干部花名册");
            sheet.createRow(0).createCell(0).setCellValue("示例镇干部花名册（性能测试，人员均为虚构）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            sheet.createRow(1).createCell(0).setCellValue("填报单位：示例镇人民政府（盖章）    统计截止日期：2026年9月30日    单位：人");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADER.size() - 1));
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            LocalDate base = LocalDate.of(1960, 1, 1);
            for (int i = 0; i < rows; i++) {
                LocalDate birth = base.plusDays(i % 14_000);
                boolean male = random.nextBoolean();
                int seq = (i / 14_000) * 2 + (male ? 1 : 0);
                String first17 = "130102" + birth.toString().replace("-", "") + String.format("%03d", seq);
                String id = first17 + IdNumbers.checkDigit(first17);
                String post = POSTS[random.nextInt(POSTS.length)];
                String[] values = {String.valueOf(i + 1),
                    SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "" + GIVEN.charAt(random.nextInt(GIVEN.length()))
                            + GIVEN.charAt(random.nextInt(GIVEN.length())),
                    male ? "男" : "女", "汉族", birth.getYear() + "." + String.format("%02d", birth.getMonthValue()),
                    String.valueOf(2026 - birth.getYear()), "河北石家庄", id, POLITICAL[random.nextInt(POLITICAL.length)],
                    "", (birth.getYear() + 20) + ".07", EDUCATION[random.nextInt(EDUCATION.length)], "", "", "", "",
                    villageNames.get(i % villageNames.size()), post, "2021.01", "否", "否",
                    post.equals("网格员") ? "网格员" : "村两委", "", "139" + String.format("%08d", i), ""};
                Row row = sheet.createRow(3 + i);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
