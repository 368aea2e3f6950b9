package cn.gridledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.cli.CliTest.Run;

/** backup, restore and a damaged database from the command line. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    @Test
    void backupRestoreAndTheHintForADamagedDatabase() throws Exception {
        Path db = dir.resolve("gridledger.db");
        Path out = dir.resolve("copy.db");
        Run backup = CliTest.run("--db", db.toString(), "--json", "backup", "--out", out.toString());
        assertEquals(0, backup.status(), backup.err());
        assertTrue(backup.err().contains("已备份到"), backup.err());
        assertTrue(Files.exists(out));
        Run auto = CliTest.run("--db", db.toString(), "backup");
        assertEquals(0, auto.status(), auto.err());
        assertTrue(auto.err().contains("gridledger-manual-"), auto.err());

        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(0);
            raf.write("damaged!damaged!damaged!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        Run check = CliTest.run("--db", db.toString(), "check");
        assertEquals(Cli.REFUSED, check.status());
        assertTrue(check.err().contains("已损坏"), check.err());
        assertTrue(check.err().contains("最近的完好备份") && check.err().contains("restore"), check.err());

        Run refused = CliTest.run("--db", db.toString(), "restore", dir.resolve("missing.db").toString());
        assertEquals(Cli.REFUSED, refused.status());
        Run restore = CliTest.run("--db", db.toString(), "restore", out.toString());
        assertEquals(0, restore.status(), restore.err());
        assertTrue(restore.err().contains("原数据库已保留在"), restore.err());
        assertEquals(0, CliTest.run("--db", db.toString(), "check").status());
    }
}
