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
                        BankLayouts::visitLedger));
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
}
