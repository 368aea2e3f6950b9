package cn.gridledger.logic.importer.layouts;

import static cn.gridledger.logic.importer.layouts.ExpectedPerson.member;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Rural bank ledgers of village visits (整村授信 / 走访): one row per household head. */
final class BankLayouts {

    private BankLayouts() {
    }

    static List<Layout> all() {
        return List.of(
                Layout.households("B01-银行整村走访台账-xls", "农商银行整村授信走访台账 .xls：村名、户主姓名、身份证号、联系电话、家庭人口、主要收入来源、走访日期（Excel日期）、客户经理；每行一户",
                        "农村商业银行“整村授信 / 农户走访建档台账”（户主一行、客户经理签字列）",
                        BankLayouts::visitLedger),
                Layout.households("B02-银行农户建档表-客户姓名", "银行“农户信息建档表”：三组合并表头（客户基本信息／家庭信息／授信信息），人名列叫“客户姓名”、号码列叫“证件号码”、村列叫“所在村”；每行一户，客户即户主",
                        "农村信用社“农户信息建档 / 农户小额信用贷款评级授信表”",
                        BankLayouts::creditFile));
    }

    static LayoutTruth visitLedger(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("走访台账");
        Path file = dir.resolve("整村授信走访台账.xls");
        int width = 12;
        w.title("东辽农商银行安恕支行整村授信农户走访台账", width);
        w.line("支行：安恕支行　　　　走访期间：2025年4月1日至2025年4月30日", width);
        int h = w.header("序号", "村名", "户主姓名", "身份证号", "联系电话", "家庭人口", "主要收入来源", "年收入（万元）", "是否有贷款需求",
                "走访日期", "客户经理", "备注");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[] villages = {"安恕村", "安恕村", "王家村", "福安屯村", "福安屯村", "三合村"};
        int n = 1200;
        for (int k = 0; k < villages.length; k++) {
            Folk p = Folk.born(n, 1960 + k * 3, true);
            n += 2;
            int r = w.row(k + 1, villages[k], p.name(), p.id(), "1390438" + (1000 + k), 2 + k % 4, k % 2 == 0 ? "种植" : "养殖",
                    SheetWriter.fmt(3.5 + k, "0.00"), k % 3 == 0 ? "是" : "否",
                    SheetWriter.fmt(LocalDate.of(2025, 4, 3 + k), "yyyy\"年\"m\"月\"d\"日\""), "赵客户经理", null);
            t.person(member(r, p, villages[k], null, "户主"));
        }
        w.row("合计", null, villages.length + "户");
        w.row("客户经理签字：", null, null, null, "支行行长签字：");
        w.save(file);
        return t.build();
    }

    static LayoutTruth creditFile(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("建档表");
        Path file = dir.resolve("农户信息建档表.xlsx");
        int width = 12;
        w.title("东辽农商银行农户信息建档表", width);
        w.line("建档网点：安恕支行　　　　　　建档日期：2025年3月", width);
        int h = w.header("序号", "所在村", "客户基本信息", null, null, null, null, "家庭信息", null, null, "授信信息", null);
        w.header(null, null, "客户姓名", "证件号码", "性别", "年龄", "联系电话", "家庭住址", "家庭人口", "劳动力人数", "授信额度（万元）", "信用等级");
        w.mergeHeaderColumns(h, 2, 0, 1).merge(h, h, 2, 6).merge(h, h, 7, 9).merge(h, h, 10, 11);
        int n = 3200;
        String[] villages = {"王家村", "王家村", "三合村"};
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        for (int k = 0; k < villages.length; k++) {
            Folk p = Folk.born(n, 1965 + k * 5, true);
            n += 2;
            int r = w.row(k + 1, villages[k], p.name(), p.id(), p.gender(), 2025 - p.birth().getYear(), "1390438" + (2000 + k),
                    "安恕镇" + villages[k] + (k + 3) + "组", 3 + k, 2, SheetWriter.fmt(5.0 + k, "0.0"), k == 0 ? "AA" : "A");
            t.person(member(r, p, villages[k], null, "户主"));
        }
        w.save(file);
        return t.build();
    }
}
