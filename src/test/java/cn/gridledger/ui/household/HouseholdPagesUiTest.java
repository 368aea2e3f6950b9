package cn.gridledger.ui.household;

import cn.gridledger.testing.Screenshots;
import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Grid;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsItem;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The household pages on a small township, headless; with -Dscreenshots=DIR also writes PNGs. */
@ExtendWith(ApplicationExtension.class)
class HouseholdPagesUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = AppServices.open(dir.resolve("pages-" + System.nanoTime() + ".db"));
        List<Grid> grids = HouseholdFixtures.township(services);
        String zhang = services.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                member("张三明", id("19800312", 1), "户主"), member("李秀英", id("19820506", 2), "配偶"),
                member("张小明", id("20080101", 3), "之子")));
        HouseholdDetail d = services.households().load(zhang);
        services.households().save(new HouseholdDetail(d.household(), d.members(),
                List.of(new Monitoring(0, zhang, "脱贫不稳定户", "因病", null, null, FuzzyDate.of(2025, 3), "健康帮扶", "刘帮扶",
                        null, false, null, null)),
                List.of(new Award(0, zhang, "美丽庭院", 2025, "村")),
                List.of(new PointsEntry(0, zhang, null, LocalDate.of(2026, 1, 5), 30, "卫生评比", "张敏", null)), List.of()));
        for (int i = 0; i < 12; i++) {
            services.households().save(detail("1301021002010002" + String.format("%02d", i), grids.get(i % 3).id(),
                    "1380000" + String.format("%04d", i), member("王德福刘安康陈宁静赵和平孙喜乐".substring(i % 5 * 3, i % 5 * 3 + 3),
                            id("19600101", 101 + 2 * i), "户主")));
        }
        services.points().saveItem(new PointsItem(0, grids.get(0).villageId(), "参加义务劳动", "加分", 5, true));
        services.points().saveItem(new PointsItem(0, grids.get(0).villageId(), "乱堆乱放", "减分", 3, true));
        GridLedgerApp.showFor(stage, services);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void aPageNoLongerShownIsNotKeptInMemory() throws Exception {
        // after a sign-out or a restore the window builds new pages; the old ones (a household page holds
        // the whole list) must go with their window, not stay tied to the program-wide text size
        java.lang.ref.WeakReference<HouseholdsPage> page = WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> new java.lang.ref.WeakReference<>(new HouseholdsPage(services,
                        new javafx.beans.property.SimpleObjectProperty<>(cn.gridledger.model.Quarter.of(LocalDate.of(2026, 12, 1))))));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 100 && page.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertTrue(page.get() == null, "the household page is still referenced after it was dropped");
    }

    @AfterEach
    void close() throws Exception {
        // the home page reads the household list in the background; let it finish before closing
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> services.search().isLoaded());
        services.search().awaitMembers();
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<HouseholdRow> table(FxRobot robot) {
        return robot.lookup("#household-table").queryAs(TableView.class);
    }

    private void openHouseholds(FxRobot robot) throws Exception {
        robot.clickOn("#nav-households");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !table(robot).getItems().isEmpty());
    }

    @Test
    void homeShowsTilesAndChartsAndATileOpensTheListBehindIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("13", robot.lookup("#tile-households .tile-value").queryAs(Label.class).getText());
        assertEquals("1", robot.lookup("#tile-monitored .tile-value").queryAs(Label.class).getText());
        Screenshots.take(stage.getScene(), "home");
        robot.clickOn("#tile-monitored");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        assertEquals("张三明", table(robot).getItems().get(0).headName());
    }

    @Test
    void searchByPinyinInitialsWhileTyping(FxRobot robot) throws Exception {
        openHouseholds(robot);
        assertEquals(13, table(robot).getItems().size());
        Screenshots.take(stage.getScene(), "households");
        robot.clickOn("#household-search").write("zsm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("张三明"), table(robot).getItems().stream().map(HouseholdRow::headName).toList());
        assertEquals("139****1234", table(robot).getColumns().get(7).getCellData(0));
    }

    @Test
    void filterChipShowsMonitoredHouseholds(FxRobot robot) throws Exception {
        openHouseholds(robot);
        robot.clickOn("#chip-MONITORED");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("张三明"), table(robot).getItems().stream().map(HouseholdRow::headName).toList());
        assertTrue(robot.lookup("#household-footer").queryAs(Label.class).getText().contains("共 1 户 · 3 人"));
    }

    @Test
    void pointsPageShowsTheCatalogue(FxRobot robot) throws Exception {
        robot.clickOn("#nav-points");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup("#points-items").queryAs(TableView.class).getItems().size());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#points-households").queryAs(TableView.class).getItems().size() > 0);
        Screenshots.take(stage.getScene(), "points");
    }

    @Test
    void gridSettingsShowStaffCountsAndNumbering(FxRobot robot) throws Exception {
        openHouseholds(robot);
        robot.clickOn((javafx.scene.control.TreeCell<?> c) -> c.getText() != null && c.getText().contains("一组网格"));
        robot.clickOn("#grid-settings");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#grid-staff").tryQuery().isPresent());
        robot.clickOn("#grid-staff-name").write("赵网格");
        robot.clickOn("#grid-staff-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#grid-staff").queryAs(TableView.class).getItems().size());
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("本网格 5 户")).tryQuery().isPresent());
        Screenshots.take(robot.lookup("#grid-staff").query().getScene(), "grid-settings");
        robot.clickOn("关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(services.grids().summaries().get(0).hasWorkers());
    }
}
