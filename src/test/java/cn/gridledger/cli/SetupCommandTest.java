package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.RosterWorkbooks;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Village;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridledger setup}: the township on an empty database, villages added later, twice changes nothing. */
class SetupCommandTest {

    @TempDir
    Path dir;

    private CliTest.Run setup(String... villages) {
        List<String> args = new java.util.ArrayList<>(List.of("--db", dir.resolve("t.db").toString(), "setup",
                "--county-code", "220422", "--county-name", "东辽县", "--township-code", "220422103", "--township-name", "安恕镇"));
        for (String v : villages) {
            args.add("--village");
            args.add(v);
        }
        return CliTest.run(args.toArray(String[]::new));
    }

    private List<String> villages() {
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            return app.township().villages().stream().map(v -> v.code() + "=" + v.name()).toList();
        }
    }

    @Test
    void createsTheTownshipThenAddsOnlyNewVillagesAndIsIdempotent() throws Exception {
        CliTest.Run first = setup("220422103201=安恕村", "220422103202=王家村");
        assertEquals(Cli.OK, first.status(), first.err());
        assertEquals(List.of("220422103201=安恕村", "220422103202=王家村"), villages());

        Path file = dir.resolve("村.txt");
        Files.writeString(file, "# 本镇村（社区）\n220422103202,王家村\n220422103001\t安恕社区\n");
        CliTest.Run more = CliTest.run("--db", dir.resolve("t.db").toString(), "setup", "--county-code", "220422",
                "--county-name", "东辽县", "--township-code", "220422103", "--township-name", "安恕镇", "--villages", file.toString());
        assertEquals(Cli.OK, more.status(), more.err());
        assertTrue(more.err().contains("添加 1 个"), more.err());
        assertEquals(3, villages().size());

        CliTest.Run again = setup("220422103201=安恕村", "220422103202=王家村");
        assertEquals(Cli.OK, again.status(), again.err());
        assertTrue(again.err().contains("没有修改"), again.err());
        assertEquals(3, villages().size());
    }

    @Test
    void badCodesAndAnotherTownshipAreRefusedInChinese() {
        CliTest.Run bad = setup("220422999201=错村");
        assertEquals(Cli.REFUSED, bad.status(), bad.err());
        assertTrue(bad.err().contains("前 9 位应为乡镇代码 220422103"), bad.err());
        assertEquals(Cli.OK, setup("220422103201=安恕村").status());
        CliTest.Run other = CliTest.run("--db", dir.resolve("t.db").toString(), "setup", "--county-code", "220422",
                "--county-name", "东辽县", "--township-code", "220422104", "--township-name", "别镇");
        assertEquals(Cli.REFUSED, other.status(), other.err());
        assertTrue(other.err().contains("不能改为 别镇"), other.err());
        CliTest.Run clash = setup("220422103201=别的村");
        assertEquals(Cli.REFUSED, clash.status(), clash.err());
        assertTrue(clash.err().contains("已是“安恕村”"), clash.err());
        CliTest.Run usage = setup("安恕村");
        assertEquals(Cli.USAGE, usage.status(), usage.err());
    }

    /** A mapping saved in the wizard is applied by name from the command line, with the wizard's result. */
    @Test
    void aSavedMappingIsUsedByName() throws Exception {
        assertEquals(Cli.OK, setup("220422103201=安恕村").status());
        Workbook wb = RosterWorkbooks.newWorkbook(true);
        Sheet s = wb.createSheet("Sheet1");
        RosterWorkbooks.row(s, 0, "人员", "编码", "岗位", "所在", "甲");
        String id = "2204221980010100" + "1";
        id = id + cn.gridledger.logic.validate.IdNumbers.checkDigit(id);
        RosterWorkbooks.row(s, 1, "马良", id, "村委会主任", "安恕村", "x");
        Path file = RosterWorkbooks.save(wb, dir.resolve("怪表头.xlsx"));
        CliTest.Run refused = CliTest.run("--db", dir.resolve("t.db").toString(), "import", "cadres", "--dry-run", file.toString());
        assertEquals(Cli.REFUSED, refused.status(), refused.err());
        assertTrue(refused.err().contains("表头在第 1 行，识别到 人员、编码、岗位、所在、甲；缺少 姓名 列"), refused.err());
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            var preview = app.importer().preview(file).sheets().get(0);
            var m = preview.header().mapping().with(0, RosterField.NAME).with(1, RosterField.ID_NUMBER)
                    .with(2, RosterField.POST).with(3, RosterField.VILLAGE);
            app.importer().saveMapping("怪表头方案", RosterKind.CADRE, java.util.List.of("别的", "表头"), m);
        }
        CliTest.Run unknown = CliTest.run("--db", dir.resolve("t.db").toString(), "import", "cadres", "--mapping", "无此方案", file.toString());
        assertEquals(Cli.REFUSED, unknown.status(), unknown.err());
        assertTrue(unknown.err().contains("已保存的方案：怪表头方案"), unknown.err());
        CliTest.Run ok = CliTest.run("--db", dir.resolve("t.db").toString(), "--json", "import", "cadres", "--mapping", "怪表头方案",
                file.toString());
        assertEquals(Cli.OK, ok.status(), ok.err());
        assertTrue(ok.out().contains("\"new\":1"), ok.out());
        assertTrue(ok.out().contains("{\"letter\":\"E\",\"label\":\"甲\",\"field\":\"未使用\"}"), ok.out());
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            assertEquals(List.of(new Village(1, "220422103201", "安恕村", "村")).get(0).name(),
                    app.cadres().cadres(cn.gridledger.logic.service.CadreService.CadreFilter.CURRENT, java.time.LocalDate.now())
                            .get(0).units());
        }
    }
}
