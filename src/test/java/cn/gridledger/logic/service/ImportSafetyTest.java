package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.sampledata.SampleTownship;

/** An import is preceded by a backup, recorded in the audit log, and refused to grid workers. */
class ImportSafetyTest {

    @TempDir
    Path dir;

    private static final Path CADRES = Path.of("sample-data", "rosters", "干部花名册_示例.xlsx");

    @Test
    void aCommittedImportHasAPreImportBackupAndAnAuditEntry() {
        try (AppServices app = AppServices.open(SampleTownship.create(dir.resolve("t.db")))) {
            ImportReport r = app.importer().importFile(CADRES,
                    ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE);
            assertTrue(r.committed());
            assertEquals(1, app.backup().backups().stream().filter(b -> b.kind() == BackupKind.PRE_IMPORT).count());
            var imports = app.audit().search(AuditFilter.latest(50)).stream()
                    .filter(a -> a.action() == AuditAction.IMPORT).toList();
            assertEquals(1, imports.size());
            assertTrue(imports.get(0).summary().contains(r.countsLine()), imports.get(0).summary());
        }
    }

    @Test
    void aRefusedWorkbookLeavesNoPreImportBackupAndNoBackupEntry() throws Exception {
        // the copy is written while the workbook is opened; a refused file must discard it
        Path notAWorkbook = dir.resolve("花名册.xlsx");
        java.nio.file.Files.writeString(notAWorkbook, "这不是工作簿");
        try (AppServices app = AppServices.open(SampleTownship.create(dir.resolve("t.db")))) {
            assertThrows(cn.gridledger.logic.importer.ImportRefusedException.class, () -> app.importer().importFile(
                    notAWorkbook, ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE));
            assertTrue(app.backup().backups().stream().noneMatch(b -> b.kind() == BackupKind.PRE_IMPORT),
                    app.backup().backups().toString());
            assertTrue(app.audit().search(AuditFilter.latest(50)).stream()
                    .noneMatch(a -> a.action() == AuditAction.BACKUP || a.action() == AuditAction.IMPORT));
            // and the next import still works, with exactly its own copy
            assertTrue(app.importer().importFile(CADRES, ImportService.Options.of(RosterKind.CADRE, null, false, false),
                    Progress.NONE).committed());
            assertEquals(1, app.backup().backups().stream().filter(b -> b.kind() == BackupKind.PRE_IMPORT).count());
        }
    }

    @Test
    void aDryRunNeitherBacksUpNorAudits() {
        try (AppServices app = AppServices.open(SampleTownship.create(dir.resolve("t.db")))) {
            app.importer().importFile(CADRES, ImportService.Options.of(RosterKind.CADRE, null, true, false),
                    Progress.NONE);
            assertTrue(app.backup().backups().stream().noneMatch(b -> b.kind() == BackupKind.PRE_IMPORT));
            assertTrue(app.audit().search(AuditFilter.latest(50)).stream().noneMatch(a -> a.action() == AuditAction.IMPORT));
        }
    }

    @Test
    void gridWorkersCannotImportRosters() {
        try (AppServices app = AppServices.open(SampleTownship.create(dir.resolve("t.db")))) {
            app.session().signIn(new CurrentUser(7, "wgy", "网格员甲", Role.GRID_WORKER, Set.of()));
            assertThrows(AccessDeniedException.class, () -> app.importer().importFile(CADRES,
                    ImportService.Options.of(RosterKind.CADRE, null, false, false), Progress.NONE));
        }
    }
}
