package cn.gridledger.ui.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.Styles;
import cn.gridledger.logic.Progress;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.MonitoringService.MonitoringRow;
import cn.gridledger.logic.service.VisitService;
import cn.gridledger.logic.service.VisitService.VisitInput;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitRow;
import cn.gridledger.ui.GridLedgerApp;
import cn.gridledger.ui.household.HouseholdEditor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Changing a visit after it was saved (走访 page and household editor), a refused save shown at its
 * field, what 只读 may do, and naming the responsible cadres (issue #17).
 */
@ExtendWith(ApplicationExtension.class)
class VisitEditingUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = AppServices.open(dir.resolve("visit-edit-" + System.nanoTime() + ".db"));
        services.demo().generate(300, 1, Progress.NONE);
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        GridLedgerApp.showFor(stage, services);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.search().isLoaded());
        services.search().awaitMembers();
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
    }

    private HouseholdRow someHousehold() {
        return services.search().search("", HouseholdFilter.all()).get(0);
    }

    @SuppressWarnings("unchecked")
    private TableView<VisitRow> table(FxRobot robot) {
        return robot.lookup("#visitsTable").queryAs(TableView.class);
    }

    private void select(FxRobot robot, String visitId) {
        TableView<VisitRow> t = table(robot);
        robot.interact(() -> t.getItems().stream().filter(r -> r.id().equals(visitId)).findFirst()
                .ifPresent(r -> t.getSelectionModel().select(r)));
    }

    private long total() {
        return services.visits().list(VisitFilter.ALL, 0, 1).total();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static boolean marked(Node n) {
        return n.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    @Test
    void aVisitIsChangedAndDeletedFromThePage(FxRobot robot) throws Exception {
        HouseholdRow h = someHousehold();
        String id = services.visits().record(new VisitInput(LocalDate.now().toString(), "入户走访", List.of(h.id()),
                List.of("李建国"), "初次走访", false, null, null));
        long before = total();
        robot.clickOn("#nav-visits");
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, id);
        robot.clickOn("#visitEdit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("初次走访", text(robot, "#visitFinding"));
        assertEquals(h.hhNumber(), text(robot, "#visitHousehold"));
        assertTrue(robot.lookup("#visitFormTitle").queryAs(Label.class).getText().startsWith("修改走访记录"));
        robot.interact(() -> robot.lookup("#visitFinding").queryAs(TextField.class).clear());
        robot.clickOn("#visitFinding").write("复访：医疗救助已办好");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("复访：医疗救助已办好", services.visits().one(id).finding());
        assertEquals(before, total(), "a change is not a second visit");
        assertTrue(robot.lookup("#visitsStatus").queryAs(Label.class).getText().startsWith("已保存修改"));
        assertEquals("新增走访（回车保存）", robot.lookup("#visitFormTitle").queryAs(Label.class).getText());
        assertEquals(id, table(robot).getSelectionModel().getSelectedItem().id());
        assertTrue(services.audit().history(VisitService.AUDIT_ENTITY, id).stream()
                .anyMatch(e -> e.action() == AuditAction.UPDATE && e.summary().startsWith("修改走访记录")));

        robot.clickOn("#visitDelete");
        confirm(robot);
        assertEquals(before - 1, total());
        assertTrue(table(robot).getItems().stream().noneMatch(r -> r.id().equals(id)));
        assertTrue(services.audit().history(VisitService.AUDIT_ENTITY, id).stream()
                .anyMatch(e -> e.action() == AuditAction.DELETE));
    }

    @Test
    void aRefusedSaveMarksTheFieldAndSavesNothing(FxRobot robot) {
        HouseholdRow h = someHousehold();
        robot.clickOn("#nav-visits");
        robot.clickOn("#visitHousehold").write(h.hhNumber());
        WaitForAsyncUtils.waitForFxEvents();
        long before = total();
        robot.clickOn("#visitFinding").write("无人在家");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, total());
        assertTrue(robot.lookup("#visitFormMessage").queryAs(Label.class).getText().contains("请填写走访人"));
        TextField visitors = robot.lookup("#visitVisitors").queryAs(TextField.class);
        assertTrue(marked(visitors));
        assertTrue(visitors.isFocused(), "the cursor goes to the field to fix");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog to click away");

        robot.write("王芳");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(marked(visitors), "the mark goes as the field is fixed");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, total());
        assertEquals("", robot.lookup("#visitFormMessage").queryAs(Label.class).getText());
    }

    @Test
    void oneVisitCoversSeveralHouseholdsInTheOrderEntered(FxRobot robot) {
        List<HouseholdRow> all = services.search().search("", HouseholdFilter.all());
        HouseholdRow a = all.get(0);
        HouseholdRow b = all.get(1);
        robot.clickOn("#nav-visits");
        robot.clickOn("#visitHousehold").write(a.hhNumber());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text(robot, "#visitHousehold"), "the box is empty for the next household");
        assertTrue(robot.lookup("#visitOtherHouseholds").queryAs(Label.class).getText().contains(a.headName()));
        robot.write(b.hhNumber());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#visitType");
        robot.clickOn("政策宣传");
        robot.clickOn("#visitVisitors").write("王芳");
        robot.clickOn("#visitFinding").write("宣传医保缴费");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        VisitRow row = table(robot).getSelectionModel().getSelectedItem();
        assertEquals(2, row.householdCount(), row.toString());
        assertEquals(List.of(a.id(), b.id()), services.visits().one(row.id()).households());
        assertEquals("", robot.lookup("#visitOtherHouseholds").queryAs(Label.class).getText());

        // changing it keeps both, in the same order
        robot.clickOn("#visitEdit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(b.hhNumber(), text(robot, "#visitHousehold"));
        assertTrue(robot.lookup("#visitOtherHouseholds").queryAs(Label.class).getText().contains(a.headName()));
        robot.clickOn("#visitFinding").write("，已缴");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(a.id(), b.id()), services.visits().one(row.id()).households());
        assertEquals("宣传医保缴费，已缴", services.visits().one(row.id()).finding());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theHouseholdEditorListsAddsAndChangesItsVisits(FxRobot robot) throws Exception {
        HouseholdRow h = someHousehold();
        int before = services.visits().ofHousehold(h.id()).size();
        robot.interact(() -> new HouseholdEditor(services, h.id(), null).show(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#household-editor").tryQuery().isPresent());
        Node root = robot.lookup("#household-editor").query();
        Window editor = root.getScene().getWindow();
        try {
            TabPane tabs = robot.from(root).lookup(".tab-pane").queryAs(TabPane.class);
            robot.interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("走访记录")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t)));
            WaitForAsyncUtils.waitForFxEvents();
            TableView<VisitRow> list = robot.from(root).lookup("#householdVisits").queryAs(TableView.class);
            assertEquals(before, list.getItems().size());

            robot.clickOn("#householdVisitAdd");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visitDialog").tryQuery().isPresent());
            Window dialog = robot.lookup("#visitDialog").query().getScene().getWindow();
            robot.targetWindow(dialog);
            robot.interact(dialog::requestFocus);
            // Enter without a visitor: the dialog stays, the field is marked
            robot.clickOn(robot.from(robot.lookup("#visitDialog").<Node>query()).lookup("#visitFinding").queryAs(TextField.class))
                    .write("宣传医保缴费");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(dialog.isShowing());
            TextField visitors = robot.from(robot.lookup("#visitDialog").<Node>query()).lookup("#visitVisitors").queryAs(TextField.class);
            assertTrue(marked(visitors));
            robot.interact(() -> visitors.setText("李建国、王芳"));
            robot.clickOn(visitors);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(dialog.isShowing());
            assertEquals(before + 1, list.getItems().size());
            VisitRow added = list.getItems().get(0);
            assertEquals("宣传医保缴费", added.finding());
            assertEquals("李建国、王芳", added.visitors());
            assertEquals(before + 1, services.visits().ofHousehold(h.id()).size());

            // 修改 the selected one: the dialog opens with its values
            robot.targetWindow(editor);
            robot.interact(() -> list.getSelectionModel().select(added));
            robot.clickOn("#householdVisitEdit");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visitDialog").tryQuery().isPresent());
            Node pane = robot.lookup("#visitDialog").query();
            TextField finding = robot.from(pane).lookup("#visitFinding").queryAs(TextField.class);
            assertEquals("宣传医保缴费", finding.getText());
            robot.interact(() -> {
                finding.setText("宣传医保缴费，已缴");
                ((Button) ((DialogPane) pane).lookupButton(((DialogPane) pane).getButtonTypes().get(0))).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("宣传医保缴费，已缴", services.visits().one(added.id()).finding());
            assertEquals(before + 1, list.getItems().size());
        } finally {
            robot.interact(editor::hide);
        }
    }

    @Test
    void readOnlySeesVisitsMaskedAndCannotChangeThem(FxRobot robot) {
        HouseholdRow h = someHousehold();
        String id = services.visits().record(new VisitInput(LocalDate.now().toString(), "民事代办", List.of(h.id()),
                List.of("王芳"), "代办身份证 110101199003071234，电话 13912345678", true, "取证", LocalDate.now().toString()));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            services.session().signIn(new CurrentUser(97, "chakan", "查看", Role.READ_ONLY, Set.of()));
            GridLedgerApp.showFor(stage, services);
        });
        robot.clickOn("#nav-visits");
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, id);
        VisitRow row = table(robot).getSelectionModel().getSelectedItem();
        assertEquals(id, row.id());
        assertFalse(row.finding().contains("110101199003071234"), row.finding());
        assertFalse(row.finding().contains("13912345678"), row.finding());
        for (String button : List.of("#visitEdit", "#visitDelete", "#visitClose")) {
            assertTrue(robot.lookup(button).queryAs(Button.class).isDisabled(), button);
        }
    }

    @Test
    void theResponsibleCadreIsNamedInTheFollowUpDialog(FxRobot robot) throws Exception {
        var cadre = uniqueCadre(0);
        robot.clickOn("#nav-monitoring");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<MonitoringRow> rows = robot.lookup("#monitoringTable").queryAs(TableView.class);
        assertFalse(rows.getItems().isEmpty());
        MonitoringRow first = rows.getItems().get(0);
        robot.interact(() -> rows.getSelectionModel().select(first));
        robot.clickOn("#monitoringFollowUp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#followUpDialog").tryQuery().isPresent());
        Node pane = robot.lookup("#followUpDialog").query();
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.from(pane).lookup("#followUpResponsible").queryAs(ComboBox.class);
        robot.interact(() -> {
            picker.getEditor().setText(cadre.name());
            robot.from(pane).lookup("#followUpSave").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        MonitoringRow after = rows.getItems().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow();
        assertEquals(cadre.personId(), after.responsibleId());
        assertEquals(cadre.name(), after.responsibleName());
        assertTrue(services.visits().monitoredHouseholds(cn.gridledger.model.Quarter.of(LocalDate.now())).stream()
                .filter(m -> m.monitoringId() == first.id()).allMatch(m -> cadre.name().equals(m.cadreName())));
    }

    @Test
    void theGridSettingsNameItsMonitor(FxRobot robot) throws Exception {
        var grid = services.visits().gridMonitors().get(0);
        var cadre = uniqueCadre(1);
        robot.clickOn("#nav-households");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((javafx.scene.control.TreeCell<?> c) -> c.getText() != null && c.getText().contains(grid.grid()));
        robot.clickOn("#grid-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#grid-monitor").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#grid-monitor").queryAs(ComboBox.class);
        assertFalse(picker.isDisabled());
        robot.interact(() -> {
            picker.getEditor().setText(cadre.name());
            robot.lookup("#grid-monitor-save").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cadre.name(), services.visits().gridMonitors().stream().filter(g -> g.gridId() == grid.gridId())
                .findFirst().orElseThrow().cadreName());
        robot.clickOn("关闭");
    }

    /** The n-th cadre whose name no other cadre has (so that typing the name picks that one). */
    private cn.gridledger.model.VisitResponsibility.CadreChoice uniqueCadre(int n) {
        var all = services.visits().cadres();
        return all.stream().filter(c -> all.stream().filter(o -> o.name().startsWith(c.name())).count() == 1)
                .skip(n).findFirst().orElseThrow();
    }

    private static void confirm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(((Button) pane.lookupButton(cn.gridledger.ui.common.Dialogs.OK))::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
