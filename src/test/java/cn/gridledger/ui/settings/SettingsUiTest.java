package cn.gridledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

    @SuppressWarnings("unchecked")
    @Test
    void theBackupListExplainsRotationShowsKindTimeAndSizeAndDeletesAManualBackupAfterAsking(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        TableView<BackupFile> list = robot.lookup("#backupList").queryAs(TableView.class);
        robot.clickOn("#backupNow");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("类型", "时间", "大小", "位置"), list.getColumns().stream().map(c -> c.getText()).toList());
        String size = (String) list.getColumns().get(2).getCellData(0);
        assertTrue(size.endsWith(" KB") || size.endsWith(" MB"), size);
        Label rotation = robot.lookup("#backupRotation").queryAs(Label.class);
        assertTrue(rotation.getText().contains("“手动”备份一直保留"), rotation.getText());

        Path file = list.getItems().get(0).path();
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#deleteBackup");
        Button yes = robot.lookup((Node n) -> n instanceof Button b && "确定".equals(b.getText())).queryAs(Button.class);
        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(java.nio.file.Files.exists(file), "deleted after the user said yes");
        assertEquals(0, list.getItems().size());
    }
}
