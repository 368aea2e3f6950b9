package cn.gridledger.cli;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.cli.CliTest.Run;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;

/** The workflow of README 交换包 on the command line: init, copy, init --copy, export and import both ways, conflicts. */
class ExchangeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTownshipAndALaptopExchangeOnTheCommandLine() throws Exception {
        Path a = dir.resolve("township/gridledger.db");
        Path b = dir.resolve("laptop/gridledger.db");
        String grid;
        String household;
        try (AppServices app = AppServices.open(a)) {
            List<Grid> grids = HouseholdFixtures.township(app);
            grid = grids.get(0).code();
            household = app.households().save(detail("130102100201000101", grids.get(0).id(), "13900000001",
                    member("张三明", id("19500312", 1), "户主")));
        }
        ok(CliTest.run("--db", a.toString(), "exchange", "init", "--name", "安恕镇"));
        Run again = CliTest.run("--db", a.toString(), "exchange", "init", "--name", "安恕镇");
        assertEquals(Cli.REFUSED, again.status());
        assertTrue(again.err().contains("--copy"), again.err());

        Files.createDirectories(b.getParent());
        Files.copy(a, b);
        Run init = ok(CliTest.run("--db", b.toString(), "exchange", "init", "--name", "安恕村一组网格", "--grids", grid, "--copy"));
        assertTrue(init.err().contains("复制自 安恕镇"), init.err());
        notes(a, household, "乡镇写的");
        notes(b, household, "网格员写的");

        Path out = Files.createDirectories(dir.resolve("usb"));
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        ok(CliTest.run("--db", b.toString(), "exchange", "export", "--to", "安恕镇", "--out", out.toString()));
        Path fromLaptop = out.resolve("安恕镇_安恕村一组网格_" + today + ".glx");
        assertTrue(Files.isRegularFile(fromLaptop));

        Run dry = ok(CliTest.run("--db", a.toString(), "--json", "exchange", "import", fromLaptop.toString(), "--dry-run"));
        assertTrue(dry.err().contains("预览") && dry.err().contains("冲突 1"), dry.err());
        assertTrue(dry.out().contains("\"committed\":false"), dry.out());
        Run imported = ok(CliTest.run("--db", a.toString(), "exchange", "import", fromLaptop.toString()));
        assertTrue(imported.err().contains("冲突：") && imported.err().contains("“网格员写的”"), imported.err());
        Run twice = CliTest.run("--db", a.toString(), "exchange", "import", fromLaptop.toString());
        assertEquals(Cli.REFUSED, twice.status());
        assertTrue(twice.err().contains("此交换包已导入过"), twice.err());
        // each command is a run of its own: the undo finds the import in the audit log, then it can come in again
        Run undone = ok(CliTest.run("--db", a.toString(), "exchange", "undo"));
        assertTrue(undone.err().contains("已撤销"), undone.err());
        Run undoAgain = CliTest.run("--db", a.toString(), "exchange", "undo");
        assertEquals(Cli.REFUSED, undoAgain.status());
        ok(CliTest.run("--db", a.toString(), "exchange", "import", fromLaptop.toString()));

        Run conflicts = ok(CliTest.run("--db", a.toString(), "--json", "exchange", "conflicts"));
        assertTrue(conflicts.err().contains("#1 农户 130102100201000101 张三明户 的“备注”"), conflicts.err());
        Run wrongKeep = CliTest.run("--db", a.toString(), "exchange", "resolve", "1", "--keep", "both");
        assertEquals(Cli.REFUSED, wrongKeep.status());
        ok(CliTest.run("--db", a.toString(), "exchange", "resolve", "1", "--keep", "theirs"));
        Run none = ok(CliTest.run("--db", a.toString(), "exchange", "resolve", "--all", "--keep", "mine"));
        assertTrue(none.err().contains("已处理 0 个冲突"), none.err());

        ok(CliTest.run("--db", a.toString(), "exchange", "export", "--to", "安恕村一组网格", "--out", out.toString()));
        Path fromTownship = out.resolve("安恕镇_发往安恕村一组网格_" + today + ".glx");
        ok(CliTest.run("--db", b.toString(), "exchange", "import", fromTownship.toString()));
        Run status = ok(CliTest.run("--db", b.toString(), "exchange", "status"));
        assertTrue(status.err().contains("交换对象：安恕镇（范围：全镇）已发出第 1 号，已导入第 1 号"), status.err());
        Run unknown = CliTest.run("--db", b.toString(), "exchange", "export", "--to", "太平村", "--out", out.toString());
        assertEquals(Cli.REFUSED, unknown.status());
        assertTrue(unknown.err().contains("已知的交换对象：安恕镇"), unknown.err());

        // the township widens the laptop's pinned scope; an unknown grid code is refused
        Run widened = ok(CliTest.run("--db", a.toString(), "exchange", "partner", "--name", "安恕村一组网格", "--grids", grid));
        assertTrue(widened.err().contains("范围已改为 " + grid), widened.err());
        Run badGrid = CliTest.run("--db", a.toString(), "exchange", "partner", "--name", "安恕村一组网格", "--grids", "999");
        assertEquals(Cli.REFUSED, badGrid.status());
    }

    private static Run ok(Run r) {
        assertEquals(Cli.OK, r.status(), r.err() + r.out());
        return r;
    }

    private static void notes(Path db, String household, String notes) {
        try (AppServices app = AppServices.open(db)) {
            HouseholdDetail d = app.households().load(household);
            Household h = d.household();
            app.households().save(new HouseholdDetail(new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(),
                    h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), h.dibao(), h.tekun(),
                    h.housingStatus(), h.toiletStatus(), notes, h.since()), d.members(), d.monitoring(), d.awards(),
                    d.pointsEntries(), d.redemptions()));
        }
    }
}
