package cn.gridledger.logic.importer.layouts;

import static cn.gridledger.logic.importer.layouts.ExpectedPerson.cadre;
import static cn.gridledger.logic.importer.layouts.SheetWriter.fmt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** 村（社区）“两委” rosters as counties publish them, and their common variations. */
final class TwoCommitteeLayouts {

    private TwoCommitteeLayouts() {
    }

    static List<Layout> all() {
        return List.of(
                Layout.cadres("L01-两委-县模板", "县组织部村（社区）“两委”成员花名册：标题、填报单位、两级表头、列序号行，村（社区）按村纵向合并，是否\\n“一肩挑”",
                        "县委组织部村（社区）“两委”换届后成员花名册（标题+填报单位+两级表头+列序号行的通用县级模板）",
                        dir -> countyTemplate(dir, SheetWriter.xlsx("两委成员"), "两委花名册_县模板.xlsx", 100)),
                Layout.cadres("L02-两委-县模板-xls", "同 L01 的县级模板存为 .xls（Excel 97-2003），村（社区）纵向合并",
                        "县委组织部村（社区）“两委”成员花名册（.xls 下发版）",
                        dir -> countyTemplate(dir, SheetWriter.xls("Sheet1"), "两委花名册_县模板.xls", 140)),
                Layout.cadres("L05-表头第1行-无标题", "平台导出：第1行即表头，无标题，职务用简称（支书、主任、副主任、委员）",
                        "基层党建平台 / 组工系统“导出 Excel”的单行表头（无标题）",
                        TwoCommitteeLayouts::headerAtRowOne),
                Layout.cadres("L06-未知列混排", "干部基本信息表：工号、曾用名、户籍所在地、婚姻状况、个人特长、奖惩情况等本程序不认识的列与已知列混排，村别/担任职务",
                        "乡镇“村干部基本信息表”（人事信息采集类表头，含大量非花名册字段）",
                        TwoCommitteeLayouts::unknownColumns),
                Layout.cadres("L07-身份证号各种写法-xls", "身份证号：小写x、15位老号码、被 Excel 存成数字（截断）、校验位错误；另有 --、无、/ 占位",
                        "县级干部花名册 .xls（身份证列未设文本格式的常见情形）",
                        TwoCommitteeLayouts::idVariants),
                Layout.cadres("L08-村名写法与外乡镇村", "村（社区）列：不带“村/社区”、全角空格、12位区划代码；福安村、北岭村不是本乡镇的村",
                        "乡镇汇总的村（社区）干部名册（各村手填村名）",
                        TwoCommitteeLayouts::villageSpellings),
                Layout.cadres("L09-日期各种写法", "出生年月、任现职时间、入党时间：1985.03、198503、1985年3月、1985-3、1985/03、数字1985.03、Excel日期（yyyy年m月、yyyy年m月d日、[DBNum1]中文数字）",
                        "各地“干部任免审批表/花名册”中年月列的手填习惯",
                        TwoCommitteeLayouts::dateShapes),
                Layout.cadres("L10-三级表头在第6至8行-注意框", "标题+4行填表说明，三级合并表头在第6–8行（基本情况／学历学位／全日制教育…），数据区中间有合并的“注意”说明框，页脚合　　计、填表人、审核人",
                        "省级“村级组织干部信息统计表”（填表说明在上、三级表头）",
                        TwoCommitteeLayouts::threeLevelHeader));
    }

    /**
     * 序号 | 村（社区） | 姓名 | 性别 | 民族 | 出生年月 | 政治面貌 | 学历(全日制教育, 在职教育) | 现任职务 | 是否\n“一肩挑” |
     * 身份证号 | 联系电话 | 备注 — title, 填报单位, two header rows, a 1 2 3 … row, villages merged down.
     */
    static LayoutTruth countyTemplate(Path dir, SheetWriter w, String fileName, int folk) throws Exception {
        int width = 14;
        w.title("东辽县安恕镇村（社区）“两委”成员花名册", width);
        w.line("填报单位（盖章）：中共安恕镇委员会　　　　　　　　填报日期：2025年3月20日", width);
        int h = w.header("序号", "村（社区）", "姓名", "性别", "民族", "出生年月", "政治面貌", "学历", null, "现任职务",
                "是否\n“一肩挑”", "身份证号", "联系电话", "备注");
        w.header(null, null, null, null, null, null, null, "全日制教育", "在职教育", null, null, null, null, null);
        w.mergeHeaderColumns(h, 2, 0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13).merge(h, h, 7, 8);
        w.numberRow(width);
        LayoutTruth.Builder t = new LayoutTruth.Builder(dir.resolve(fileName), h);
        Object[][] blocks = {
            {"安恕村", "党组织书记、村委会主任", "是", "一肩挑", "副书记", "否", "副书记", "委员", "否", "两委委员"},
            {"王家村", "党组织书记", "否", "村党组织书记", "村委会主任", "否", "村委会主任", "委员", "否", "两委委员"},
            {"福安屯村", "党组织书记、村委会主任", "是", "一肩挑", "委员", "否", "两委委员", null, null, null},
        };
        int seq = 1;
        int n = folk;
        for (Object[] b : blocks) {
            int first = w.nextRow();
            for (int k = 1; k < b.length && b[k] != null; k += 3) {
                Folk p = Folk.of(n++);
                int r = w.row(seq++, k == 1 ? b[0] : null, p.name(), p.gender(), "汉族", p.dotMonth(), "中共党员",
                        k == 1 ? "大专" : "高中", k == 1 ? "本科" : null, b[k], b[k + 1], p.id(), "139" + String.format("%08d", n),
                        null);
                t.person(cadre(r, p, (String) b[0], "村两委", (String) b[k + 2]));
            }
            w.mergeDown(1, first, w.nextRow() - 1);
        }
        w.row("合计", null, (seq - 1) + "人");
        w.skip(1);
        w.row("填表人：李淑芬", null, null, null, null, "审核人：王立新", null, null, null, "联系电话：0437-6000000");
        w.widths(width, 12);
        w.save(dir.resolve(fileName));
        return t.build();
    }

    static LayoutTruth headerAtRowOne(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("导出数据");
        Path file = dir.resolve("村干部导出.xlsx");
        int h = w.header("姓名", "性别", "身份证号码", "所在村", "职务", "手机号码", "民族", "学历");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"安恕村", "支书", "村党组织书记"}, {"安恕村", "主任", "村委会主任"}, {"王家村", "副主任", "两委委员"},
            {"王家村", "委员", "两委委员"}, {"东升社区", "书记", "村党组织书记"}, {"三合村", "副书记", "副书记"}};
        int n = 200;
        for (String[] v : rows) {
            Folk p = Folk.of(n++);
            int r = w.row(p.name(), p.gender(), p.id(), v[0], v[1], "1390437" + String.format("%04d", n), "汉族", "高中");
            t.person(cadre(r, p, v[0], "村两委", v[2]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth unknownColumns(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("基本信息");
        Path file = dir.resolve("村干部基本信息表.xlsx");
        w.title("安恕镇村干部基本信息表", 14);
        int h = w.header("序号", "工号", "姓名", "曾用名", "性别", "身份证号", "户籍所在地", "婚姻状况", "村别", "担任职务",
                "任职时间", "个人特长", "奖惩情况", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] rows = {{"三合村", "党组织书记", "村党组织书记"}, {"三合村", "村委会主任", "村委会主任"},
            {"福安屯村", "副书记", "副书记"}, {"福安屯村", "委员", "两委委员"}};
        int n = 300;
        int seq = 1;
        for (String[] v : rows) {
            Folk p = Folk.of(n++);
            int r = w.row(seq++, "AS" + (1000 + seq), p.name(), "无", p.gender(), p.id(), "吉林省东辽县安恕镇", "已婚", v[0],
                    v[1], "2021.01", "种植养殖", "2023年度优秀村干部", "13904370" + (100 + seq));
            t.person(cadre(r, p, v[0], "村两委", v[2]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth idVariants(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("花名册");
        Path file = dir.resolve("村两委干部花名册_身份证.xls");
        w.title("安恕镇村两委干部花名册", 9);
        int h = w.header("序号", "姓名", "性别", "出生年月", "身份证号", "所在村", "现任职务", "学历", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        Folk x = Folk.withCheckX(401);
        int r = w.row(1, x.name(), x.gender(), x.dotMonth(), x.id().replace('X', 'x'), "安恕村", "委员", "--", "13904371001");
        t.person(cadre(r, x, "安恕村", "村两委", "两委委员"));
        Folk old = Folk.of(402); // born 1950–2004: of(402) is a 19xx birth
        r = w.row(2, old.name(), old.gender(), old.dotMonth(), old.id15(), "安恕村", "副书记", "无", "13904371002");
        t.person(cadre(r, old, "安恕村", "村两委", "副书记"));
        Folk num = Folk.of(403);
        r = w.row(3, num.name(), num.gender(), num.dotMonth(), num.idAsNumber(), "王家村", "委员", "/", "13904371003");
        t.error(r, "截断", "E");
        Folk bad = Folk.of(404);
        String wrong = bad.id().substring(0, 17) + (bad.id().endsWith("1") ? "2" : "1");
        r = w.row(4, bad.name(), bad.gender(), bad.dotMonth(), wrong, "王家村", "委员", "高中", "13904371004");
        t.error(r, "校验", "E");
        Folk ok = Folk.of(406);
        r = w.row(5, ok.name(), ok.gender(), ok.dotMonth(), " " + ok.id() + " ", "王家村", "村委会主任", "高中", "13904371005");
        t.person(cadre(r, ok, "王家村", "村两委", "村委会主任"));
        w.save(file);
        return t.build();
    }

    static LayoutTruth villageSpellings(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("名册");
        Path file = dir.resolve("村干部名册_村名写法.xlsx");
        w.title("安恕镇村（社区）干部名册", 7);
        int h = w.header("序号", "村（社区）", "姓名", "性别", "身份证号", "职务", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        Object[][] rows = {{"王家", "王家村"}, {"东升", "东升社区"}, {"安恕村　", "安恕村"}, {"220422103205", "三合村"},
            {"福安村", null}, {"北岭村", null}};
        int n = 500;
        int seq = 1;
        for (Object[] v : rows) {
            Folk p = Folk.of(n++);
            int r = w.row(seq++, v[0], p.name(), p.gender(), p.id(), "委员", "1390437" + (2000 + seq));
            if (v[1] == null) {
                t.error(r, "「" + v[0] + "」", "B");
            } else {
                t.person(cadre(r, p, (String) v[1], "村两委", "两委委员"));
            }
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth dateShapes(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("干部花名册");
        Path file = dir.resolve("干部花名册_日期写法.xlsx");
        w.title("安恕镇村（社区）干部花名册", 11);
        int h = w.header("序号", "姓名", "性别", "出生年月", "身份证号", "所在村", "现任职务", "任现职时间", "入党时间",
                "参加工作时间", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 600;
        for (int k = 0; k < 10; k++) {
            Folk p = Folk.of(n++);
            LocalDate b = p.birth();
            Object birth = switch (k) {
                case 0 -> p.dotMonth();
                case 1 -> p.compactMonth();
                case 2 -> p.cjkMonth();
                case 3 -> b.getYear() + "-" + b.getMonthValue();
                case 4 -> b.getYear() + "/" + String.format("%02d", b.getMonthValue());
                case 5 -> fmt(b.withDayOfMonth(1), "yyyy\"年\"m\"月\"");
                case 6 -> fmt(b, "yyyy\"年\"m\"月\"d\"日\"");
                case 7 -> fmt(b, "[DBNum1][$-804]yyyy\"年\"m\"月\"");
                case 8 -> b.getMonthValue() == 10 ? p.dotMonth() : Double.parseDouble(p.dotMonth()); // 1985.1 would be ambiguous
                default -> fmt(b, "yyyy.mm");
            };
            Object since = k % 2 == 0 ? "2021.01" : fmt(LocalDate.of(2021, 1, 1), "yyyy\"年\"m\"月\"");
            int r = w.row(k + 1, p.name(), p.gender(), birth, p.id(), "三合村", "委员", since, (b.getYear() + 25) + "年7月",
                    (b.getYear() + 20) + "09",
                    "1390437" + (3000 + k));
            t.person(cadre(r, p, "三合村", "村两委", "两委委员")).warningFree(r);
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth threeLevelHeader(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("统计表");
        Path file = dir.resolve("村级组织干部信息统计表.xlsx");
        int width = 13;
        w.title("安恕镇村级组织干部信息统计表", width);
        w.line("填表说明：1. 本表由各村（社区）党组织填写，乡镇党委审核后报送；", width);
        w.line("2. 出生年月、入党时间等按“1980.01”格式填写；", width);
        w.line("3. 身份证号请设置为文本格式，勿用科学计数法；", width);
        w.line("填报单位：　　　　　　　　填报人：　　　　　　　　联系电话：", width);
        int h = w.header("序号", "村（社区）", "基本情况", null, null, null, null, "学历学位", null, null, null, "现任职务", "联系电话");
        w.header(null, null, "姓名", "性别", "民族", "出生年月", "身份证号", "全日制教育", null, "在职教育", null, null, null);
        w.header(null, null, null, null, null, null, null, "学历", "学位", "学历", "学位", null, null);
        w.mergeHeaderColumns(h, 3, 0, 1, 11, 12).merge(h, h, 2, 6).merge(h, h, 7, 10);
        w.mergeHeaderColumns(h + 1, 2, 2, 3, 4, 5, 6).merge(h + 1, h + 1, 7, 8).merge(h + 1, h + 1, 9, 10);
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] people = {{"安恕村", "党组织书记", "村党组织书记"}, {"安恕村", "委员", "两委委员"}, {"王家村", "村委会主任", "村委会主任"},
            null, {"东升社区", "副书记", "副书记"}, {"东升社区", "委员", "两委委员"}};
        int n = 700;
        int seq = 1;
        for (String[] v : people) {
            if (v == null) {
                int box = w.row("注意：以下人员为2024年补选，任职时间以乡镇党委批复为准，请勿重复填报。");
                w.row((Object) null);
                w.merge(box, box + 1, 0, width - 1);
                continue;
            }
            Folk p = Folk.of(n++);
            int r = w.row(seq++, v[0], p.name(), p.gender(), "汉族", p.dotMonth(), p.id(), "大学", "学士", null, null, v[1],
                    "1390437" + (4000 + seq));
            t.person(cadre(r, p, v[0], "村两委", v[2]));
        }
        w.row("合　　计", null, (seq - 1) + "人");
        w.row("填表人：", null, null, null, "审核人：", null, null, null, "填报日期：2025年4月");
        w.save(file);
        return t.build();
    }
}
