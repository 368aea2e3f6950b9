package cn.gridledger.ui.cadre;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService.CadreRow;
import cn.gridledger.logic.service.CadreService.ReserveCheck;
import cn.gridledger.logic.service.MonitoringService.MonitoringRow;
import cn.gridledger.logic.service.MonitoringService.RiskState;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** 干部 and 防返贫监测 on a demo township: rows shown, 未达标 and 风险未消除 filters, the editor refusing a bad ID. */
@ExtendWith(ApplicationExtension.class)
class CadreAndMonitoringUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("cadres-ui-" + System.nanoTime() + ".db"));
        services.demo().generate(600, 1, Progress.NONE);
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void cadrePageShowsCadresAndFiltersVillagesShortOfReserves(FxRobot robot) {
        robot.clickOn("#nav-cadres");
        TableView<CadreRow> cadres = robot.lookup("#cadreTable").queryAs(TableView.class);
        assertFalse(cadres.getItems().isEmpty());
        assertTrue(cadres.getItems().stream().allMatch(CadreRow::current));
        assertTrue(robot.lookup("#cadreTotal").queryAs(Label.class).getText().startsWith("共 "));

        robot.clickOn("#tab-reserves .tab-label");
        TableView<ReserveCheck> checks = robot.lookup("#reserveChecks").queryAs(TableView.class);
        assertTrue(checks.getItems().stream().anyMatch(ReserveCheck::met));
        robot.clickOn("#reserveOnlyFailing");
        assertTrue(robot.lookup("#reserveOnlyFailing").queryAs(CheckBox.class).isSelected());
        assertFalse(checks.getItems().isEmpty(), "the demo has villages short of reserve cadres");
        assertTrue(checks.getItems().stream().allMatch(c -> c.verdict().equals("未达标")));
        assertFalse(robot.lookup("#reserveTable").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void theEditorRefusesABadIdNumberWithTheReason(FxRobot robot) {
        robot.clickOn("#nav-cadres");
        robot.clickOn("#cadreAdd");
        robot.clickOn("#cadreName").write("王测试");
        robot.clickOn("#cadreIdNumber").write("130102198503121230");
        robot.clickOn("#cadreSave");
        WaitForAsyncUtils.waitForFxEvents();
        String problems = robot.lookup("#cadreProblems").queryAs(Label.class).getText();
        assertTrue(problems.contains("身份证号校验位错误"), problems);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @SuppressWarnings("unchecked")
    @Test
    void monitoringPageShowsCountsAndFiltersOpenRisks(FxRobot robot) throws Exception {
        robot.clickOn("#nav-monitoring");
        TableView<MonitoringRow> table = robot.lookup("#monitoringTable").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().anyMatch(MonitoringRow::eliminated));
        assertTrue(robot.lookup("#monitoringCounts").queryAs(Label.class).getText().startsWith("监测户 "));
        ComboBox<RiskState> state = robot.lookup("#monitoringState").queryAs(ComboBox.class);
        robot.interact(() -> state.setValue(RiskState.风险未消除));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream().noneMatch(MonitoringRow::eliminated));
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().noneMatch(MonitoringRow::eliminated));
    }
}
