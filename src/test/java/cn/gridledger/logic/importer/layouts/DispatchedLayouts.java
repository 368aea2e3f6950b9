package cn.gridledger.logic.importer.layouts;

import static cn.gridledger.logic.importer.layouts.ExpectedPerson.dispatched;

import java.nio.file.Path;
import java.util.List;

/** 驻村第一书记和工作队员 rosters: the person's village is 所驻村, the unit 派出单位. */
final class DispatchedLayouts {

    private DispatchedLayouts() {
    }

    static List<Layout> all() {
        return List.of(
                Layout.cadres("L03-驻村-第一书记和工作队员", "…驻村第一书记和工作队员花名册：所驻村、驻村职务（第一书记、工作队长、队员）、派出单位、派出层级（省/市/县/乡）",
                        "省/市委组织部“驻村第一书记和工作队员花名册”（单行表头版）",
                        DispatchedLayouts::flat),
                Layout.cadres("L04-驻村-两级表头-所驻村合并-xls", "驻村工作队花名册 .xls：标题+填报单位+填报日期，两级表头（驻村干部基本情况），所驻村按工作队纵向合并，任现职时间",
                        "县委组织部“驻村第一书记和工作队员花名册”（两级表头、按村分组版）",
                        DispatchedLayouts::grouped));
    }

    private static final String[][] TEAMS = {
        {"安恕村", "第一书记", "第一书记", "吉林省农业农村厅", "省"},
        {"安恕村", "队员", "驻村工作队员", "辽源市财政局", "市"},
        {"安恕村", "队员", "驻村工作队员", "东辽县人力资源和社会保障局", "县"},
        {"王家村", "第一书记", "第一书记", "东辽县教育局", "县"},
        {"王家村", "工作队长", "驻村工作队长", "辽源市自然资源局", "市"},
        {"王家村", "队员", "驻村工作队员", "安恕镇人民政府", "乡"},
    };

    static LayoutTruth flat(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xlsx("花名册");
        Path file = dir.resolve("驻村第一书记和工作队员花名册.xlsx");
        w.title("安恕镇驻村第一书记和工作队员花名册", 13);
        int h = w.header("序号", "姓名", "性别", "民族", "出生年月", "身份证号", "政治面貌", "派出单位", "派出层级", "所驻村",
                "驻村职务", "驻村时间", "联系电话");
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        int n = 800;
        int seq = 1;
        for (String[] v : TEAMS) {
            Folk p = Folk.of(n++);
            int r = w.row(seq++, p.name(), p.gender(), "汉族", p.dotMonth(), p.id(), "中共党员", v[3], v[4], v[0], v[1],
                    "2024.03", "1390437" + (5000 + seq));
            t.person(dispatched(r, p, v[0], v[2], v[3]));
        }
        w.save(file);
        return t.build();
    }

    static LayoutTruth grouped(Path dir) throws Exception {
        SheetWriter w = SheetWriter.xls("驻村干部");
        Path file = dir.resolve("驻村工作队花名册.xls");
        int width = 13;
        w.title("东辽县2025年驻村第一书记和工作队员花名册", width);
        w.line("填报单位：中共安恕镇委员会", width);
        w.line("填报日期：2025年6月", width);
        int h = w.header("序号", "所驻村", "驻村干部基本情况", null, null, null, null, null, "派出单位", "派出层级", "驻村职务",
                "任现职时间", "联系电话");
        w.header(null, null, "姓名", "性别", "出生年月", "身份证号", "政治面貌", "学历", null, null, null, null, null);
        w.mergeHeaderColumns(h, 2, 0, 1, 8, 9, 10, 11, 12).merge(h, h, 2, 7);
        LayoutTruth.Builder t = new LayoutTruth.Builder(file, h);
        String[][] teams = {
            {"东升社区", "第一书记", "第一书记", "辽源市卫生健康委员会", "市级"},
            {"东升社区", "工作队长", "驻村工作队长", "东辽县水利局", "县级"},
            {"东升社区", "队员", "驻村工作队员", "东辽县农业农村局", "县级"},
            {"三合村", "第一书记", "第一书记", "吉林省林业和草原局", "省级"},
            {"三合村", "队员", "驻村工作队员", "安恕镇人民政府", "乡镇"},
        };
        int n = 850;
        int seq = 1;
        int first = w.nextRow();
        String village = teams[0][0];
        for (String[] v : teams) {
            if (!v[0].equals(village)) {
                w.mergeDown(1, first, w.nextRow() - 1);
                first = w.nextRow();
                village = v[0];
            }
            Folk p = Folk.of(n++);
            int r = w.row(seq++, v[0], p.name(), p.gender(), p.cjkMonth(), p.id(), "中共党员", "大学本科", v[3], v[4], v[1],
                    "2023年9月", "1390437" + (5100 + seq));
            t.person(dispatched(r, p, v[0], v[2], v[3]));
        }
        w.mergeDown(1, first, w.nextRow() - 1);
        w.save(file);
        return t.build();
    }
}
