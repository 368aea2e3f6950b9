package cn.gridledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
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
import cn.gridledger.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/** 交换包 on a township computer without an identity: 本机是乡镇电脑…, then export without a partner refused in the pane. */
@ExtendWith(ApplicationExtension.class)
class ExchangeTownshipUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("exchange-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村")));
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theTownshipComputerSetsItsIdentityFromThePane(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tab-exchange .tab-label");
        Label identity = robot.lookup("#exchangeIdentity").queryAs(Label.class);
        assertEquals("本机还没有交换身份。", identity.getText());
        assertFalse(robot.lookup("#exchangeInitCopy").query().isVisible(), "nothing copied without an identity");

        Button township = robot.lookup("#exchangeInitTownship").queryAs(Button.class);
        Platform.runLater(township::fire);
        DialogPane[] found = new DialogPane[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            found[0] = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot() instanceof DialogPane && w.getScene().getRoot().lookup("#exchangeInitName") != null)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null);
            return found[0] != null;
        });
        assertEquals("安恕镇", ((TextField) found[0].lookup("#exchangeInitName")).getText(), "the township's name offered");
        robot.interact(() -> ((Button) found[0].lookupButton(Dialogs.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("本机：安恕镇（范围：全镇）", identity.getText());
        assertFalse(robot.lookup("#exchangeInitTownship").query().isVisible());
        assertTrue(robot.lookup("#exchangeInitCopy").query().isVisible(), "a copied laptop would still show this identity");
        assertEquals("全镇", services.exchange().identity().orElseThrow().scope());

        robot.clickOn("#exchangeExport");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#exchangeStatus").queryAs(Label.class).getText().startsWith("未完成：还没有交换对象"));

        // the township's 县级汇总包 for the county (#16), bypassing the file chooser
        assertTrue(robot.lookup("#exchangeCountySnapshot").query().isVisible());
        ExchangePane pane = (ExchangePane) robot.lookup("#exchangePane").query().getUserData();
        java.nio.file.Path file = dir.resolve("安恕镇_县级汇总-" + System.nanoTime() + ".glx");
        robot.interact(() -> pane.exportCountySnapshot(file));
        Label status = robot.lookup("#exchangeStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("已导出安恕镇的县级汇总包第 1 号：0 户 0 人"));
        assertTrue(status.getText().contains(file.toString()), status.getText());
        assertTrue(java.nio.file.Files.size(file) > 0);
    }
}
