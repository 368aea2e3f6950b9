package cn.gridledger.logic.importer.layouts;

import static cn.gridledger.logic.importer.layouts.ExpectedPerson.member;

import java.nio.file.Path;
import java.util.List;

/** 农户信息台账 of one village: no 村 column, the title names the village, 户编号 carries its code. */
final class HouseholdLayouts {

    private HouseholdLayouts() {
    }

    static List<Layout> all() {
        return List.of(
                Layout.households("H01-村级农户台账-户合并", "“安恕村农户信息台账”：无村列，标题写村名，户编号前12位是村代码，户编号、户主姓名、户类型、家庭人口、联系电话按户纵向合并",
                        "村级“农户信息台账 / 农户基础信息采集表”（一户多行、户信息合并单元格）",
                        dir -> villageLedger(dir, SheetWriter.xlsx("农户台账"), "安恕村农户信息台账.xlsx", "安恕村",
                                LayoutTownship.安恕村, "安恕村农户信息台账", 1000)),
                Layout.households("H02-村级农户台账-户合并-xls", "同 H01，.xls，王家村，标题“王家村2025年农户基础信息台账”，页脚“合　　计”和填表人/审核人",
                        "村级“农户基础信息台账”（.xls 下发版）",
                        dir -> villageLedger(dir, SheetWriter.xls("Sheet1"), "王家村农户基础信息台账.xls", "王家村",
                                LayoutTownship.王家村, "王家村2025年农户基础信息台账", 1100)));
    }

    /** Households: relation, birth year, sex (M/F), 文化程度 — head first. */
    static final String[][][] FAMILIES = {
        {{"户主", "1966", "M", "初中"}, {"配偶", "1968", "F", "小学"}, {"之子", "1991", "M", "高中"}, {"之母", "1942", "F", "文盲或半文盲"}},
        {{"户主", "1958", "M", "小学"}, {"配偶", "1960", "F", "小学"}},
        {{"户主", "1972", "F", "初中"}, {"之女", "1996", "F", "大专"}, {"之孙子", "2019", "M", ""}},
    };

    /** The person of one member line of {@link #FAMILIES}. */
    static Folk folk(int n, String[] member) {
        return Folk.born(n, Integer.parseInt(member[1]), member[2].equals("M"));
    }

    static int size(String[][][] families) {
        int s = 0;
        for (String[][] f : families) {
            s += f.length;
        }
        return s;
    }

    static LayoutTruth villageLedger(Path dir, SheetWriter w, String fileName, String village, String code, String title,
                                     int folk) throws Exception {
        int width = 14;
        Path file = dir.resolve(fileName);
        w.title(title, width);
        w.line("调查日期：2025年5月　　　　　　　　　　　　单位：户、人", width);
        int h = w.header("户编号", "户主姓名", "户类型", "家庭人口", "联系电话", "姓名", "性别", "身份证号", "与户主关系", "民族",
                "文化程度", "健康状况", "劳动技能", "务工时间（月）");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = folk;
        int no = 1;
        for (String[][] family : FAMILIES) {
            String hh = code + String.format("%04d", no++);
            int first = w.nextRow();
            Folk head = null;
            for (String[] m : family) {
                Folk p = folk(n, m);
                n += 2;
                boolean firstRow = head == null;
                if (firstRow) {
                    head = p;
                }
                int r = w.row(firstRow ? hh : null, firstRow ? head.name() : null, firstRow ? "一般农户" : null,
                        firstRow ? family.length : null, firstRow ? "1390437" + (6000 + no) : null, p.name(), p.gender(), p.id(),
                        m[0], "汉族", m[3].isEmpty() ? null : m[3], "健康", m[1].compareTo("1960") < 0 || m[1].compareTo("2008") > 0 ? "无劳动力" : "普通劳动力",
                        m[1].compareTo("2008") > 0 ? null : 6);
                t.person(member(r, p, village, hh, m[0]));
            }
            int last = w.nextRow() - 1;
            for (int c = 0; c < 5; c++) {
                w.mergeDown(c, first, last);
            }
        }
        w.row("合　　计", null, null, size(FAMILIES));
        w.row("填表人：", null, null, null, null, "审核人：", null, null, null, "村委会（盖章）");
        w.save(file);
        return t.build();
    }
}
