package cn.gridledger.ui.household;

import cn.gridledger.testing.Screenshots;
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

    /**
     * A day inside a submitted quarter: the service refuses without a reason, the dialog asks for one
     * (LateEditReasonDialog); going back saves nothing and says so, a reason saves the move.
     */
    @Test
    void aMoveInsideASubmittedQuarterAsksTheReason(FxRobot robot) throws Exception {
        cn.gridledger.testing.SubmittedLedger.submit(services, dir, new cn.gridledger.model.Quarter(2026, 3),
                cn.gridledger.logic.report.ReportKind.GRID_SUMMARY);
        GridMoveDialog[] g = new GridMoveDialog[1];
        HouseholdDrafts.Choices choices = new HouseholdDrafts.Choices(services.grids().villages(),
                services.township().grids(), java.util.Map.of());
        robot.interact(() -> {
            g[0] = new GridMoveDialog(services, zhang, "张三明", choices.gridLabelOf(grids.get(0).id()), choices.grids, stage);
            g[0].dialog.show();
            g[0].grid().setValue(g[0].grid().getItems().get(1));
            g[0].date.setText("2026-08-10");
        });
        boolean[] saved = new boolean[1];

        // the reason dialog waits for the user: submit from the event queue, not inside interact
        javafx.application.Platform.runLater(() -> saved[0] = g[0].submit());
        javafx.scene.control.DialogPane asked = reasonDialog();
        String facts = ((javafx.scene.control.Label) asked.lookup("#late-edit-facts")).getText();
        assertTrue(facts.contains("张三明户 迁往其他网格 2026.08.10（2026年第3季度）"), facts);
        Screenshots.take(asked.getScene(), "late-edit-reason");
        javafx.scene.control.Button ok = (javafx.scene.control.Button) asked.lookupButton(cn.gridledger.ui.common.Dialogs.OK);
        assertTrue(ok.isDisabled(), "no reason yet");
        robot.interact(() -> ((javafx.scene.control.Button) asked.lookupButton(cn.gridledger.ui.common.Dialogs.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(saved[0]);
        assertEquals("涉及已报送季度的修改需要填写原因，本次没有保存。", g[0].problem.getText());
        assertEquals(grids.get(0).id(), zhang().household().gridId());

        javafx.application.Platform.runLater(() -> saved[0] = g[0].submit());
        javafx.scene.control.DialogPane again = reasonDialog();
        robot.interact(() -> {
            ((javafx.scene.control.TextField) again.lookup("#late-edit-reason")).setText("搬迁核实后补录");
            ((javafx.scene.control.Button) again.lookupButton(cn.gridledger.ui.common.Dialogs.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(saved[0], g[0].problem.getText());
        robot.interact(() -> g[0].dialog.close());
        assertEquals(grids.get(2).id(), zhang().household().gridId());
        assertEquals(List.of("搬迁核实后补录"), services.submissions().lateEdits().stream()
                .map(cn.gridledger.model.LateEdit::reason).toList());
    }

    /** The late-edit reason dialog once it is showing (up to 5 s). */
    private static javafx.scene.control.DialogPane reasonDialog() throws Exception {
        javafx.scene.control.DialogPane[] found = new javafx.scene.control.DialogPane[1];
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            found[0] = javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().lookup("#late-edit-reason") != null)
                    .map(w -> (javafx.scene.control.DialogPane) w.getScene().getRoot()).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** The form's grid field is a dated change: the status dialog lists it with the grids' names. */
    @Test
    void aGridChangedInTheFormIsAskedItsDay(FxRobot robot) throws Exception {
        cn.gridledger.model.Household h = zhang().household();
        cn.gridledger.model.Household moved = new cn.gridledger.model.Household(h.id(), h.hhNumber(), grids.get(2).id(),
                h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), "脱贫户", h.dibao(),
                h.tekun(), h.housingStatus(), h.toiletStatus(), h.notes(), h.since());
        HouseholdDrafts.Choices choices = new HouseholdDrafts.Choices(services.grids().villages(),
                services.township().grids(), java.util.Map.of());
        List<String> changes = StatusChangeDialog.changes(h, moved, choices::gridLabelOf);
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.get(0).startsWith("所属网格：") && changes.get(0).contains(choices.gridLabelOf(grids.get(2).id())),
                changes.toString());
        javafx.application.Platform.runLater(() -> new StatusChangeDialog(changes, h.since(), stage).ask());
        javafx.scene.control.DialogPane[] pane = new javafx.scene.control.DialogPane[1];
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            pane[0] = javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("statusChangeDialog"))
                    .map(w -> (javafx.scene.control.DialogPane) w.getScene().getRoot()).findFirst().orElse(null);
            return pane[0] != null;
        });
        assertTrue(pane[0].getHeaderText().contains("所属网格"), pane[0].getHeaderText());
        Screenshots.take(pane[0].getScene(), "status-change-grid");
        robot.interact(() -> pane[0].getScene().getWindow().hide());
    }
}
