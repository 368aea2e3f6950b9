package cn.gridledger.logic.importer.layouts;

import static cn.gridledger.logic.importer.layouts.ExpectedPerson.cadre;
import static cn.gridledger.logic.importer.layouts.SheetWriter.fmt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Other cadre rosters: 后备力量, 网格员, 包村干部, HR registration sheets, platform CSV, odd placements. */
final class CadreRosterLayouts {

    private CadreRosterLayouts() {
    }

    static List<Layout> all() {
        return List.of(
                Layout.cadres("L11-后备力量花名册", "“村级后备力量花名册”：村别、学历、现从事职业、培养方向；无职务、无干部类别列，标题说明是后备力量",
                        "县委组织部“村级后备力量花名册 / 村级后备干部人选登记表”",
                        CadreRosterLayouts::reserves),
                Layout.cadres("L12-网格员花名册-xls", "“网格员花名册” .xls：所属村（社区）、职务（专职网格员、网格长）、网格类型（未知列）",
                        "县（市、区）政法委“网格员花名册”（基础网格员信息表）",
                        CadreRosterLayouts::gridWorkers),
                Layout.cadres("L13-平台导出CSV-UTF8", "平台导出 CSV（UTF-8 带 BOM）：第1行表头，人员类别、所在村、现任职务、任职时间（2021-01-15）",
                        "组工/基层治理平台“人员信息导出”.csv",
                        CadreRosterLayouts::platformCsv),
                Layout.cadres("L14-表头带空格换行-xls", "表头写法：“姓　　名”“性  别”“出生\\n年月”“身份\\n证号”“现任\\n职务”“所在\\n村”“是否\\n交叉任职”，全角空格与换行",
                        "手工排版的县级花名册（表头为对齐加空格、换行）",
                        CadreRosterLayouts::spacedLabels),
                Layout.cadres("L15-两个工作表同表头-隐藏表", "按村分表：工作表“安恕村”“王家村”同一表头，另有一个隐藏工作表（旧名单）不应导入",
                        "乡镇汇总的分村花名册（每村一个工作表，含隐藏的历史表）",
                        CadreRosterLayouts::sheetPerVillage),
                Layout.cadres("L16-包村干部花名册", "乡镇“包村干部花名册”：单位、职务（包村干部）、包保村（未知列）；乡镇干部无须村",
                        "乡镇党委“包村干部 / 驻村联络员花名册”",
                        CadreRosterLayouts::townshipLiaisons),
                Layout.cadres("L17-人员信息登记表-xls", "人事“人员信息登记表” .xls：单位/日期行，出生日期为Excel日期（yyyy/m/d），身份证号码、全日制学历、毕业院校、工作单位、现任职务、手机号码",
                        "人事部门“人员信息登记表.xls”（工作人员基本信息登记）",
                        CadreRosterLayouts::registrationForm),
                Layout.cadres("L18-表格不在A1-左侧空列", "表格从 C3 开始：左边两列、上面两行空白，标题在 C1",
                        "随手制作的村干部名单（表格偏移、留白）",
                        CadreRosterLayouts::offsetTable),
                Layout.cadres("L19-汇总表不是花名册", "各村“两委”班子结构汇总表：村名、班子职数、平均年龄、大专以上人数……没有人员，只有统计数",
                        "县委组织部“村（社区）‘两委’班子结构情况统计表”",
                        CadreRosterLayouts::summaryTable),
                Layout.cadres("L20-分村小标题行", "两委名单按村分段：每段前有合并的小标题行“一、安恕村（3人）”，同时有村（社区）列；小标题行不是人",
                        "乡镇上报的“村（社区）两委成员名单”（按村分段、段首小标题）",
                        CadreRosterLayouts::sectionRows),
                Layout.cadres("L21-首表为填表说明", "第一个工作表是“填表说明”（只有文字），花名册在第二个工作表",
                        "县级下发模板（首页填表说明 + 花名册表）",
                        CadreRosterLayouts::instructionsSheetFirst),
                Layout.cadres("L22-代码-名称写法", "信息采集系统导出：性别“1-男/2-女”、民族“01-汉族”、政治面貌“01-中共党员”、出生日期8位“19800115”，缺项填“—”",
                        "“人员基本信息采集表（录入说明）”类模板（代码-名称取值、8位日期）",
                        CadreRosterLayouts::codedValues));
    }

    static LayoutTruth reserves(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("后备力量");
        Path file = dir.resolve("村级后备力量花名册.xlsx");
        w.title("安恕镇村级后备力量花名册", 11);
        int h = w.header("序号", "村别", "姓名", "性别", "出生年月", "学历", "政治面貌", "身份证号", "现从事职业", "培养方向", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"安恕村", "致富带头人", "村党组织书记"}, {"安恕村", "返乡大学生", "村委会委员"},
            {"王家村", "退役军人", "村委会主任"}, {"东升社区", "个体工商户", "社区委员"}};
        int n = 1300;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.born(n, 1984 + k * 3);
            n += 2;
            int r = w.row(k + 1, rows[k][0], p.name(), p.gender(), p.dotMonth(), k % 2 == 0 ? "大专" : "高中", "中共党员",
                    p.id(), rows[k][1], rows[k][2], "1390439" + (1000 + k));
            t.person(cadre(r, p, rows[k][0], "后备力量", null));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth gridWorkers(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("网格员");
        Path file = dir.resolve("网格员花名册.xls");
        w.title("安恕镇网格员花名册", 9);
        int h = w.header("序号", "所属村（社区）", "姓名", "性别", "出生年月", "身份证号", "职务", "网格类型", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"安恕村", "网格长", "网格长"}, {"安恕村", "专职网格员", "网格员"}, {"福安屯村", "专职网格员", "网格员"},
            {"东升社区", "兼职网格员", "网格员"}};
        int n = 1400;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(k + 1, rows[k][0], p.name(), p.gender(), p.dotMonth(), p.id(), rows[k][1], "基础网格",
                    "1390439" + (2000 + k));
            t.person(cadre(r, p, rows[k][0], "网格员", rows[k][2]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth platformCsv(Path dir) throws Exception {
        Csv csv = new Csv();
        Path file = dir.resolve("人员信息导出.csv");
        int h = csv.row("序号", "姓名", "性别", "身份证号", "人员类别", "所在村", "现任职务", "任职时间", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"村两委", "三合村", "党组织书记", "村党组织书记"}, {"村两委", "三合村", "委员", "两委委员"},
            {"网格员", "三合村", "网格员", "网格员"}, {"村两委", "福安屯村", "村委会主任", "村委会主任"}};
        int n = 1500;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.of(n++);
            int r = csv.row(k + 1, p.name(), p.gender(), p.id(), rows[k][0], rows[k][1], rows[k][2], "2021-01-15",
                    "1390439" + (3000 + k));
            t.person(cadre(r, p, rows[k][1], rows[k][0], rows[k][3]));
        }
        csv.save(file, StandardCharsets.UTF_8, true);
        return t.build();
    }

    static LayoutTruth spacedLabels(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("Sheet1");
        Path file = dir.resolve("村干部花名册_表头空格.xls");
        w.title("安  恕  镇  村  干  部  花  名  册", 9);
        int h = w.header("序　号", "姓　　名", "性  别", "出生\n年月", "身份\n证号", "所在\n村", "现任\n职务", "是否\n交叉任职",
                "联系\n电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"王家村", "党组织书记", "村党组织书记"}, {"王家村", "副书记", "副书记"}, {"三合村", "村委会主任", "村委会主任"}};
        int n = 1600;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(k + 1, p.name(), p.gender(), p.dotMonth(), p.id(), rows[k][0], rows[k][1], "否",
                    "1390439" + (4000 + k));
            t.person(cadre(r, p, rows[k][0], "村两委", rows[k][2]));
        }
        w.save(file);
        return t.build();
    }

    private static final Object[] VILLAGE_SHEET_HEADER = {"序号", "姓名", "性别", "出生年月", "身份证号", "所在村", "现任职务", "联系电话"};

    static LayoutTruth sheetPerVillage(Path dir) throws Exception {
        Path file = dir.resolve("分村干部花名册.xlsx");
        SheetWriter w = SheetWriter.xlsx("安恕村");
        w.title("安恕村“两委”成员名单", 8);
        int h = w.header(VILLAGE_SHEET_HEADER);
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 1700;
        String[][] first = {{"安恕村", "党组织书记", "村党组织书记"}, {"安恕村", "委员", "两委委员"}};
        for (int k = 0; k < first.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(k + 1, p.name(), p.gender(), p.dotMonth(), p.id(), first[k][0], first[k][1], "1390439" + (5000 + k));
            t.person(cadre(r, p, first[k][0], "村两委", first[k][2]));
        }
        w.sheet("王家村");
        w.title("王家村“两委”成员名单", 8);
        w.header(VILLAGE_SHEET_HEADER);
        String[][] second = {{"王家村", "村委会主任", "村委会主任"}, {"王家村", "副书记", "副书记"}, {"王家村", "委员", "两委委员"}};
        for (int k = 0; k < second.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(k + 1, p.name(), p.gender(), p.dotMonth(), p.id(), second[k][0], second[k][1], "1390439" + (5100 + k));
            t.person(cadre(r, p, second[k][0], "村两委", second[k][2]));
        }
        w.sheet("旧名单");
        w.title("2018年换届前名单（已作废）", 8);
        w.header(VILLAGE_SHEET_HEADER);
        w.skip(3);
        for (int k = 0; k < 3; k++) {
            Folk p = Folk.of(n++);
            w.row(k + 1, p.name(), p.gender(), p.dotMonth(), p.id(), "三合村", "委员", "1390439" + (5200 + k));
        }
        w.workbook().setSheetHidden(2, true);
        w.save(file);
        return t.build();
    }

    static LayoutTruth townshipLiaisons(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("包村干部");
        Path file = dir.resolve("包村干部花名册.xlsx");
        w.title("安恕镇包村干部花名册", 8);
        int h = w.header("序号", "姓名", "性别", "身份证号", "单位", "职务", "包保村", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[] villages = {"安恕村", "王家村", "福安屯村", "东升社区", "三合村"};
        int n = 1800;
        for (int k = 0; k < villages.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(k + 1, p.name(), p.gender(), p.id(), "安恕镇人民政府", "包村干部", villages[k], "1390439" + (6000 + k));
            t.person(new ExpectedPerson(r, p.name(), p.id(), null, "乡镇干部", "包村干部", null, null, null));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth registrationForm(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("人员信息");
        Path file = dir.resolve("人员信息登记表.xls");
        int width = 14;
        w.title("人员信息登记表", width);
        w.line("单位：安恕镇三合村　　　　　　　　　　　　　　　　　　2025年　3月　10日", width);
        int h = w.header("序号", "姓名", "性别", "民族", "籍贯", "出生日期", "身份证号码", "政治面貌", "参加工作时间", "全日制学历",
                "毕业院校", "工作单位", "现任职务", "手机号码");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"三合村", "党组织书记", "村党组织书记"}, {"三合村", "村委会委员", "两委委员"}, {"三合村", "妇联主席、委员", "两委委员"}};
        int n = 1900;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.born(n, 1970 + k * 6);
            n++;
            int r = w.row(k + 1, p.name(), p.gender(), "汉族", "吉林东辽", fmt(p.birth(), "yyyy/m/d"), p.id(), "中共党员",
                    fmt(LocalDate.of(1995 + k * 6, 7, 1), "yyyy\"年\"m\"月\""), "高中", "东辽县第一中学", rows[k][0], rows[k][1],
                    "1390439" + (7000 + k));
            t.person(cadre(r, p, rows[k][0], "村两委", rows[k][2]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth offsetTable(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("名单");
        Path file = dir.resolve("村干部名单_偏移.xlsx");
        w.row(null, null, "东升社区“两委”成员名单");
        w.skip(1);
        int h = w.header(null, null, "姓名", "职务", "身份证号", "联系电话", "所在村");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"书记", "村党组织书记"}, {"主任", "村委会主任"}, {"委员", "两委委员"}};
        int n = 2000;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(null, null, p.name(), rows[k][0], p.id(), "1390439" + (8000 + k), "东升社区");
            t.person(cadre(r, p, "东升社区", "村两委", rows[k][1]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth summaryTable(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("统计表");
        Path file = dir.resolve("两委班子结构统计表.xlsx");
        w.title("安恕镇村（社区）“两委”班子结构情况统计表", 9);
        w.header("村名", "班子职数", "实有人数", "平均年龄", "35岁以下", "女性", "大专以上", "党员", "一肩挑");
        String[] villages = {"安恕村", "王家村", "福安屯村", "东升社区", "三合村"};
        for (int k = 0; k < villages.length; k++) {
            w.row(villages[k], 7, 6 + k % 2, 46.5 - k, 1 + k % 2, 2, 3, 6, k % 2 == 0 ? "是" : "否");
        }
        w.row("合计", 35, 32, 44.5, 7, 10, 15, 30, "3");
        w.save(file);
        return LayoutTruth.refused(file, "姓名");
    }

    static LayoutTruth sectionRows(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("两委名单");
        Path file = dir.resolve("两委成员名单_分村.xlsx");
        int width = 7;
        w.title("安恕镇村（社区）两委成员名单", width);
        int h = w.header("序号", "村（社区）", "姓名", "性别", "身份证号", "现任职务", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][][] sections = {
            {{"安恕村"}, {"党组织书记", "村党组织书记"}, {"村委会主任", "村委会主任"}, {"委员", "两委委员"}},
            {{"福安屯村"}, {"党组织书记、村委会主任", "一肩挑"}, {"副书记", "副书记"}},
        };
        String[] numbers = {"一", "二"};
        int n = 2100;
        int seq = 1;
        for (int k = 0; k < sections.length; k++) {
            String village = sections[k][0][0];
            int title = w.row(numbers[k] + "、" + village + "（" + (sections[k].length - 1) + "人）");
            w.merge(title, title, 0, width - 1);
            for (int i = 1; i < sections[k].length; i++) {
                Folk p = Folk.of(n++);
                int r = w.row(seq++, village, p.name(), p.gender(), p.id(), sections[k][i][0], "1390442" + (1000 + seq));
                t.person(cadre(r, p, village, "村两委", sections[k][i][1]));
            }
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth instructionsSheetFirst(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("填表说明");
        Path file = dir.resolve("干部花名册_含填表说明.xlsx");
        w.title("填表说明", 1);
        w.row("一、本表由各村（社区）党组织书记组织填写，乡镇组织委员审核。");
        w.row("二、“现任职务”填写党组织书记、村委会主任、副书记、委员等。");
        w.row("三、身份证号码须为18位；出生年月按“1980.01”填写。");
        w.row("四、请于每季度末前报送乡镇党委组织办。");
        w.sheet("花名册");
        w.title("安恕镇村干部花名册", 8);
        int h = w.header("序号", "姓名", "性别", "出生年月", "身份证号码", "所在村", "现任职务", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"王家村", "党组织书记", "村党组织书记"}, {"王家村", "副书记", "副书记"}, {"三合村", "委员", "两委委员"}};
        int n = 2150;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(k + 1, p.name(), p.gender(), p.dotMonth(), p.id(), rows[k][0], rows[k][1], "1390442" + (2000 + k));
            t.person(cadre(r, p, rows[k][0], "村两委", rows[k][2]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth codedValues(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("基本信息");
        Path file = dir.resolve("人员基本信息采集表.xlsx");
        w.title("人员基本信息采集表", 10);
        int h = w.header("编号", "姓名", "性别", "民族", "出生日期", "政治面貌", "身份证号码", "所在村", "现任职务", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"东升社区", "党组织书记", "村党组织书记", "01-中共党员"}, {"东升社区", "委员", "两委委员", "13-群众"},
            {"三合村", "副书记", "副书记", "01-中共党员"}};
        int n = 2250;
        for (int k = 0; k < rows.length; k++) {
            Folk p = Folk.of(n++);
            int r = w.row(String.format("%03d", k + 1), p.name(), p.male() ? "1-男" : "2-女", "01-汉族",
                    p.birth().toString().replace("-", ""), rows[k][3], p.id(), rows[k][0], rows[k][1],
                    k == 1 ? "—" : "1390442" + (3000 + k));
            t.person(cadre(r, p, rows[k][0], "村两委", rows[k][2])).warningFree(r);
        }
        w.save(file);
        return t.build();
    }
}
