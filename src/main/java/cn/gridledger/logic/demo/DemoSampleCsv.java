package cn.gridledger.logic.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.demo.DemoRows.GridRow;
import cn.gridledger.logic.demo.DemoRows.GroupRow;
import cn.gridledger.logic.demo.DemoRows.HouseholdRow;
import cn.gridledger.logic.demo.DemoRows.MemberRow;
import cn.gridledger.logic.demo.DemoRows.MonitoringRow;
import cn.gridledger.logic.demo.DemoRows.TownshipRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;

/**
 * Writes {@code sample-data/demo-households-sample.csv}: a 20-household demo township as a C2 农户信息台账
 * (one row per current member, household columns repeated), UTF-8 with BOM. Regenerate with
 * {@code java -cp target/classes cn.gridledger.logic.demo.DemoSampleCsv [file]}.
 */
public final class DemoSampleCsv {

    /** Fixed so that the committed file does not change with the calendar. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 1);
    public static final int HOUSEHOLDS = 20;
    public static final long SEED = 1;
    public static final Path DEFAULT_FILE = Path.of("sample-data", "demo-households-sample.csv");

    static final String[] HEADER = {"序号", "村", "网格编号", "网格名称", "村民小组", "户编号", "户主姓名", "与户主关系", "姓名",
        "性别", "身份证号", "出生日期", "民族", "文化程度", "在校生状况", "健康状况", "劳动技能", "务工时间（月）", "政治面貌",
        "联系电话", "户类型", "是否低保", "是否特困供养", "监测对象类别", "风险是否消除", "十户一组组号", "备注"};

    private static final Map<String, String> ETHNICITIES = Map.of("01", "汉族", "02", "蒙古族", "03", "回族", "06", "苗族",
            "08", "壮族", "11", "满族", "15", "土家族");

    private DemoSampleCsv() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content(), StandardCharsets.UTF_8);
        System.out.println("已写入 " + file.toAbsolutePath());
    }

    /** The whole file, starting with the byte-order mark. */
    public static String content() {
        List<VillageData> villages = new ArrayList<>();
        new DemoGenerator(HOUSEHOLDS, SEED, REFERENCE_DATE).run(new DemoSink() {
            @Override
            public void township(TownshipRow township) {
            }

            @Override
            public void village(VillageData village) {
                villages.add(village);
            }
        }, Progress.NONE);
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(HEADER));
        int row = 0;
        for (VillageData vd : villages) {
            Map<Long, GridRow> grids = new HashMap<>();
            vd.grids.forEach(g -> grids.put(g.id(), g));
            Map<Long, GroupRow> groups = new HashMap<>();
            vd.groups.forEach(g -> groups.put(g.id(), g));
            Map<String, MonitoringRow> monitoring = new HashMap<>();
            vd.monitoring.forEach(m -> monitoring.put(m.householdId(), m));
            for (HouseholdRow h : vd.households) {
                GridRow grid = grids.get(h.gridId);
                MonitoringRow mo = monitoring.get(h.id);
                String headName = h.members.get(0).person.name;
                for (MemberRow m : h.members) {
                    if (m.endedOn != null) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    cells.add(String.valueOf(++row));
                    cells.add(vd.village.name());
                    cells.add(grid.code());
                    cells.add(grid.name());
                    cells.add(groups.get(h.villagerGroupId).name());
                    cells.add(h.hhNumber);
                    cells.add(headName);
                    cells.add(m.relation);
                    cells.add(m.person.name);
                    cells.add(m.person.gender);
                    cells.add(m.person.idNumber);
                    cells.add(m.person.birthDate.replace('-', '.'));
                    cells.add(ETHNICITIES.getOrDefault(m.person.ethnicity, m.person.ethnicity));
                    cells.add(m.education);
                    cells.add(m.studentStatus);
                    cells.add(m.health);
                    cells.add(m.labourSkill);
                    cells.add(m.monthsAway == null ? null : String.valueOf(m.monthsAway));
                    cells.add(m.person.politicalStatus);
                    cells.add(m.person.phone);
                    cells.add(h.hhType);
                    cells.add(h.dibao ? "是" : "否");
                    cells.add(h.tekun ? "是" : "否");
                    cells.add(mo == null ? null : mo.category());
                    cells.add(mo == null ? null : mo.riskEliminated() ? "是" : "否");
                    cells.add(h.tenGroupNo);
                    cells.add(null);
                    line(out, cells);
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
