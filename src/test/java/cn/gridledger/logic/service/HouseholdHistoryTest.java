package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.AuditEntry;

/** What the household editor's 变动记录 tab shows: the record's own audit history, newest first. */
class HouseholdHistoryTest {

    @TempDir
    Path dir;

    @Test
    void deleteAndRestoreAppearInTheHouseholdsHistory() {
        try (AppServices app = AppServices.open(dir.resolve("h.db"))) {
            app.demo().generate(30, 1, Progress.NONE);
            app.search().load(Progress.NONE);
            String id = app.search().search("", HouseholdFilter.all()).get(0).id();
            String other = app.search().search("", HouseholdFilter.all()).get(1).id();
            app.households().delete(id);
            app.households().restore(id);
            app.households().delete(other);

            List<AuditEntry> history = app.audit().history("农户", id);
            assertEquals(2, history.size(), history.toString());
            assertTrue(history.get(0).summary().contains("恢复"), "newest first: " + history);
        }
    }
}
