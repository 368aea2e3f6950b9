package cn.gridledger.ui.household;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
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

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.Grid;
import cn.gridledger.model.HouseholdDetail;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;

/**
 * 户变动 in the household form: the menu on a saved household, and the 分户, 合户 and 迁往其他网格 dialogs
 * driven headless (shown without waiting; 确定办理 pressed through the dialog's own check), the refusal
 * shown in the dialog, and the saved result.
 */
@ExtendWith(ApplicationExtension.class)
class HouseholdChangeDialogsUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private List<Grid> grids;
    private String zhang;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = AppServices.open(dir.resolve("changes-" + System.nanoTime() + ".db"));
        grids = HouseholdFixtures.township(services);
        zhang = services.households().save(detail("130102100201000100", grids.get(0).id(), "13912341234",
                member("张三明", id("19500312", 1), "户主"), member("李秀英", id("19520506", 2), "配偶"),
                member("张小明", id("19800101", 3), "之子"), member("王芳", id("19820202", 4), "之儿媳")));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private HouseholdDetail zhang() {
        return services.households().load(zhang);
    }

    @Test
    void theMenuIsOfferedOnASavedHouseholdAndAsksToSaveEditsFirst(FxRobot robot) {
        HouseholdEditor[] editor = new HouseholdEditor[2];
        robot.interact(() -> {
            editor[0] = new HouseholdEditor(services, zhang, null);
            editor[1] = new HouseholdEditor(services, null, grids.get(0).id());
            editor[0].show(null);
            editor[1].show(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton menu = (MenuButton) editor[0].stage().getScene().getRoot().lookup("#hh-changes");
        assertEquals(List.of("分户…", "合户…", "迁往其他网格…"), menu.getItems().stream().map(i -> i.getText()).toList());
        assertTrue(editor[1].stage().getScene().getRoot().lookup("#hh-changes") == null, "a new household has none");
        robot.interact(() -> {
            editor[0].dirtyProperty().set(true);
            menu.getItems().get(0).fire();
        });
        String summary = ((javafx.scene.control.Label) editor[0].stage().getScene().getRoot().lookup("#hh-summary")).getText();
        assertTrue(summary.startsWith("请先保存"), summary);
        Screenshots.take(editor[0].stage().getScene(), "editor-changes-menu");
        robot.interact(() -> {
            editor[0].stage().close();
            editor[1].stage().close();
        });
    }

    @Test
    void aSplitIsRefusedInTheDialogThenSaved(FxRobot robot) {
        SplitDialog[] d = new SplitDialog[1];
        robot.interact(() -> {
            d[0] = new SplitDialog(services, zhang(), "张三明", stage);
            d[0].dialog.show();
        });
        Screenshots.take(d[0].dialog.getDialogPane().getScene(), "split-dialog-empty");
        boolean[] saved = new boolean[1];
        robot.interact(() -> saved[0] = d[0].submit());
        assertFalse(saved[0]);
        assertEquals("请选择要分出的成员。", d[0].problem.getText());

        robot.interact(() -> {
            d[0].move(2).setSelected(true); // 张小明 becomes 户主 of the new household
            d[0].move(3).setSelected(true);
            d[0].relation(3).setValue("配偶");
            d[0].date.setText("2026-08-10");
            d[0].note.setText("结婚后另立户");
        });
        assertEquals("户主", d[0].relation(2).getValue());
        Screenshots.take(d[0].dialog.getDialogPane().getScene(), "split-dialog-filled");
        robot.interact(() -> saved[0] = d[0].submit());
        assertTrue(saved[0], d[0].problem.getText());
        robot.interact(() -> d[0].dialog.close());
        assertEquals(List.of("张三明", "李秀英"), zhang().members().stream().map(m -> m.person().name()).toList());
        assertEquals(List.of("张小明/户主", "王芳/配偶"), services.households().load(d[0].created()).members().stream()
                .map(m -> m.person().name() + "/" + m.relation()).toList());
    }

    @Test
    void aMergeNeedsAHouseholdChosenAndAGridMoveAGrid(FxRobot robot) {
        String widow = services.households().save(detail(null, grids.get(1).id(), null,
                member("赵桂花", id("19300101", 6), "户主")));
        MergeDialog[] m = new MergeDialog[1];
        robot.interact(() -> {
            m[0] = new MergeDialog(services, services.households().load(widow), "赵桂花", stage);
            m[0].dialog.show();
        });
        boolean[] saved = new boolean[1];
        robot.interact(() -> saved[0] = m[0].submit());
        assertFalse(saved[0]);
        assertEquals("请在列表中选择要并入的农户。", m[0].problem.getText());
        robot.interact(() -> m[0].find().setText("张三明"));
        assertEquals(1, m[0].found().getItems().size(), "found by the head's name");
        robot.interact(() -> {
            m[0].found().getSelectionModel().select(0);
            m[0].date.setText("2026-08-10");
        });
        Screenshots.take(m[0].dialog.getDialogPane().getScene(), "merge-dialog");
        robot.interact(() -> saved[0] = m[0].submit());
        assertTrue(saved[0], m[0].problem.getText());
        robot.interact(() -> m[0].dialog.close());
        assertEquals(5, zhang().members().size());

        GridMoveDialog[] g = new GridMoveDialog[1];
        HouseholdDrafts.Choices choices = new HouseholdDrafts.Choices(services.grids().villages(),
                services.township().grids(), java.util.Map.of());
        robot.interact(() -> {
            g[0] = new GridMoveDialog(services, zhang, "张三明", choices.gridLabelOf(grids.get(0).id()), choices.grids, stage);
            g[0].dialog.show();
        });
        assertEquals(2, g[0].grid().getItems().size(), "the other two grids");
        robot.interact(() -> {
            g[0].grid().setValue(g[0].grid().getItems().get(1));
            g[0].date.setText("明天");
        });
        robot.interact(() -> saved[0] = g[0].submit());
        assertFalse(saved[0]);
        assertFalse(g[0].problem.getText().isBlank());
        robot.interact(() -> g[0].date.setText("2026-09-01"));
        Screenshots.take(g[0].dialog.getDialogPane().getScene(), "grid-move-dialog");
        robot.interact(() -> saved[0] = g[0].submit());
        assertTrue(saved[0], g[0].problem.getText());
        robot.interact(() -> g[0].dialog.close());
        assertEquals(grids.get(2).id(), zhang().household().gridId());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
