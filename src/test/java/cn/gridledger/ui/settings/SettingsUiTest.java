package cn.gridledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** 备份与设置 for an administrator: backup now, the list of backups, accounts, the audit log. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("settings-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村")));
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void backupNowAddsABackupToTheListAndTheAuditLog(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        TableView<BackupFile> list = robot.lookup("#backupList").queryAs(TableView.class);
        assertEquals(0, list.getItems().size());
        robot.clickOn("#backupNow");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertEquals("手动", list.getItems().get(0).kind().label());
        // the page is still updating (status bar, table cells); look it up only once it is done
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup((javafx.scene.control.Label l) -> l.getText().startsWith("上次备份：20")).tryQuery()
                .isPresent());

        robot.clickOn("#tab-audit .tab-label");
        robot.clickOn("#auditSearch");
        TableView<AuditEntry> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        assertTrue(audit.getItems().stream().anyMatch(e -> e.action().label().equals("备份") && e.who().equals("张敏")),
                audit.getItems().toString());
        robot.clickOn("#tab-accounts .tab-label");
        TableView<?> accounts = robot.lookup("#accountTable").queryAs(TableView.class);
        assertEquals(1, accounts.getItems().size());
    }
}
