package cn.gridledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** F1 in the main window (and the 关于 button) opens the Chinese manual shipped inside the program. */
@ExtendWith(ApplicationExtension.class)
class HelpUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private final List<Path> opened = new ArrayList<>();
    private Consumer<Path> systemOpener;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("help-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村")));
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
    }

    @BeforeEach
    void recordOpens() {
        systemOpener = Folders.opener;
        Folders.opener = opened::add;
    }

    @AfterEach
    void close() {
        Folders.opener = systemOpener;
        services.close();
    }

    @Test
    void f1OpensTheBundledManual(FxRobot robot) throws Exception {
        robot.clickOn("#nav-households");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size(), "F1 opened one page");
        Path manual = opened.get(0);
        assertEquals("网格台账使用手册.html", manual.getFileName().toString());
        String html = Files.readString(manual, StandardCharsets.UTF_8);
        for (String section : new String[] {"开始使用", "网格与农户", "数据导入", "报表导出", "备份与恢复", "账户与权限",
                "复制选中行", "导出诊断包"}) {
            assertTrue(html.contains(section), section + " missing from the manual");
        }
        assertTrue(!html.contains("http://") && !html.contains("https://"), "nothing in it needs the network");

        robot.clickOn("#nav-settings");
        robot.clickOn("#tab-about .tab-label");
        robot.clickOn("#aboutManual");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(manual, manual), opened);
    }
}
