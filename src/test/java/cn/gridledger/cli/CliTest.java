package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    /** Runs the command line in-process and captures what it prints. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int status = cl.execute(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandInChinese() {
        Run r = run("--help");
        assertEquals(0, r.status());
        for (String command : new String[] {"demo", "import", "export", "backup", "restore", "check", "bench"}) {
            assertTrue(r.out().contains(command), command + " missing from\n" + r.out());
        }
        assertTrue(r.out().contains("用法"));
        assertTrue(r.out().contains("命令："));
        assertTrue(r.out().contains("显示帮助并退出"));
    }

    @Test
    void checkOnANewDatabaseCreatesItAndPasses() {
        Path db = dir.resolve("new.db");
        Run r = run("--db", db.toString(), "--json", "check");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("检查通过"), r.err());
        assertTrue(r.out().contains("\"ok\":true"), r.out());
        assertTrue(db.toFile().exists());
    }

    @Test
    void unknownOptionsAreAUsageErrorInChinese() {
        Run r = run("--db", dir.resolve("x.db").toString(), "check", "--bogus");
        assertEquals(Cli.USAGE, r.status());
        assertTrue(r.err().contains("无法识别的参数"), r.err());
    }

    @Test
    void exportWithoutQuarterIsAUsageError() {
        Run r = run("export", "all");
        assertEquals(Cli.USAGE, r.status());
        assertTrue(r.err().contains("缺少必填参数"), r.err());
    }

    @Test
    void aLockedDatabaseIsRefusedWithExitOne() {
        Path db = dir.resolve("locked.db");
        try (var open = cn.gridledger.logic.service.AppServices.open(db)) {
            Run r = run("--db", db.toString(), "check");
            assertEquals(Cli.REFUSED, r.status());
            assertTrue(r.err().contains("正被另一个网格台账程序使用"), r.err());
        }
    }

    @Test
    void aDatabaseFromANewerProgramIsRefusedWithExitOne() throws Exception {
        Path db = dir.resolve("newer.db");
        assertEquals(0, run("--db", db.toString(), "check").status());
        cn.gridledger.logic.store.FutureSchema.addAppliedMigration(db, 999);
        Run r = run("--db", db.toString(), "check");
        assertEquals(Cli.REFUSED, r.status(), r.err());
        assertTrue(r.err().contains("请安装新版本的网格台账"), r.err());
        assertTrue(r.err().contains("数据库结构版本 999"), r.err());
    }

    @Test
    void versionShowsTheProgramAndTheDatabaseStructureVersion() {
        for (String option : new String[] {"--version", "-V"}) {
            Run r = run(option);
            assertEquals(0, r.status());
            assertTrue(r.out().contains("网格台账 GridLedger " + cn.gridledger.logic.AppVersion.program()), r.out());
            assertTrue(r.out().contains("数据库结构版本 " + cn.gridledger.logic.AppVersion.schema()), r.out());
        }
        assertTrue(run("--help").out().contains("--version"));
    }
}
