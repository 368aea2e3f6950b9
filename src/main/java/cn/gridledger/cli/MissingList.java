package cn.gridledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.model.MemberDeparture;

/** Prints the members a re-imported ledger left out (可能迁出/死亡) and what became of them. */
final class MissingList {

    private MissingList() {
    }

    static void print(PrintWriter err, ImportReport r, List<MemberDeparture> chosen, boolean asked) {
        if (r.missingMembers().isEmpty()) {
            if (asked) {
                err.println("表中没有缺少的成员，--missing 未移出任何人。");
            }
            return;
        }
        err.println("可能迁出/死亡：以下 " + r.missingMembers().size() + " 人是现有成员，但本表的该户中没有出现：");
        for (MissingMember m : r.missingMembers()) {
            Optional<MemberDeparture> d = departureOf(m, chosen);
            err.println("  " + describe(m) + "　" + d.filter(x -> r.committed())
                    .map(x -> "已" + x.reason().eventType() + "（" + x.date() + "）").orElse("仍保留在原户"));
        }
        long ended = r.committed() ? r.missingMembers().stream().filter(m -> departureOf(m, chosen).isPresent()).count() : 0;
        if (ended < r.missingMembers().size()) {
            err.println("  如确已迁出或死亡，请加 --missing 迁出|死亡|其他 [--missing-date 年-月-日] "
                    + "[--missing-who 身份证号或姓名,…] 再导入一次；不加则不移出任何人。");
        }
    }

    static List<Map<String, Object>> json(ImportReport r, List<MemberDeparture> chosen) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MissingMember m : r.missingMembers()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("name", m.name());
            j.put("idNumber", m.idNumber());
            j.put("hhNumber", m.hhNumber());
            j.put("head", m.headName());
            j.put("relation", m.relation());
            j.put("sheet", m.sheet());
            j.put("row", m.excelRow());
            j.put("ended", r.committed() ? departureOf(m, chosen).map(d -> d.reason().eventType()).orElse(null) : null);
            out.add(j);
        }
        return out;
    }

    private static Optional<MemberDeparture> departureOf(MissingMember m, List<MemberDeparture> chosen) {
        return chosen.stream().filter(d -> d.memberId() == m.memberId()).findFirst();
    }

    private static String describe(MissingMember m) {
        return m.name() + "（" + (m.relation() == null ? "" : m.relation() + "，")
                + (m.idNumber() == null ? "无身份证号" : m.idNumber()) + "）　"
                + (m.hhNumber() == null ? "" : "户编号 " + m.hhNumber() + "，") + "户主 " + m.headName()
                + "　见 " + m.sheet() + " 第 " + m.excelRow() + " 行起";
    }
}
