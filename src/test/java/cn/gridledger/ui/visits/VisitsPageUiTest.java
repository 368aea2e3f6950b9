package cn.gridledger.ui.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.VisitRow;
import cn.gridledger.ui.GridLedgerApp;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** 走访 page on a demo township: a visit entered by keyboard, the overdue filter and tile, grid worker scope. */
@ExtendWith(ApplicationExtension.class)
class VisitsPageUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = AppServices.open(dir.resolve("visits-ui-" + System.nanoTime() + ".db"));
        services.demo().generate(300, 1, Progress.NONE);
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private HouseholdRow someHousehold() {
        return services.search().search("", HouseholdFilter.all()).get(0);
    }

    @SuppressWarnings("unchecked")
    @Test
    void visitEnteredByKeyboardIsSavedAndSelected(FxRobot robot) throws Exception {
        HouseholdRow h = someHousehold();
        robot.clickOn("#nav-visits");
        robot.clickOn("#visitHousehold").write(h.hhNumber());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#visitVisitors").write("李建国");
        robot.clickOn("#visitFinding").write("家中老人住院，需办理医疗救助");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<VisitRow> table = robot.lookup("#visitsTable").queryAs(TableView.class);
        VisitRow selected = table.getSelectionModel().getSelectedItem();
        assertNotNull(selected);
        assertEquals(LocalDate.now(), selected.date());
        assertEquals("入户走访", selected.type());
        assertTrue(selected.finding().contains("医疗救助"));
        assertTrue(robot.lookup("#visitsStatus").queryAs(Label.class).getText().startsWith("已保存走访记录"));
        snapshot("visits-page");
    }

    @SuppressWarnings("unchecked")
    @Test
    void overdueTileOpensTheOverdueFilter(FxRobot robot) {
        HouseholdRow h = someHousehold();
        LocalDate day = LocalDate.now().minusDays(40);
        services.visits().record(new VisitInput(day.toString(), "民事代办", List.of(h.id()), List.of("王芳"),
                "代办残疾证", true, "残疾证换证", day.plusDays(10).toString()));
        services.visits().record(new VisitInput(LocalDate.now().toString(), "政策宣传", List.of(h.id()), List.of("王芳"),
                "宣传医保政策", false, null, null));
        robot.clickOn("#nav-households");
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tile-visitsOverdue");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#visitsOverdueOnly").queryAs(CheckBox.class).isSelected());
        TableView<VisitRow> table = robot.lookup("#visitsTable").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(VisitRow::overdue));
        assertEquals(services.visits().overdueCount(), table.getItems().size());
        robot.clickOn("#visitsOverdueOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().anyMatch(r -> "政策宣传".equals(r.type())));
        robot.clickOn("#visitsSearch").write("残疾证");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().allMatch(r -> r.finding().contains("残疾证")
                || (r.followUp() != null && r.followUp().contains("残疾证"))));
    }

    @SuppressWarnings("unchecked")
    @Test
    void gridWorkerSeesOnlyTheirGrids(FxRobot robot) {
        List<HouseholdRow> all = services.search().search("", HouseholdFilter.all());
        HouseholdRow a = all.get(0);
        HouseholdRow b = all.stream().filter(r -> !r.gridId().equals(a.gridId())).findFirst().orElseThrow();
        services.visits().record(new VisitInput(LocalDate.now().toString(), "入户走访", List.of(a.id()), List.of("甲"),
                "甲网格走访", false, null, null));
        services.visits().record(new VisitInput(LocalDate.now().toString(), "入户走访", List.of(b.id()), List.of("乙"),
                "乙网格走访", false, null, null));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            services.session().signIn(new CurrentUser(98, "wanggy", "网格员", Role.GRID_WORKER, Set.of(a.gridId())));
            GridLedgerApp.showFor(stage, services);
        });
        robot.clickOn("#nav-visits");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<VisitRow> table = robot.lookup("#visitsTable").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(r -> a.gridId().equals(r.gridId())));
        assertTrue(table.getItems().stream().noneMatch(r -> "乙网格走访".equals(r.finding())));
    }

    private void snapshot(String name) throws Exception {
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "shots-visits");
        Files.createDirectories(out);
        var image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
