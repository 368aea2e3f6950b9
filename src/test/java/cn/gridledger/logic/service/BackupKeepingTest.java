package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.io.BackupFolders;
import cn.gridledger.logic.io.BackupKind;
import cn.gridledger.logic.store.BackupManager;

/**
 * Backups are real files in a backup folder; the older ones are copies of a real backup renamed to
 * fixed times, and rotation runs with a fixed "now", as it would on those days.
 */
class BackupKeepingTest {

    @TempDir
    Path dir;

    @Test
    void aManualBackupDoesNotRemoveTheMorningsCopyAndClosingDoesNotRemoveTheManualOne() {
        Path file = dir.resolve("gridledger.db");
        try (AppServices services = AppServices.open(file)) {
            BackupFile morning = services.backup().dailyIfDue().orElseThrow();
            BackupFile manual = services.backup().backupNow();
            BackupFile exit = services.backup().backupOnExit();
            Set<Path> left = paths(services.backup().backups());
            assertTrue(left.contains(morning.path()), "the day's automatic backup is still there");
            assertTrue(left.contains(manual.path()), "the manual backup is still there");
            assertTrue(left.contains(exit.path()));
        }
    }

    @Test
    void overSeveralWeeksManualCopiesStayEachDayKeepsItsFirstAndLastAndTheNewestPreImportStays() throws Exception {
        Path file = dir.resolve("gridledger.db");
        Path folder = BackupFolders.defaultFolder(file);
        LocalDateTime now = LocalDateTime.of(2026, 9, 30, 17, 30);
        Path template;
        try (AppServices services = AppServices.open(file)) {
            template = services.backup().backupNow().path();
        }
        Path oldManual = copy(template, folder, BackupKind.MANUAL, now.minusDays(90).withHour(15));
        Path oldImport = copy(template, folder, BackupKind.PRE_IMPORT, now.minusDays(60).withHour(10));
        Path olderImport = copy(template, folder, BackupKind.PRE_IMPORT, now.minusDays(61).withHour(10));
        Path morning = copy(template, folder, BackupKind.DAILY, now.withHour(8));
        Path noon = copy(template, folder, BackupKind.EXIT, now.withHour(12));
        Path afternoon = copy(template, folder, BackupKind.EXIT, now.withHour(16));
        Path onlyOfItsDay = copy(template, folder, BackupKind.DAILY, now.minusDays(3).withHour(9));
        // the program was not used for months: this is still one of the last 7 days with a backup
        Path beforeAPause = copy(template, folder, BackupKind.DAILY, now.minusDays(200).withHour(9));
        Files.delete(template);

        List<Path> deleted = BackupManager.rotate(file, now);

        assertEquals(Set.of(noon, olderImport), Set.copyOf(deleted),
                "only a copy between the first and last of a day and an older pre-import copy go");
        for (Path kept : List.of(oldManual, oldImport, morning, afternoon, onlyOfItsDay, beforeAPause)) {
            assertTrue(Files.exists(kept), kept + " is kept");
        }
        assertEquals(List.of(), BackupManager.rotate(file, now), "rotating again deletes nothing more");
    }

    @Test
    void theUserDeletesAManualBackupAndOnlyFilesFromTheBackupList() throws Exception {
        Path file = dir.resolve("gridledger.db");
        try (AppServices services = AppServices.open(file)) {
            BackupFile manual = services.backup().backupNow();
            services.backup().delete(manual);
            assertFalse(Files.exists(manual.path()));
            assertTrue(services.audit().history("数据库", manual.path().getFileName().toString()).stream()
                    .anyMatch(e -> e.summary().startsWith("删除手动备份")), "the deletion is in the audit log");

            Path stranger = dir.resolve("gridledger-manual-20260101-080000.db");
            Files.writeString(stranger, "not in the backup folder");
            UserFacingException e = assertThrows(UserFacingException.class, () -> services.backup()
                    .delete(new BackupFile(stranger, BackupKind.MANUAL, LocalDateTime.now(), 1)));
            assertTrue(e.getMessage().startsWith("找不到该备份"), e.getMessage());
            assertTrue(Files.exists(stranger), "a file outside the backup folders is never deleted");
        }
    }

    private static Path copy(Path template, Path folder, BackupKind kind, LocalDateTime at) throws Exception {
        return Files.copy(template, folder.resolve(BackupFile.fileName(kind, at, 0)));
    }

    private static Set<Path> paths(List<BackupFile> backups) {
        return backups.stream().map(BackupFile::path).collect(Collectors.toSet());
    }
}
