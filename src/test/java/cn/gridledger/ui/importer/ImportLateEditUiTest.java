package cn.gridledger.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.testing.SubmittedLedger;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/**
 * 报送 (#15) in the 数据导入 wizard: the preview names the facts of the submitted 2026Q3 the ledger changes, the
 * 导入 step adds the departure chosen since and keeps 导入 off until a reason is typed.
 */
@ExtendWith(ApplicationExtension.class)
class ImportLateEditUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) throws Exception {
        Path db = SubmittedLedger.create(dir.resolve("late-" + System.nanoTime() + ".db"), dir);
        services = AppServices.open(db);
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static boolean exists(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    @Test
    void thePreviewListsTheFactsAndTheImportWaitsForTheReason(FxRobot robot) throws Exception {
        Path file = SubmittedLedger.export(services, dir).without("张小明")
                .newHousehold("130102100201000009", "新户主", "2026-09-01").write(dir.resolve("late-" + System.nanoTime() + ".xlsx"));
        robot.clickOn("#nav-import");
        ImportPage page = (ImportPage) robot.lookup("#import-page").queryAs(BorderPane.class).getProperties()
                .get(ImportPage.class);
        robot.interact(() -> page.chooseFile(file));
        waitFor(() -> exists(robot, "#import-file"));
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-late-edits"));
        assertTrue(text(robot, "#import-late-edits").contains("新户主户 新增农户 2026.09.01（2026年第3季度）"),
                text(robot, "#import-late-edits"));

        GridPane list = robot.lookup("#import-missing-list").queryAs(GridPane.class);
        @SuppressWarnings("unchecked")
        ComboBox<DepartureReason> choice = (ComboBox<DepartureReason>) list.getChildren().stream()
                .filter(n -> n instanceof ComboBox).findFirst().orElseThrow();
        robot.interact(() -> {
            choice.setValue(DepartureReason.迁出);
            robot.lookup("#import-missing-date").queryAs(TextField.class).setText("2026-08-03");
        });
        robot.clickOn("#import-next");
        waitFor(() -> exists(robot, "#import-late-list"));
        assertTrue(text(robot, "#import-late-list").contains("张三明户 张小明 迁出 2026.08.03（2026年第3季度）"),
                text(robot, "#import-late-list"));
        Button run = robot.lookup("#import-run").queryAs(Button.class);
        assertTrue(run.isDisabled(), "导入 waits for the reason");

        robot.interact(() -> robot.lookup("#import-late-reason").queryAs(TextField.class).setText("户籍核实后更正"));
        assertFalse(run.isDisabled());
        robot.clickOn("#import-run");
        waitFor(() -> exists(robot, "#import-result"));
        assertTrue(text(robot, "#import-late-done").contains("2 项") && text(robot, "#import-late-done").contains("户籍核实后更正"),
                text(robot, "#import-late-done"));
        assertEquals(2, services.submissions().lateEdits().size());
    }
}
