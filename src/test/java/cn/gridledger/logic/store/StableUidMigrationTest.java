package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;

/** V11 gives every existing and new person, member, event and history row a distinct uid, whoever writes it. */
class StableUidMigrationTest {

    static final String[] TABLES = {"person", "member", "status_event", "household_grid_history", "household_status_history"};

    @TempDir
    Path dir;

    @Test
    void existingRowsGetUidsAndNewRowsOfEveryWriterToo() throws Exception {
        Path file = dir.resolve("v10.db");
        Flyway.configure().dataSource(Database.jdbcUrl(file), null, null)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion("10")).load().migrate();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file)); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO household (id) VALUES ('h1')");
            s.executeUpdate("INSERT INTO person (id, name) VALUES (1, '张三'), (2, '李四')");
            s.executeUpdate("INSERT INTO member (household_id, person_id, relation) VALUES ('h1', 1, '户主'), ('h1', 2, '配偶')");
            s.executeUpdate("INSERT INTO status_event (household_id, event_type, event_date) VALUES ('h1', '迁入', '2026-01-01')");
        }
        Database.open(file).close(); // migrates to V11
        Path fresh = dir.resolve("fresh.db");
        try (AppServices app = AppServices.open(fresh)) {
            app.demo().generate(30, 1, Progress.NONE); // DemoWriter: explicit ids, the trigger fills the uid
            app.importer().importFile(Path.of("sample-data", "rosters", "干部花名册_示例.xlsx"),
                    ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE); // ImportWriter
        }
        for (Path f : new Path[] {file, fresh}) {
            try (Connection c = DriverManager.getConnection(Database.jdbcUrl(f)); Statement s = c.createStatement()) {
                for (String t : TABLES) {
                    try (ResultSet r = s.executeQuery("SELECT count(*), count(uid), count(DISTINCT uid), "
                            + "min(length(uid)) FROM " + t)) {
                        r.next();
                        assertEquals(r.getLong(1), r.getLong(2), t + " rows without uid in " + f.getFileName());
                        assertEquals(r.getLong(1), r.getLong(3), t + " duplicate uids in " + f.getFileName());
                        if (r.getLong(1) > 0) {
                            assertEquals(32, r.getInt(4), t);
                        }
                    }
                }
            }
        }
    }
}
