package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.Progress;

/** 导出诊断包: versions, the check and the log, and none of the people in the database. */
class DiagnosticsTest {

    @TempDir
    Path dir;

    @Test
    void theZipHoldsVersionsCheckAndLogButNoPersonalData() throws Exception {
        Path db = dir.resolve("diag.db");
        List<String> personal = new ArrayList<>();
        Path zip;
        try (AppServices services = AppServices.open(db)) {
            services.demo().generate(200, 3, Progress.NONE);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    ResultSet rs = c.createStatement().executeQuery(
                            "SELECT name, id_number, phone FROM person WHERE phone IS NOT NULL LIMIT 20")) {
                while (rs.next()) {
                    personal.add(rs.getString(1));
                    personal.add(rs.getString(2));
                    personal.add(rs.getString(3));
                }
            }
            assertEquals(60, personal.size());
            // the program's log with a careless line: the package must still not carry the ID number or the phone
            Path logs = Files.createDirectories(dir.resolve("logs"));
            Files.writeString(logs.resolve("gridledger0.log"), "信息: opened database\n警告: row failed for "
                    + personal.get(1) + " / " + personal.get(2) + "\n", StandardCharsets.UTF_8);
            Files.writeString(logs.resolve("gridledger1.log"), "信息: an older log\n", StandardCharsets.UTF_8);
            Files.writeString(logs.resolve("other.txt"), "not a log of ours", StandardCharsets.UTF_8);
            zip = Diagnostics.write(dir.resolve("诊断包.zip"), services.maintenance().check(), db.toString(), 1,
                    logs);
            // and the public entry, with whatever log this test run has
            assertTrue(Files.size(services.maintenance().writeDiagnostics(dir.resolve("b.zip"))) > 0);
        }

        Map<String, String> entries = read(zip);
        assertTrue(entries.keySet().containsAll(List.of("version.txt", "check.txt")), entries.keySet().toString());
        assertEquals(List.of("version.txt", "check.txt", "logs/gridledger0.log", "logs/gridledger1.log"),
                List.copyOf(entries.keySet()));
        assertTrue(entries.get("version.txt").contains("程序版本：" + AppVersion.program()));
        assertTrue(entries.get("version.txt").contains("数据库结构版本：本程序 " + AppVersion.schema()));
        assertTrue(entries.get("check.txt").startsWith("数据库检查："), entries.get("check.txt"));
        String all = String.join("\n", entries.values());
        assertTrue(all.contains("row failed for "), "the log line is there");
        for (String value : personal) {
            if (value != null && value.length() >= 2) {
                assertFalse(all.contains(value), "personal data in the package: " + value);
            }
        }
        assertFalse(Files.exists(dir.resolve("诊断包.zip.part")));
    }

    @Test
    void idNumbersPhonesAndTheHomeFolderAreMasked() {
        String home = System.getProperty("user.home");
        assertEquals("身份证 130102********123X 电话 138****5678 文件 ~/a.db 编号 13010210020100001",
                Diagnostics.redact("身份证 130102199001011234".replace("1234", "123X")
                        + " 电话 13812345678 文件 " + home + "/a.db 编号 13010210020100001"));
    }

    private static Map<String, String> read(Path zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
