package cn.gridledger.logic.importer.layouts;

import static cn.gridledger.logic.importer.layouts.ExpectedPerson.member;
import static cn.gridledger.logic.importer.layouts.HouseholdLayouts.FAMILIES;
import static cn.gridledger.logic.importer.layouts.HouseholdLayouts.folk;
import static cn.gridledger.logic.importer.layouts.SheetWriter.fmt;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Household ledgers from platforms, 低保 rolls, collection forms and ledgers with mistakes in them. */
final class HouseholdLedgerLayouts {

    private HouseholdLedgerLayouts() {
    }

    static List<Layout> all() {
        return List.of(
                Layout.households("H03-户编号定村-无村列", "“农户信息采集表”：标题不写村名、无村列，只有户编号（前12位为福安屯村代码），户信息逐行重复",
                        "乡镇“农户信息采集表”（户编号 + 与户主关系，一人一行）",
                        HouseholdLedgerLayouts::villageByHouseholdNo),
                Layout.households("H04-无村无户编号-xls", "“农户家庭成员信息表” .xls：没有村、没有户编号，按户主行分户；须用 --village 指定本表所属村",
                        "村民小组长手工填写的“家庭成员信息表”",
                        HouseholdLedgerLayouts::noVillageAnywhere),
                Layout.households("H05-防返贫监测平台导出", "防返贫监测信息系统导出：第1行表头，县(市、区、旗)、乡(镇)、行政村、自然村、户编号、人编号、证件号码、人数、监测对象类别、风险是否已消除",
                        "全国防止返贫监测信息系统“监测对象信息”导出（如 已脱贫人口名单 / 建档立卡 导出字段）",
                        HouseholdLedgerLayouts::monitoringExport),
                Layout.households("H06-CSV-GBK-等号文本", "GBK 编码 CSV，户编号与证件号码写成 =\"…\"（防止科学计数法），省/市/县/乡镇/村/组 分列",
                        "平台“脱贫户信息导出.csv”（Excel 打开用 GBK、=\"…\" 保号码为文本）",
                        HouseholdLedgerLayouts::gbkCsv),
                Layout.households("H07-脱贫户两级表头-xls", "脱贫户信息表 .xls：两级表头（户基本信息／家庭成员信息／帮扶情况），村（社区）跨多户纵向合并，户信息按户合并",
                        "县乡村振兴局“脱贫户（含监测户）基本信息表”（两级表头、按村按户合并）",
                        HouseholdLedgerLayouts::liftedHouseholds),
                Layout.households("H08-低保对象花名册", "农村低保对象花名册：村、户主姓名、保障人数、月保障金额按户合并，家庭成员姓名、与户主关系、身份证号码逐行",
                        "民政部门“农村最低生活保障对象花名册 / 低保备案表”",
                        HouseholdLedgerLayouts::dibaoRoll),
                Layout.households("H09-采集表-说明在上-两级表头", "农户信息采集表：第2–5行填表说明，两级表头在第6–7行（家庭基本情况／成员情况），数据中间有合并的“注意”行",
                        "省级“农户基础信息采集表”（填表说明 + 两级表头）",
                        HouseholdLedgerLayouts::collectionForm),
                Layout.households("H10-农户台账-有错误", "含错误的农户台账：校验位错误、被截断的数字身份证号、外乡镇的村「福安村」、两个户主；错误户整户不导入，其他户照常",
                        "村级农户台账（常见填写错误）",
                        HouseholdLedgerLayouts::withMistakes),
                Layout.households("H11-空行注释与日期写法-xls", "户与户之间有空行和“以下为新增户”合并注释行；出生日期 1985.03.05、19850305、Excel 日期（yyyy年m月d日）；--、无、/ 占位",
                        "村级农户台账 .xls（多人接力填写）",
                        HouseholdLedgerLayouts::blanksAndDates),
                Layout.households("H12-按组分表-隐藏模板表", "按村民小组分工作表（一组、二组）同一表头，另有隐藏的“填写模板”表（示例行）不应导入",
                        "村级农户台账（每组一个工作表 + 隐藏模板）",
                        HouseholdLedgerLayouts::sheetPerGroup),
                Layout.households("H13-高校学生名单当农户导入", "高校学生名单（学号、姓名、性别、身份证号、学院、专业、班级）被当作农户台账导入：应拒绝并说明缺少什么",
                        "高校“学生信息导入模板 / 学生名单”（学号、学院、专业、班级）",
                        HouseholdLedgerLayouts::studentList));
    }

    private static final String[] MEMBER_LABELS = {"姓名", "性别", "身份证号", "与户主关系", "民族", "文化程度", "健康状况"};

    private static Object[] memberCells(Folk p, String[] m) {
        return new Object[] {p.name(), p.gender(), p.id(), m[0], "汉族", m[3].isEmpty() ? null : m[3], "健康"};
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static LayoutTruth villageByHouseholdNo(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("采集表");
        Path file = dir.resolve("农户信息采集表_户编号.xlsx");
        w.title("农户信息采集表", 10);
        int h = w.header(concat(new Object[] {"户编号", "户主姓名", "家庭人口"}, (Object[]) MEMBER_LABELS));
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 2100;
        int no = 11;
        for (String[][] family : FAMILIES) {
            String hh = LayoutTownship.福安屯村 + String.format("%04d", no++);
            Folk head = folk(n, family[0]);
            for (String[] m : family) {
                Folk p = m == family[0] ? head : folk(n, m);
                n += 2;
                int r = w.row(concat(new Object[] {hh, head.name(), family.length}, memberCells(p, m)));
                t.person(member(r, p, "福安屯村", hh, m[0]));
            }
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth noVillageAnywhere(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("成员信息");
        Path file = dir.resolve("农户家庭成员信息表.xls");
        w.title("农户家庭成员信息表", 9);
        int h = w.header(concat(new Object[] {"序号", "户主姓名"}, (Object[]) MEMBER_LABELS));
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h).villageOption(LayoutTownship.三合村);
        int n = 2200;
        int seq = 1;
        for (String[][] family : FAMILIES) {
            Folk head = folk(n, family[0]);
            for (String[] m : family) {
                Folk p = m == family[0] ? head : folk(n, m);
                n += 2;
                int r = w.row(concat(new Object[] {seq++, head.name()}, memberCells(p, m)));
                t.person(member(r, p, "三合村", null, m[0]));
            }
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth monitoringExport(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("监测对象");
        Path file = dir.resolve("监测对象信息导出.xlsx");
        int h = w.header("县(市、区、旗)", "乡(镇)", "行政村", "自然村", "户编号", "人编号", "姓名", "证件号码", "人数", "与户主关系",
                "民族", "文化程度", "在校生状况", "健康状况", "劳动技能", "务工时间（月）", "监测对象类别", "风险是否已消除");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[] villages = {"王家村", "三合村", "东升社区"};
        String[] codes = {LayoutTownship.王家村, LayoutTownship.三合村, LayoutTownship.东升社区};
        String[] categories = {"脱贫不稳定户", "边缘易致贫户", "突发严重困难户"};
        int n = 2300;
        for (int f = 0; f < FAMILIES.length; f++) {
            String hh = codes[f] + String.format("%04d", 21 + f);
            int person = 1;
            for (String[] m : FAMILIES[f]) {
                Folk p = folk(n, m);
                n += 2;
                boolean child = m[1].compareTo("2008") > 0;
                int r = w.row("东辽县", "安恕镇", villages[f], villages[f].substring(0, 2) + "屯", hh, hh + String.format("%02d", person++),
                        p.name(), p.id(), FAMILIES[f].length, m[0], "汉族", child || m[3].isEmpty() ? null : m[3],
                        child ? "学龄前儿童" : null, "健康", child ? "无劳动力" : "普通劳动力", child ? null : 0, categories[f],
                        f == 2 ? "是" : "否");
                t.person(member(r, p, villages[f], hh, m[0]));
            }
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth gbkCsv(Path dir) throws Exception {
        Csv csv = new Csv();
        Path file = dir.resolve("脱贫户信息导出.csv");
        int h = csv.row("省", "市", "县", "乡镇", "村", "组", "户编号", "户主姓名", "姓名", "证件号码", "与户主关系", "性别", "民族",
                "文化程度", "健康状况", "劳动技能", "户类型");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[] villages = {"安恕村", "福安屯村", "安恕村"};
        String[] codes = {LayoutTownship.安恕村, LayoutTownship.福安屯村, LayoutTownship.安恕村};
        int n = 2400;
        for (int f = 0; f < FAMILIES.length; f++) {
            String hh = codes[f] + String.format("%04d", 31 + f);
            Folk head = folk(n, FAMILIES[f][0]);
            for (String[] m : FAMILIES[f]) {
                Folk p = m == FAMILIES[f][0] ? head : folk(n, m);
                n += 2;
                int r = csv.row("吉林省", "辽源市", "东辽县", "安恕镇", villages[f], (f + 1) + "组", Csv.asText(hh), head.name(),
                        p.name(), Csv.asText(p.id()), m[0], p.gender(), "汉族", m[3], "健康",
                        m[1].compareTo("2008") > 0 ? "无劳动力" : "普通劳动力", "脱贫户");
                t.person(member(r, p, villages[f], hh, m[0]));
            }
        }
        csv.save(file, Charset.forName("GBK"), false);
        return t.build();
    }

    static LayoutTruth liftedHouseholds(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("脱贫户");
        Path file = dir.resolve("脱贫户基本信息表.xls");
        int width = 14;
        w.title("安恕镇脱贫户（含监测户）基本信息表", width);
        w.line("填报单位（盖章）：安恕镇乡村振兴办　　　　　　　　　　　　填报时间：2025年6月", width);
        int h = w.header("序号", "村（社区）", "户基本信息", null, null, null, "家庭成员信息", null, null, null, null, null,
                "帮扶情况", null);
        w.header(null, null, "户编号", "户主姓名", "户类型", "联系电话", "姓名", "性别", "身份证号", "与户主关系", "文化程度", "健康状况",
                "帮扶责任人", "帮扶措施");
        w.mergeHeaderColumns(h, 2, 0, 1).merge(h, h, 2, 5).merge(h, h, 6, 11).merge(h, h, 12, 13);
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 2500;
        int seq = 1;
        int villageFirst = w.nextRow();
        String[][][] families = {FAMILIES[0], FAMILIES[1], FAMILIES[2], FAMILIES[1]};
        String[] villages = {"王家村", "王家村", "王家村", "东升社区"};
        for (int f = 0; f < families.length; f++) {
            if (f > 0 && !villages[f].equals(villages[f - 1])) {
                w.mergeDown(1, villageFirst, w.nextRow() - 1);
                villageFirst = w.nextRow();
            }
            String code = villages[f].equals("王家村") ? LayoutTownship.王家村 : LayoutTownship.东升社区;
            String hh = code + String.format("%04d", 41 + f);
            int first = w.nextRow();
            Folk head = folk(n, families[f][0]);
            for (String[] m : families[f]) {
                Folk p = m == families[f][0] ? head : folk(n, m);
                n += 2;
                boolean top = p == head;
                int r = w.row(seq++, top && first == villageFirst ? villages[f] : null, top ? hh : null, top ? head.name() : null,
                        top ? "脱贫户" : null, top ? "1390440" + (1000 + f) : null, p.name(), p.gender(), p.id(), m[0],
                        m[3].isEmpty() ? null : m[3], "健康", top ? "乡干部" + (f + 1) : null, top ? "产业帮扶" : null);
                t.person(member(r, p, villages[f], hh, m[0]));
            }
            for (int c : new int[] {2, 3, 4, 5, 12, 13}) {
                w.mergeDown(c, first, w.nextRow() - 1);
            }
        }
        w.mergeDown(1, villageFirst, w.nextRow() - 1);
        w.save(file);
        return t.build();
    }

    static LayoutTruth dibaoRoll(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("低保对象");
        Path file = dir.resolve("农村低保对象花名册.xlsx");
        w.title("安恕镇2025年农村最低生活保障对象花名册", 10);
        int h = w.header("序号", "村", "户主姓名", "保障人数", "月保障金额（元）", "家庭成员姓名", "与户主关系", "身份证号码", "出生日期", "备注");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 2600;
        String[] villages = {"三合村", "三合村", "福安屯村"};
        for (int f = 0; f < FAMILIES.length; f++) {
            int first = w.nextRow();
            Folk head = folk(n, FAMILIES[f][0]);
            for (String[] m : FAMILIES[f]) {
                Folk p = m == FAMILIES[f][0] ? head : folk(n, m);
                n += 2;
                boolean top = p == head;
                int r = w.row(top ? f + 1 : null, top ? villages[f] : null, top ? head.name() : null,
                        top ? FAMILIES[f].length : null, top ? fmt(new java.math.BigDecimal("520.00").multiply(
                                java.math.BigDecimal.valueOf(FAMILIES[f].length)).doubleValue(), "0.00") : null,
                        p.name(), m[0], p.id(), fmt(p.birth(), "yyyy-mm-dd"), null);
                t.person(member(r, p, villages[f], null, m[0]));
            }
            for (int c = 0; c < 5; c++) {
                w.mergeDown(c, first, w.nextRow() - 1);
            }
        }
        w.row("合计", null, null, HouseholdLayouts.size(FAMILIES));
        w.save(file);
        return t.build();
    }

    static LayoutTruth collectionForm(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("采集表");
        Path file = dir.resolve("农户基础信息采集表.xlsx");
        int width = 11;
        w.title("农户基础信息采集表", width);
        w.line("填表说明：", width);
        w.line("1. 一户一表，户主填第一行，其他成员依次填写；", width);
        w.line("2. 与户主关系按“配偶、之子、之女、之母……”填写；", width);
        w.line("3. 身份证号须为18位，请设置单元格为文本。", width);
        int h = w.header("村（社区）", "家庭基本情况", null, null, "成员情况", null, null, null, null, null, null);
        w.header(null, "户编号", "户主姓名", "家庭人口", "姓名", "性别", "身份证号", "与户主关系", "民族", "文化程度", "健康状况");
        w.mergeHeaderColumns(h, 2, 0).merge(h, h, 1, 3).merge(h, h, 4, 10);
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 2700;
        for (int f = 0; f < FAMILIES.length; f++) {
            if (f == 2) {
                int note = w.row("注意：以下为2025年新分户，户编号待乡镇统一编制后补填。");
                w.merge(note, note, 0, width - 1);
            }
            String hh = LayoutTownship.东升社区 + String.format("%04d", 51 + f);
            Folk head = folk(n, FAMILIES[f][0]);
            for (String[] m : FAMILIES[f]) {
                Folk p = m == FAMILIES[f][0] ? head : folk(n, m);
                n += 2;
                int r = w.row(concat(new Object[] {"东升社区", hh, head.name(), FAMILIES[f].length}, memberCells(p, m)));
                t.person(member(r, p, "东升社区", hh, m[0]));
            }
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth withMistakes(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("农户台账");
        Path file = dir.resolve("农户台账_有错误.xlsx");
        w.title("安恕镇农户信息台账", 10);
        int h = w.header(concat(new Object[] {"村", "户编号", "户主姓名"}, (Object[]) MEMBER_LABELS));
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 2800;
        // household 1 is right
        n = family(w, t, n, "安恕村", LayoutTownship.安恕村 + "0061", FAMILIES[1], null);
        // household 2: the spouse's check digit is wrong → the whole household waits
        n = family(w, t, n, "安恕村", LayoutTownship.安恕村 + "0062", FAMILIES[1], "checkDigit");
        // household 3: its village is not in this township
        n = family(w, t, n, "福安村", null, FAMILIES[1], "village");
        // household 4: the head's ID was typed as a number
        n = family(w, t, n, "王家村", LayoutTownship.王家村 + "0064", FAMILIES[1], "number");
        // household 5: two heads
        n = family(w, t, n, "王家村", LayoutTownship.王家村 + "0065", new String[][] {{"户主", "1970", "M", "初中"},
            {"户主", "1995", "M", "高中"}}, "twoHeads");
        // household 6 is right again
        family(w, t, n, "三合村", LayoutTownship.三合村 + "0066", FAMILIES[2], null);
        w.save(file);
        return t.build();
    }

    /** Writes one household of {@link #withMistakes}; {@code mistake} says what is wrong with it (null: nothing). */
    private static int family(SheetWriter w, LayoutTruth.Builder t, int n, String village, String hh, String[][] family,
                              String mistake) {
        Folk head = folk(n, family[0]);
        int firstRow = w.nextRow();
        int bad = -1;
        for (int k = 0; k < family.length; k++) {
            String[] m = family[k];
            Folk p = k == 0 ? head : folk(n, m);
            n += 2;
            Object id = p.id();
            if ("checkDigit".equals(mistake) && k == 1) {
                id = p.id().substring(0, 17) + (p.id().endsWith("1") ? "2" : "1");
            } else if ("number".equals(mistake) && k == 0) {
                id = p.idAsNumber();
            }
            Object[] cells = memberCells(p, m);
            cells[2] = id;
            int r = w.row(concat(new Object[] {village, hh, head.name()}, cells));
            if (mistake == null) {
                t.person(member(r, p, village, hh, m[0]));
            } else if (bad < 0 && ("checkDigit".equals(mistake) && k == 1 || "number".equals(mistake) && k == 0)) {
                bad = r;
                t.error(r, "checkDigit".equals(mistake) ? "校验" : "截断", "F");
            }
        }
        int lastRow = w.nextRow() - 1;
        for (int r = firstRow; r <= lastRow; r++) {
            if (r == bad) {
                continue;
            }
            if ("village".equals(mistake)) {
                if (r == firstRow) {
                    t.error(r, "「福安村」", "A");
                } else {
                    t.error(r, "同户");
                }
            } else if ("twoHeads".equals(mistake)) {
                t.error(r, r == firstRow ? "户主" : "同户");
            } else if (mistake != null) {
                t.error(r, "同户");
            }
        }
        return n;
    }

    static LayoutTruth blanksAndDates(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("台账");
        Path file = dir.resolve("农户台账_空行日期.xls");
        int width = 11;
        w.title("福安屯村农户信息台账", width);
        int h = w.header("户编号", "户主姓名", "姓名", "性别", "身份证号", "与户主关系", "出生日期", "文化程度", "在校生状况", "务工时间（月）",
                "备注");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 2900;
        int k = 0;
        for (int f = 0; f < FAMILIES.length; f++) {
            if (f == 1) {
                w.skip(1);
            }
            if (f == 2) {
                w.skip(1);
                int note = w.row("以下为新增户（2025年5月补录）");
                w.merge(note, note, 0, width - 1);
            }
            String hh = LayoutTownship.福安屯村 + String.format("%04d", 71 + f);
            Folk head = folk(n, FAMILIES[f][0]);
            for (String[] m : FAMILIES[f]) {
                Folk p = m == FAMILIES[f][0] ? head : folk(n, m);
                n += 2;
                LocalDate b = p.birth();
                Object birth = switch (k++ % 4) {
                    case 0 -> b.getYear() + "." + String.format("%02d.%02d", b.getMonthValue(), b.getDayOfMonth());
                    case 1 -> b.toString().replace("-", "");
                    case 2 -> fmt(b, "yyyy\"年\"m\"月\"d\"日\"");
                    default -> b.getYear() + "年" + b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
                };
                boolean child = m[1].compareTo("2008") > 0;
                int r = w.row(hh, head.name(), p.name(), p.gender(), p.id(), m[0], birth, child || m[3].isEmpty() ? "/" : m[3],
                        child ? "学龄前儿童" : "--", child ? "无" : "--", "无");
                t.person(member(r, p, "福安屯村", hh, m[0])).warningFree(r);
            }
        }
        w.save(file);
        return t.build();
    }

    private static final Object[] GROUP_HEADER = {"村", "村民小组", "户编号", "户主姓名", "姓名", "性别", "身份证号", "与户主关系",
        "民族", "文化程度", "健康状况"};

    static LayoutTruth sheetPerGroup(Path dir) throws Exception {
        Path file = dir.resolve("农户台账_按组分表.xlsx");
        SheetWriter w = SheetWriter.xlsx("一组");
        int h = w.header(GROUP_HEADER);
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = groupSheet(w, t, 3000, "一组", 81, FAMILIES[0], FAMILIES[1]);
        w.sheet("二组");
        w.header(GROUP_HEADER);
        n = groupSheet(w, t, n, "二组", 83, FAMILIES[2]);
        w.sheet("填写模板");
        w.header(GROUP_HEADER);
        Folk sample = folk(n, FAMILIES[1][0]);
        w.row("安恕村", "三组", LayoutTownship.安恕村 + "9999", sample.name(), sample.name(), sample.gender(), sample.id(), "户主",
                "汉族", "初中", "健康");
        w.workbook().setSheetHidden(2, true);
        w.save(file);
        return t.build();
    }

    private static int groupSheet(SheetWriter w, LayoutTruth.Builder t, int n, String group, int no, String[][]... families) {
        for (String[][] family : families) {
            String hh = LayoutTownship.安恕村 + String.format("%04d", no++);
            Folk head = folk(n, family[0]);
            for (String[] m : family) {
                Folk p = m == family[0] ? head : folk(n, m);
                n += 2;
                int r = w.row(concat(new Object[] {"安恕村", group, hh, head.name()}, memberCells(p, m)));
                t.person(member(r, p, "安恕村", hh, m[0]));
            }
        }
        return n;
    }

    static LayoutTruth studentList(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("学生名单");
        Path file = dir.resolve("2025级学生名单.xlsx");
        w.header("学号", "姓名", "性别", "身份证号", "学院", "专业", "班级", "入学年份", "联系电话");
        String[] majors = {"农学", "计算机科学与技术", "会计学", "汉语言文学"};
        int n = 3100;
        for (int k = 0; k < 8; k++) {
            Folk p = Folk.born(n++, 2006 + k % 2);
            w.row("2025" + String.format("%06d", 10001 + k), p.name(), p.gender(), p.id(), k % 2 == 0 ? "农学院" : "信息学院",
                    majors[k % 4], majors[k % 4].substring(0, 2) + "2501", "2025", "1390441" + (1000 + k));
        }
        w.save(file);
        return LayoutTruth.refused(file, "表头在第 1 行");
    }
}
