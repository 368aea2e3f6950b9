package cn.gridledger.cli;

import static cn.gridledger.logic.importer.RosterWorkbooks.merge;
import static cn.gridledger.logic.importer.RosterWorkbooks.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.RosterWorkbooks;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.sampledata.SampleTownship;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rosters in the shapes other offices send (issue #13): a county 两委 roster whose 村（社区） column is merged
 * down each village's rows, a 驻村 roster with 所驻村/驻村职务/派出单位, and a household ledger without a 村
 * column whose household cells are merged down each household. None may fault; each must import.
 */
class ForeignRosterImportTest {

    @TempDir
    Path dir;

    static String id(String birth, int seq) {
        String first17 = "130102" + birth + String.format("%03d", seq);
        return first17 + IdNumbers.checkDigit(first17);
    }

    static Path twoCommittees(Path dir, boolean xlsx) throws Exception {
        Workbook wb = RosterWorkbooks.newWorkbook(xlsx);
        Sheet s = wb.createSheet("两委成员");
        row(s, 0, "示例县安恕镇村（社区）“两委”成员花名册");
        merge(s, 0, 0, 0, 11);
        row(s, 1, "填报单位：安恕镇党委（盖章）", null, null, null, null, null, null, null, "填报日期：2026年11月");
        merge(s, 1, 1, 0, 7);
        row(s, 2, "序号", "村（社区）", "姓  名", "性别", "民族", "出生年月", "公民身份号码", "政治面貌", "学历",
                "任职情况", null, "联系电话");
        row(s, 3, null, null, null, null, null, null, null, null, null, "现任职务", "是否\n“一肩挑”");
        for (int c : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 11}) {
            merge(s, 2, 3, c, c);
        }
        merge(s, 2, 2, 9, 10);
        row(s, 4, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        row(s, 5, 1, "安恕村", "王建国", "男", "汉族", "1972.05", id("19720512", 13), "中共党员", "高中", "党组织书记", "是", "13900000001");
        row(s, 6, 2, null, "李秀英", "女", "汉族", "1980.11", id("19801103", 24), "中共党员", "大专", "副书记", "否", "13900000002");
        row(s, 7, 3, null, "赵海", "男", "汉族", "1985.03", id("19850301", 35), "群众", "本科", "委员", "否", "13900000003");
        merge(s, 5, 7, 1, 1);
        row(s, 8, 4, "东风村", "孙立", "男", "汉族", "1969.07", id("19690705", 17), "中共党员", "初中", "书记、主任", "是", "13900000004");
        row(s, 9, 5, null, "周梅", "女", "回族", "1990.01", id("19900109", 28), "中共党员", "本科", "委员", "否", "13900000005");
        merge(s, 8, 9, 1, 1);
        row(s, 10, "合    计", null, "5人");
        row(s, 11, "填表人：", null, null, null, "审核人：");
        return RosterWorkbooks.save(wb, dir.resolve("两委成员花名册." + (xlsx ? "xlsx" : "xls")));
    }

    static Path dispatched(Path dir, boolean xlsx) throws Exception {
        Workbook wb = RosterWorkbooks.newWorkbook(xlsx);
        Sheet s = wb.createSheet("Sheet1");
        row(s, 0, "安恕镇驻村第一书记和工作队员花名册");
        merge(s, 0, 0, 0, 10);
        row(s, 1, "序号", "姓名", "性别", "出生年月", "身份证号", "政治面貌", "所驻村", "驻村职务", "派出单位", "派出层级", "联系电话");
        row(s, 2, 1, "钱文", "男", "1983.04", id("19830402", 11), "中共党员", "安恕村", "第一书记", "示例县农业农村局", "县级", "13900000011");
        row(s, 3, 2, "吴敏", "女", "1991.09", id("19910911", 22), "中共党员", "安恕村", "工作队员", "示例县农业农村局", "县级", "13900000012");
        row(s, 4, 3, "郑强", "男", "1979.12", id("19791201", 33), "中共党员", "东风村", "第一书记", "示例市财政局", "市级", "13900000013");
        row(s, 5, 4, "冯丽", "女", "1988.06", id("19880602", 44), "中共党员", "东风村", "队员", "安恕镇政府", "乡镇", "13900000014");
        return RosterWorkbooks.save(wb, dir.resolve("驻村第一书记和工作队员花名册." + (xlsx ? "xlsx" : "xls")));
    }

    static Path ledgerWithoutVillage(Path dir, boolean xlsx) throws Exception {
        Workbook wb = RosterWorkbooks.newWorkbook(xlsx);
        Sheet s = wb.createSheet("台账");
        row(s, 0, "安恕村农户信息台账");
        merge(s, 0, 0, 0, 7);
        row(s, 1, "户编号", "户主姓名", "户类型", "家庭成员姓名", "与户主关系", "身份证号码", "性别", "联系电话");
        row(s, 2, "1301021002010001", "陈大山", "一般农户", "陈大山", "户主", id("19650302", 15), "男", "13900000021");
        row(s, 3, null, null, null, "林小花", "配偶", id("19670415", 26), "女", null);
        row(s, 4, null, null, null, "陈明", "之子", id("19920708", 37), "男", null);
        for (int c = 0; c < 3; c++) {
            merge(s, 2, 4, c, c);
        }
        row(s, 5, "1301021002010002", "黄土生", "脱贫户", "黄土生", "户主", id("19580101", 19), "男", "13900000022");
        row(s, 6, null, null, null, "黄玉", "之女", id("19860220", 20), "女", null);
        for (int c = 0; c < 3; c++) {
            merge(s, 5, 6, c, c);
        }
        return RosterWorkbooks.save(wb, dir.resolve("安恕村农户信息台账." + (xlsx ? "xlsx" : "xls")));
    }

    private JsonNode importJson(String kind, Path file, String... more) throws Exception {
        Path db = dir.resolve("t.db");
        if (!db.toFile().exists()) {
            SampleTownship.create(db);
        }
        String[] args = new String[6 + more.length];
        args[0] = "--db";
        args[1] = db.toString();
        args[2] = "--json";
        args[3] = "import";
        args[4] = kind;
        System.arraycopy(more, 0, args, 5, more.length);
        args[5 + more.length] = file.toString();
        CliTest.Run r = CliTest.run(args);
        assertTrue(r.status() == Cli.OK || r.status() == Cli.REFUSED, r.status() + "\n" + r.err());
        assertEquals(Cli.OK, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(r.err().contains("Exception"), r.err());
        return j;
    }

    /** Every current post, as {@code 姓名 类别 职务 单位}, in name order. */
    private java.util.List<String> posts() {
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (var row : app.cadres().cadres(CadreService.CadreFilter.CURRENT, java.time.LocalDate.of(2026, 12, 1))) {
                for (var p : app.cadres().detail(row.personId()).posts()) {
                    out.add(row.name() + " " + p.post().category() + " " + p.post().postType() + " " + p.unit());
                }
            }
            java.util.Collections.sort(out);
            return out;
        }
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void twoCommitteesRosterWithAMergedVillageColumnImportsEveryRow(boolean xlsx) throws Exception {
        JsonNode j = importJson("cadres", twoCommittees(dir, xlsx));
        assertEquals(3, j.get("headerRow").asInt(), j.toString());
        assertEquals(5, j.get("rows").asInt(), j.toString());
        assertEquals(5, j.get("new").asInt(), j.toString());
        assertEquals(0, j.get("errors").asInt(), j.toString());
        assertEquals(java.util.List.of("周梅 村两委 两委委员 东风村", "孙立 村两委 一肩挑 东风村", "李秀英 村两委 副书记 安恕村",
                "王建国 村两委 村党组织书记 安恕村", "赵海 村两委 两委委员 安恕村"), posts());
        JsonNode columns = j.get("columns");
        assertEquals("B", columns.get(1).get("letter").asText());
        assertEquals("村（社区）", columns.get(1).get("label").asText());
        assertEquals("村", columns.get(1).get("field").asText());
        assertEquals("是否一肩挑", columns.get(10).get("field").asText(), columns.toString());
    }

    @Test
    void aVillageTheTownshipLacksIsAnErrorNamingItAndCanBeAddedInOneStep() throws Exception {
        Path original = twoCommittees(dir, true);
        Path file = dir.resolve("福安村在内.xlsx");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(original.toFile())) {
            wb.getSheetAt(0).getRow(8).getCell(1).setCellValue("福安村");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        JsonNode j = importJson("cadres", file, "--dry-run");
        assertEquals(2, j.get("errors").asInt(), j.toString());
        assertEquals("福安村", j.get("unknownVillages").get(0).asText());
        CliTest.Run dry = CliTest.run("--db", dir.resolve("t.db").toString(), "import", "cadres", "--dry-run", file.toString());
        assertTrue(dry.err().contains("第9行 B列（村）：村「福安村」不在本乡镇的村列表中"), dry.err());
        assertTrue(dry.err().contains("第10行 B列（村）：村「福安村」"), "the merged cell's rows point at the village column\n" + dry.err());

        JsonNode added = importJson("cadres", file, "--add-villages");
        assertEquals(0, added.get("errors").asInt(), added.toString());
        assertEquals(5, added.get("new").asInt(), added.toString());
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            var fuan = app.township().villages().stream().filter(v -> v.name().equals("福安村")).findFirst().orElseThrow();
            assertEquals("130102100204", fuan.code(), "the next free 村委会 number of the township");
            assertTrue(app.audit().search(cn.gridledger.logic.security.AuditFilter.latest(50))
                    .stream().anyMatch(e -> e.summary().contains("新增村（社区）福安村")), "adding the village is audited");
        }
    }

    @Test
    void aRosterWithoutAVillageColumnTakesTheVillageGivenOnTheCommandLine() throws Exception {
        Workbook wb = RosterWorkbooks.newWorkbook(true);
        Sheet s = wb.createSheet("Sheet1");
        row(s, 0, "姓名", "性别", "身份证号", "现任职务");
        row(s, 1, "马良", "男", id("19800101", 11), "村委会主任");
        Path file = RosterWorkbooks.save(wb, dir.resolve("一村.xlsx"));
        CliTest.Run refused = CliTest.run("--db", SampleTownship.create(dir.resolve("t.db")).toString(), "import", "cadres",
                "--dry-run", file.toString());
        assertTrue(refused.err().contains("第2行（工作单位（村/派出单位））：表中没有 村（社区）或 工作单位 列")
                || refused.err().contains("第2行（村）：表中没有 村（社区）或 工作单位 列"), refused.err());
        assertFalse(refused.err().contains("第2行 A列"), "no letter for a column the sheet does not have\n" + refused.err());
        JsonNode j = importJson("cadres", file, "--village", "130102100202");
        assertEquals(1, j.get("new").asInt(), j.toString());
        assertEquals(java.util.List.of("马良 村两委 村委会主任 东风村"), posts());
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void dispatchedCadreRosterImportsAsResidentCadres(boolean xlsx) throws Exception {
        JsonNode j = importJson("cadres", dispatched(dir, xlsx));
        assertEquals(2, j.get("headerRow").asInt(), j.toString());
        assertEquals(4, j.get("new").asInt(), j.toString());
        assertEquals(0, j.get("errors").asInt(), j.toString());
        assertEquals(java.util.List.of("冯丽 驻村干部 驻村工作队员 东风村（安恕镇政府）", "吴敏 驻村干部 驻村工作队员 安恕村（示例县农业农村局）",
                "郑强 驻村干部 第一书记 东风村（示例市财政局）", "钱文 驻村干部 第一书记 安恕村（示例县农业农村局）"), posts());
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void householdLedgerWithoutVillageColumnGroupsTheMergedBlocks(boolean xlsx) throws Exception {
        JsonNode j = importJson("households", ledgerWithoutVillage(dir, xlsx));
        assertEquals(2, j.get("headerRow").asInt(), j.toString());
        assertEquals(5, j.get("new").asInt(), j.toString());
        assertEquals(0, j.get("errors").asInt(), j.toString());
    }
}
