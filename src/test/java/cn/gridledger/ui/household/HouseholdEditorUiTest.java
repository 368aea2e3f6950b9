package cn.gridledger.ui.household;

import cn.gridledger.testing.Screenshots;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
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

import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The household form driven by the keyboard only, headless. */
@ExtendWith(ApplicationExtension.class)
class HouseholdEditorUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("editor-" + System.nanoTime() + ".db"));
        HouseholdFixtures.township(services);
        GridLedgerApp.showFor(stage, services);
        stage.setWidth(1366);
        stage.setHeight(768);
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

    private void openEditor(FxRobot robot) throws Exception {
        robot.clickOn("#nav-households");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.search().isLoaded());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#household-editor").tryQuery().isPresent());
        // Monocle does not move window focus to a new stage by itself; a desktop does.
        Window editor = robot.lookup("#household-editor").query().getScene().getWindow();
        robot.targetWindow(editor);
        robot.interact(editor::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+M, then relation, name and ID number separated by Tab. */
    private static void typeMember(FxRobot robot, String relation, String name, String idNumber) {
        key(robot, KeyCode.CONTROL, KeyCode.M);
        robot.write(relation);
        key(robot, KeyCode.TAB);
        robot.write(name);
        key(robot, KeyCode.TAB);
        robot.write(idNumber);
        key(robot, KeyCode.TAB);
    }

    @Test
    void createsAHouseholdWithThreeMembersThroughTheKeyboard(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.write("一组网格");
        key(robot, KeyCode.TAB);
        robot.write("130102100201000300");
        typeMember(robot, "户主", "张大山", id("19750203", 11));
        typeMember(robot, "配偶", "王桂兰", id("19770405", 22));
        typeMember(robot, "子", "张小虎", id("20050607", 33));
        Screenshots.take(robot.lookup("#household-editor").query().getScene(), "editor");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#household-editor").tryQuery().isEmpty());

        List<HouseholdRow> found = services.search().search("zds", HouseholdFilter.all());
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).memberCount());
        HouseholdDetail saved = services.households().load(found.get(0).id());
        assertEquals(List.of("户主", "配偶", "之子"), saved.members().stream().map(m -> m.relation()).toList());
        assertEquals("女", saved.members().get(1).person().gender(), "gender comes from the ID number");
        assertEquals("2005-06-07", saved.members().get(2).person().birthDate().toIso());
        assertEquals("130102100201000300", saved.household().hhNumber());
        assertEquals(1, table(robot).getItems().size());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFirstMemberIsTheHeadInitialsPickAChoiceTheCountFollowsFixesAndTheSavedHouseholdIsShown(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-households");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.search().isLoaded());
        robot.interact(() -> robot.lookup("#household-search").queryAs(javafx.scene.control.TextField.class)
                .setText("没有这个人"));
        openEditor(robot);
        robot.write("一组网格");
        key(robot, KeyCode.CONTROL, KeyCode.M);
        javafx.scene.control.ComboBox<String> relation =
                robot.lookup("#member-relation").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("户主", relation.getValue(), "the first member is preset to 户主");
        key(robot, KeyCode.TAB);
        robot.write("李春生");
        key(robot, KeyCode.TAB);
        robot.write(id("19700101", 5));
        key(robot, KeyCode.TAB);

        key(robot, KeyCode.CONTROL, KeyCode.M);
        assertEquals("", relation.getValue() == null ? "" : relation.getValue(), "only the first one is the head");
        robot.write("zz");
        key(robot, KeyCode.TAB);
        assertEquals("之子", relation.getValue(), "pinyin initials zz chose 之子");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        Label summary = robot.lookup("#hh-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("还有 1 处需要修改"), summary.getText() + " (the son has no name yet)");
        robot.interact(() -> robot.lookup("#member-name").queryAs(javafx.scene.control.TextField.class).setText("李小军"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", summary.getText(), "the message goes once the field is fixed");

        key(robot, KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#household-editor").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#household-search").queryAs(javafx.scene.control.TextField.class).getText(),
                "the search that would hide the new household was cleared");
        HouseholdRow selected = table(robot).getSelectionModel().getSelectedItem();
        assertEquals("李春生", selected.headName());
        assertEquals("已保存农户：李春生", robot.lookup("#household-saved").queryAs(Label.class).getText());
    }

    @Test
    void anInvalidIdNumberIsRejectedWithItsMessageAndLeavingAsks(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.write("一组网格");
        String good = id("19800312", 1);
        String bad = good.substring(0, 17) + (good.endsWith("0") ? "1" : "0");
        typeMember(robot, "户主", "张三明", bad);
        Label error = robot.lookup((Label l) -> l.getStyleClass().contains("field-error")
                && l.getText().startsWith("身份证号校验位错误")).queryAs(Label.class);
        assertEquals("身份证号校验位错误，应为 " + good.charAt(17), error.getText());

        key(robot, KeyCode.CONTROL, KeyCode.S);
        String summary = robot.lookup("#hh-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("还有 1 处需要修改"), summary);
        assertTrue(robot.lookup("#household-editor").tryQuery().isPresent(), "nothing saved, the form stays");
        assertEquals(0, services.search().size());

        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#household-editor").tryQuery().isPresent(), "leaving asks first");
        Node discard = robot.lookup(".dialog-pane").query();
        assertTrue(((javafx.scene.control.DialogPane) discard).getHeaderText().contains("放弃未保存的修改"));
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#household-editor").tryQuery().isEmpty());
        assertFalse(Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#household-editor") != null));
    }

    @Test
    void aGenderThatDisagreesWithTheIdIsAWarningAndStillSaves(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.write("一组网格");
        String man = id("19800312", 1); // odd 17th digit: the ID says 男
        typeMember(robot, "户主", "李四海", man);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("女");
        key(robot, KeyCode.TAB);
        Label warning = robot.lookup((Label l) -> l.getStyleClass().contains("field-error")
                && l.getText().startsWith("提醒：")).queryAs(Label.class);
        assertTrue(warning.getText().contains("与身份证号不一致"), warning.getText());
        assertTrue(warning.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("warning")));
        Screenshots.take(warning.getScene(), "editor-id-warning");

        key(robot, KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#household-editor").tryQuery().isEmpty());
        List<HouseholdRow> found = services.search().search("lsh", HouseholdFilter.all());
        assertEquals(1, found.size(), "a warning does not stop saving");
        assertEquals("女", services.households().load(found.get(0).id()).members().get(0).person().gender(),
                "what the worker typed is kept");
    }

    /** Messages appearing under the fields (a refused save) leave every field where it was. */
    @Test
    void fieldsStayInPlaceWhenValidationMessagesAppear(FxRobot robot) throws Exception {
        openEditor(robot);
        Node root = robot.lookup("#household-editor").query();
        try {
            java.util.Map<String, javafx.geometry.Bounds> before = fieldPositions(root);
            assertTrue(before.size() > 20, "the household and member fields: " + before.keySet());
            assertTrue(messages(root).isEmpty(), "no message yet: " + messages(root));

            robot.interact(() -> editorOf(root).save());
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(messages(root).isEmpty(), "the refused save shows messages under the fields");
            java.util.Map<String, javafx.geometry.Bounds> after = fieldPositions(root);
            List<String> moved = before.keySet().stream().filter(k -> !near(before.get(k), after.get(k)))
                    .map(k -> k + " " + before.get(k) + " → " + after.get(k)).toList();
            assertEquals(List.of(), moved, String.join("\n", moved));
        } finally {
            robot.interact(() -> root.getScene().getWindow().hide());
        }
    }

    @Test
    void aSavedMemberLeavesWithAReasonAndADay(FxRobot robot) throws Exception {
        List<cn.gridledger.model.Grid> grids = services.township().grids();
        String hh = services.households().save(HouseholdFixtures.detail("130102100201000100", grids.get(0).id(), null,
                HouseholdFixtures.member("张三明", id("19500312", 1), "户主"),
                HouseholdFixtures.member("李秀英", id("19520506", 2), "配偶"),
                HouseholdFixtures.member("张小明", id("19800101", 3), "之子")));
        HouseholdEditor[] editor = {openOn(robot, hh)};
        Window window = editor[0].stage();
        @SuppressWarnings("unchecked")
        TableView<Draft> members = (TableView<Draft>) window.getScene().lookup("#member-table");
        try {
            // 取消: the member stays
            robot.interact(() -> members.getSelectionModel().select(1));
            javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) window.getScene().lookup("#member-remove")).fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#departureDialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#departureDialog").queryAs(javafx.scene.control.DialogPane.class);
            robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(3, members.getItems().size());

            // a day in the future is refused in the dialog; then 死亡 on 3 August
            robot.interact(() -> members.getSelectionModel().select(1));
            javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) window.getScene().lookup("#member-remove")).fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#departureDialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane again = robot.lookup("#departureDialog").queryAs(javafx.scene.control.DialogPane.class);
            javafx.scene.control.Button ok = (javafx.scene.control.Button) again.lookupButton(again.getButtonTypes().get(0));
            robot.interact(() -> {
                ((javafx.scene.control.TextField) again.lookup("#changeDate")).setText(java.time.LocalDate.now().plusDays(2).toString());
                ok.fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(((Label) again.lookup("#changeProblem")).getText().contains("不能晚于今天"));
            assertTrue(again.getScene().getWindow().isShowing());
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> reason = (javafx.scene.control.ComboBox<String>) again.lookup("#changeReason");
                reason.setValue("死亡");
                ((javafx.scene.control.TextField) again.lookup("#changeDate")).setText("2026.8.3");
                ((javafx.scene.control.TextField) again.lookup("#changeNote")).setText("病故");
                ok.fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2, members.getItems().size());
            robot.interact(() -> editor[0].save());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(hh, editor[0].savedId());
            assertEquals(List.of("张三明", "张小明"), services.households().load(hh).members().stream()
                    .map(m -> m.person().name()).toList());
            assertTrue(services.audit().history(cn.gridledger.logic.service.HouseholdService.AUDIT_ENTITY, hh).stream()
                    .anyMatch(e -> e.summary().contains("李秀英 死亡 2026-08-03")));
        } finally {
            robot.interact(() -> {
                if (window.isShowing()) {
                    ((javafx.stage.Stage) window).close();
                }
            });
        }
    }

    @Test
    void aMemberAddedToASavedHouseholdIsAskedHowAndWhenTheyJoined(FxRobot robot) throws Exception {
        List<cn.gridledger.model.Grid> grids = services.township().grids();
        String hh = services.households().save(HouseholdFixtures.detail("130102100201000101", grids.get(0).id(), null,
                HouseholdFixtures.member("王大山", id("19700312", 1), "户主")));
        HouseholdEditor[] editor = {openOn(robot, hh)};
        Window window = editor[0].stage();
        try {
            robot.interact(() -> {
                ((javafx.scene.control.Button) window.getScene().lookup("#member-add")).fire();
                ((javafx.scene.control.TextField) window.getScene().lookup("#member-name")).setText("刘小燕");
                ((javafx.scene.control.TextField) window.getScene().lookup("#member-idNumber")).setText(id("19950506", 2));
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> relation =
                        (javafx.scene.control.ComboBox<String>) window.getScene().lookup("#member-relation");
                relation.setValue("之儿媳");
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.application.Platform.runLater(editor[0]::save);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#arrivalDialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#arrivalDialog").queryAs(javafx.scene.control.DialogPane.class);
            assertTrue(pane.getHeaderText().contains("刘小燕"), pane.getHeaderText());
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> reason = (javafx.scene.control.ComboBox<String>) pane.lookup("#changeReason");
                reason.setValue("迁入");
                ((javafx.scene.control.TextField) pane.lookup("#changeDate")).setText("2026-10-20");
                ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(hh, editor[0].savedId());
            var joined = services.households().load(hh).members().stream()
                    .filter(m -> m.person().name().equals("刘小燕")).findFirst().orElseThrow();
            assertEquals(cn.gridledger.model.FuzzyDate.of(2026, 10, 20), joined.since());
        } finally {
            robot.interact(() -> {
                if (window.isShowing()) {
                    ((javafx.stage.Stage) window).close();
                }
            });
        }
    }

    /** A save refused by the household rules after the 入户 question: the next save does not ask it again. */
    @Test
    void aRefusedSaveDoesNotAskTheArrivalAgain(FxRobot robot) throws Exception {
        List<cn.gridledger.model.Grid> grids = services.township().grids();
        String hh = services.households().save(HouseholdFixtures.detail("130102100201000102", grids.get(0).id(), null,
                HouseholdFixtures.member("王大山", id("19700312", 1), "户主")));
        HouseholdEditor[] editor = {openOn(robot, hh)};
        Window window = editor[0].stage();
        @SuppressWarnings("unchecked")
        java.util.function.Supplier<javafx.scene.control.ComboBox<String>> relation = () ->
                (javafx.scene.control.ComboBox<String>) window.getScene().lookup("#member-relation");
        try {
            robot.interact(() -> {
                ((javafx.scene.control.Button) window.getScene().lookup("#member-add")).fire();
                ((javafx.scene.control.TextField) window.getScene().lookup("#member-name")).setText("刘小燕");
                ((javafx.scene.control.TextField) window.getScene().lookup("#member-idNumber")).setText(id("19950506", 2));
                relation.get().setValue("户主"); // a second head: the household rules refuse the save
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.application.Platform.runLater(editor[0]::save);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#arrivalDialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#arrivalDialog").queryAs(javafx.scene.control.DialogPane.class);
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> reason = (javafx.scene.control.ComboBox<String>) pane.lookup("#changeReason");
                reason.setValue("迁入");
                ((javafx.scene.control.TextField) pane.lookup("#changeDate")).setText("2026-10-20");
                ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(null, editor[0].savedId(), "two heads: refused");

            robot.interact(() -> relation.get().setValue("之儿媳"));
            javafx.application.Platform.runLater(editor[0]::save);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(robot.lookup("#arrivalDialog").tryQuery().isPresent(), "not asked a second time");
            assertEquals(hh, editor[0].savedId());
            var joined = services.households().load(hh).members().stream()
                    .filter(m -> m.person().name().equals("刘小燕")).findFirst().orElseThrow();
            assertEquals(cn.gridledger.model.FuzzyDate.of(2026, 10, 20), joined.since());
        } finally {
            robot.interact(() -> {
                if (window.isShowing()) {
                    ((javafx.stage.Stage) window).close();
                }
            });
        }
    }

    @Test
    void aChangedDibaoIsAskedFromWhichDayItHolds(FxRobot robot) throws Exception {
        List<cn.gridledger.model.Grid> grids = services.township().grids();
        String hh = services.households().save(HouseholdFixtures.detail("130102100201000102", grids.get(0).id(), null,
                HouseholdFixtures.member("李大河", id("19690312", 1), "户主")));
        HouseholdEditor[] editor = {openOn(robot, hh)};
        Window window = editor[0].stage();
        try {
            robot.interact(() -> ((javafx.scene.control.CheckBox) window.getScene().lookup("#hh-dibao")).setSelected(true));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.application.Platform.runLater(editor[0]::save);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusChangeDialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#statusChangeDialog").queryAs(javafx.scene.control.DialogPane.class);
            assertTrue(pane.getHeaderText().contains("低保：否 → 是"), pane.getHeaderText());
            javafx.scene.control.TextField date = (javafx.scene.control.TextField) pane.lookup("#statusDate");
            assertEquals(java.time.LocalDate.now().toString(), date.getText(), "today unless told otherwise");
            robot.interact(() -> {
                date.setText(java.time.LocalDate.now().plusDays(3).toString());
                ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String problem = ((Label) pane.lookup("#statusProblem")).getText();
            assertTrue(problem.startsWith("生效日期不能晚于今天"), problem);
            assertEquals(null, editor[0].savedId(), "a refused day saves nothing");
            robot.interact(() -> {
                date.setText("2026-10-15");
                ((javafx.scene.control.TextField) pane.lookup("#statusNote")).setText("民政审批");
                ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(hh, editor[0].savedId());
            assertTrue(services.households().load(hh).household().dibao());
            assertTrue(services.audit().history(cn.gridledger.logic.service.HouseholdService.AUDIT_ENTITY, hh).stream()
                    .anyMatch(e -> e.summary().contains("低保 否→是 自 2026-10-15：民政审批")));
        } finally {
            robot.interact(() -> {
                if (window.isShowing()) {
                    ((javafx.stage.Stage) window).close();
                }
            });
        }
    }

    @Test
    void savingWithoutAStatusChangeAsksNoDay(FxRobot robot) throws Exception {
        List<cn.gridledger.model.Grid> grids = services.township().grids();
        String hh = services.households().save(HouseholdFixtures.detail("130102100201000103", grids.get(0).id(), null,
                HouseholdFixtures.member("赵小河", id("19710312", 1), "户主")));
        HouseholdEditor[] editor = {openOn(robot, hh)};
        Window window = editor[0].stage();
        try {
            robot.interact(() -> ((javafx.scene.control.TextField) window.getScene().lookup("#hh-address")).setText("新地址"));
            // run later, not in interact: a wrongly shown dialog would wait there for ever
            javafx.application.Platform.runLater(editor[0]::save);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor[0].savedId() != null
                    || robot.lookup("#statusChangeDialog").tryQuery().isPresent());
            assertFalse(robot.lookup("#statusChangeDialog").tryQuery().isPresent());
            assertEquals(hh, editor[0].savedId());
            assertEquals("新地址", services.households().load(hh).household().address());
        } finally {
            robot.interact(() -> {
                if (window.isShowing()) {
                    ((javafx.stage.Stage) window).close();
                }
            });
        }
    }

    /** The form of a saved household, shown and focused. */
    private HouseholdEditor openOn(FxRobot robot, String householdId) {
        HouseholdEditor[] editor = new HouseholdEditor[1];
        robot.interact(() -> {
            editor[0] = new HouseholdEditor(services, householdId, null);
            editor[0].show(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(editor[0].stage());
        return editor[0];
    }

    private static HouseholdEditor editorOf(Node root) {
        return (HouseholdEditor) root.getScene().getWindow().getProperties().get(HouseholdEditor.class);
    }

    /** Each form field's bounds in the scene, less the scroll position of the form (focusing may scroll it). */
    private static java.util.Map<String, javafx.geometry.Bounds> fieldPositions(Node root) {
        java.util.Map<String, javafx.geometry.Bounds> out = new java.util.TreeMap<>();
        for (Node n : root.lookupAll(".draft-form")) {
            Node content = n;
            while (content.getParent() != null && !(content.getParent().getParent() instanceof javafx.scene.control.ScrollPane)
                    && content.getParent() != root) {
                content = content.getParent();
            }
            javafx.geometry.Point2D origin = content.localToScene(0, 0);
            for (Node c : ((javafx.scene.Parent) n).getChildrenUnmodifiable()) {
                for (Node f : c instanceof javafx.scene.Parent p ? p.getChildrenUnmodifiable() : List.<Node>of(c)) {
                    if (f.getId() != null && f.isVisible()) {
                        javafx.geometry.Bounds b = f.localToScene(f.getLayoutBounds());
                        out.put(f.getId(), new javafx.geometry.BoundingBox(b.getMinX() - origin.getX(),
                                b.getMinY() - origin.getY(), b.getWidth(), b.getHeight()));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> messages(Node root) {
        return root.lookupAll(".field-error").stream().filter(n -> n instanceof Label l && !l.getText().isEmpty()
                && n.getStyleClass().contains("field-error") && n.getParent() instanceof javafx.scene.layout.VBox)
                .map(n -> ((Label) n).getText()).toList();
    }

    private static boolean near(javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
        return b != null && Math.abs(a.getMinX() - b.getMinX()) < 0.5 && Math.abs(a.getMinY() - b.getMinY()) < 0.5
                && Math.abs(a.getWidth() - b.getWidth()) < 0.5 && Math.abs(a.getHeight() - b.getHeight()) < 0.5;
    }
}
