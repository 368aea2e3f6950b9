package cn.gridledger.ui.household;

import cn.gridledger.testing.Screenshots;
import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Quarter;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;

/** 导出本网格台账 on the 网格与农户 page: the button follows the tree, and writes the chosen grid's ledger. */
@ExtendWith(ApplicationExtension.class)
class GridLedgerButtonUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private HouseholdsPage page;
    private List<Grid> grids;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("ledger-" + System.nanoTime() + ".db"));
        grids = HouseholdFixtures.township(services);
        services.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                member("张三明", id("19800312", 1), "户主"), member("李秀英", id("19820506", 2), "配偶")));
        services.households().save(detail("130102100201000200", grids.get(1).id(), "13912345678",
                member("王德福", id("19600101", 3), "户主")));
        page = new HouseholdsPage(services, new SimpleObjectProperty<>(Quarter.current()));
        stage.setScene(new Scene((javafx.scene.Parent) page.view(), 1366, 740));
        stage.show();
        page.onShow();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.search().isLoaded());
        services.search().awaitMembers();
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
    }

    private Button button(FxRobot robot) {
        return robot.lookup("#household-ledger").queryAs(Button.class);
    }

    private void pick(FxRobot robot, String label) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup((TreeCell<?> c) -> c.getText() != null && c.getText().contains(label)).tryQuery().isPresent());
        robot.clickOn((TreeCell<?> c) -> c.getText() != null && c.getText().contains(label));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsTheSelectedGridsLedger(FxRobot robot) throws Exception {
        assertEquals("导出全镇台账", button(robot).getText());
        pick(robot, "安恕村");
        assertEquals("导出本村台账", button(robot).getText());
        pick(robot, "一组网格");
        assertEquals("导出本网格台账", button(robot).getText());
        Screenshots.take(button(robot).getScene(), "households-grid-ledger");

        Path file = dir.resolve("一组网格台账-" + System.nanoTime() + ".xlsx");
        robot.interact(() -> page.exportLedgerTo(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("农户信息台账已导出", done.getHeaderText());
        Screenshots.take(done.getScene(), "households-grid-ledger-done");
        assertTrue(done.getContentText().startsWith("共 2 名成员"), done.getContentText());
        var close = done.getButtonTypes().stream().filter(t -> "关闭".equals(t.getText())).findFirst().orElseThrow();
        assertTrue(done.getButtonTypes().stream().anyMatch(t -> "打开所在文件夹".equals(t.getText())));
        robot.interact(((Button) done.lookupButton(close))::fire);

        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertTrue(f.formatCellValue(sheet.getRow(0).getCell(0)).contains("一组网格"));
            String all = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .map(r -> r.getCell(8) == null ? "" : f.formatCellValue(r.getCell(8))).toList().toString();
            assertTrue(all.contains("张三明") && all.contains("李秀英"), all);
            assertTrue(!all.contains("王德福"), "another grid's household is not in it");
        }
        assertEquals("导出本网格台账", button(robot).getText());
        assertTrue(!button(robot).isDisabled());
    }

    @Test
    void aGridWorkerMustPickOneOfTheirGrids(FxRobot robot) throws Exception {
        services.session().signIn(new CurrentUser(7, "wgy", "网格员甲", Role.GRID_WORKER, Set.of(grids.get(0).id())));
        pick(robot, "安恕村");
        assertTrue(button(robot).isDisabled(), "a village is more than a grid worker's grids");
        pick(robot, "一组网格");
        assertTrue(!button(robot).isDisabled());
        assertTrue(Files.isDirectory(dir));
    }
}
