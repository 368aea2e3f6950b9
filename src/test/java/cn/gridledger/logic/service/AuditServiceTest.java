package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.security.FieldChanges;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.logic.store.StoreException;

class AuditServiceTest {

    @TempDir
    Path dir;

    record Phone(String name, String phone) {
    }

    @Test
    void aRecordJoinsTheCallersTransactionAndCannotBeEditedOrDeleted() {
        try (Database db = Database.open(dir.resolve("audit.db"))) {
            cn.gridledger.logic.security.Session session = new cn.gridledger.logic.security.Session();
            AuditService audit = new AuditService(db, session);
            List<FieldChange> changes = FieldChanges.between(new Phone("张三", "13900001111"),
                    new Phone("张三", "13800002222"), Map.of("phone", "电话", "name", "姓名"));
            assertEquals(List.of(new FieldChange("电话", "13900001111", "13800002222")), changes);

            db.writeVoid(c -> audit.record(c, AuditAction.UPDATE, "农户", "hh-1", "修改农户", changes));
            assertThrows(IllegalStateException.class, () -> db.writeVoid(c -> {
                audit.record(c, AuditAction.DELETE, "农户", "hh-1", "删除农户");
                throw new IllegalStateException("the change failed");
            }));
            List<AuditEntry> history = audit.history("农户", "hh-1");
            assertEquals(1, history.size(), "the record of a rolled-back change is rolled back with it");
            assertEquals("命令行", history.get(0).who());
            assertEquals(changes, history.get(0).changes());

            StoreException update = assertThrows(StoreException.class,
                    () -> db.writeVoid(c -> Queries.update(c, "UPDATE audit_log SET user_name = 'x'")));
            assertTrue(update.getMessage().contains("审计日志不可修改"), update.getMessage());
            StoreException delete = assertThrows(StoreException.class,
                    () -> db.writeVoid(c -> Queries.update(c, "DELETE FROM audit_log")));
            assertTrue(delete.getMessage().contains("审计日志不可删除"), delete.getMessage());
            assertEquals(1L, (long) db.read(c -> Queries.count(c, "SELECT count(*) FROM audit_log")));
        }
    }

    @Test
    void theAdministratorFiltersTheLog() {
        try (AppServices app = AppServices.open(dir.resolve("filter.db"))) {
            app.accounts().createFirstAdministrator("admin", "张敏", "secret-123");
            app.audit().recordNow(AuditAction.EXPORT, "报表", "grid-summary", "导出 网格汇总表 2026Q3");
            app.audit().recordNow(AuditAction.IMPORT, "花名册", "村干部.xlsx", "导入 36 行");
            List<AuditEntry> exports = app.audit().search(
                    new AuditFilter(LocalDate.now(), LocalDate.now(), "张", AuditAction.EXPORT, null, null, 50));
            assertEquals(1, exports.size());
            assertEquals("张敏", exports.get(0).who());
            assertEquals(1, app.audit().search(new AuditFilter(null, null, null, null, null, "36 行", 50)).size());
            assertEquals(0, app.audit().search(
                    new AuditFilter(LocalDate.now().plusDays(1), null, null, null, null, null, 50)).size());
            assertTrue(app.audit().entityTypes().containsAll(List.of("报表", "花名册", "用户")));
        }
    }

    @SuppressWarnings("unused")
    private static void compilesAsOtherServicesUseIt(AuditService audit, Connection c) throws Exception {
        audit.record(c, AuditAction.CREATE, "农户", "uuid", "新增农户 张三");
    }

    @Test
    void theLogNamesAHouseholdByItsHeadAndNumberAndAGridByCodeAndNameInsteadOfIds() {
        try (AppServices app = AppServices.open(dir.resolve("names.db"))) {
            List<cn.gridledger.model.Grid> grids = HouseholdFixtures.township(app);
            String id = app.households().save(HouseholdFixtures.detail("130102100201000777", grids.get(0).id(), null,
                    HouseholdFixtures.member("赵铁柱", HouseholdFixtures.id("19700101", 11), "户主")));
            app.households().delete(id);
            List<AuditEntry> log = app.audit().search(new AuditFilter(null, null, null, null, "农户", null, 100));
            assertEquals(2, log.size(), "saved and deleted");
            Map<Long, String> names = app.audit().recordNames(log);
            for (AuditEntry e : log) {
                assertEquals("赵铁柱（户编号 130102100201000777）", names.get(e.id()), "a deleted household is still named");
            }
            List<AuditEntry> gridLog = app.audit().search(new AuditFilter(null, null, null, null, "网格", null, 100));
            Map<Long, String> gridNames = app.audit().recordNames(gridLog);
            assertTrue(gridLog.stream().allMatch(e -> gridNames.get(e.id()).startsWith(grids.stream()
                    .filter(g -> String.valueOf(g.id()).equals(e.entityId())).findFirst().orElseThrow().code() + " ")),
                    gridNames.toString());
        }
    }
}
