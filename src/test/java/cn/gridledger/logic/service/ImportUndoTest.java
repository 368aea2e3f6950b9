package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.sampledata.SampleTownship;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 撤销本次导入: the pre-import backup put back while the import is still the latest change. */
class ImportUndoTest {

    private static final Path samples = Path.of("sample-data", "rosters");
    private static final String[] TABLES = {"person", "post", "reserve_cadre", "household", "member",
        "household_grid_history", "monitoring", "villager_group"};

    @TempDir
    Path dir;

    @Test
    void undoPutsHouseholdsAndCadresBackExactly() throws Exception {
        Path file = SampleTownship.create(dir.resolve("t.db"));
        try (AppServices app = AppServices.open(file)) {
            importFile(app, "农户信息台账_示例.xlsx", RosterKind.HOUSEHOLD);
            String before = dump(file);
            ImportReport r = importFile(app, "干部花名册_示例.xlsx", RosterKind.CADRE);
            assertTrue(r.newRows() > 0);
            assertNotEquals(before, dump(file));
            app.backup().backupNow(); // a backup (or an export, a login) is not a change
            assertTrue(app.importer().undoState().possible(), app.importer().undoState().reason());

            app.importer().undoLastImport();

            assertEquals(before, dump(file));
            assertFalse(app.importer().undoState().possible(), "only once");
            var undo = app.audit().search(AuditFilter.latest(100)).stream()
                    .filter(e -> e.action() == AuditAction.UNDO_IMPORT).toList();
            assertEquals(1, undo.size());
            assertTrue(undo.get(0).summary().contains("干部花名册_示例.xlsx"), undo.get(0).summary());
            assertTrue(app.backup().backups().stream().anyMatch(b -> b.kind() == BackupKind.PRE_RESTORE),
                    "the replaced database is kept aside");
        }
    }

    @Test
    void anotherChangeAfterTheImportRefusesTheUndo() throws Exception {
        Path file = SampleTownship.create(dir.resolve("t.db"));
        try (AppServices app = AppServices.open(file)) {
            importFile(app, "干部花名册_示例.xlsx", RosterKind.CADRE);
            importFile(app, "农户信息台账_示例.xlsx", RosterKind.HOUSEHOLD);
            // the household import is now the last one: change something after it
            app.backup().chooseFolder(null);
            String now = dump(file);

            var state = app.importer().undoState();
            assertFalse(state.possible());
            assertEquals("导入后已有其他修改，不能撤销；如需恢复请到“备份与设置”", state.reason());
            UserFacingException e = assertThrows(UserFacingException.class, () -> app.importer().undoLastImport());
            assertEquals(state.reason(), e.getMessage());
            assertEquals(now, dump(file));
        }
    }

    private static ImportReport importFile(AppServices app, String name, RosterKind kind) {
        return app.importer().importFile(samples.resolve(name), ImportService.Options.of(kind, null, false, false),
                Progress.NONE);
    }

    /** Every row of the record tables, as text (a second connection: the database is in WAL mode). */
    private static String dump(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return String.join("\n", out);
    }
}
