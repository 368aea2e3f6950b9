package cn.gridledger.ui.common;

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
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.GridLedgerApp;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Ctrl+C and 复制选中行 put the selected rows on the clipboard as shown, tab-separated and as an HTML table. */
@ExtendWith(ApplicationExtension.class)
class TableCopyUiTest {

    record Person(String name, String idNumber, int points) {
    }

    @TempDir
    static Path dir;

    private Stage stage;
    private AppServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private TableView<Person> showTable(FxRobot robot) {
        TableView<Person> table = new TableView<>(FXCollections.observableArrayList(
                new Person("张三明", "130102199001011234", 12),
                new Person("李四\t（新）", "13010219850202002X", -3),
                new Person("王五", "130102197003030011", 0)));
        TableColumn<Person, String> name = new TableColumn<>("姓名");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        TableColumn<Person, String> id = new TableColumn<>("身份证号");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().idNumber()));
        id.setCellFactory(c -> new TableCell<>() { // shown masked, as a read-only account sees it
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.substring(0, 4) + "**********" + item.substring(14));
            }
        });
        TableColumn<Person, Integer> points = new TableColumn<>("积分");
        points.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().points()));
        table.getColumns().setAll(List.of(name, id, points));
        TableCopy.install(table);
        robot.interact(() -> {
            stage.setScene(new Scene(table, 600, 300));
            stage.show();
        });
        return table;
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsShownWithTheHeader(FxRobot robot) {
        TableView<Person> table = showTable(robot);
        robot.interact(() -> {
            table.getSelectionModel().select(2);
            table.getSelectionModel().select(0); // selection order does not matter: rows come in table order
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String nl = System.lineSeparator();
        assertEquals("姓名\t身份证号\t积分" + nl
                + "张三明\t1301**********1234\t12" + nl
                + "王五\t1301**********0011\t0" + nl, clipboardText(robot));
        String html = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().getHtml());
        assertTrue(html.contains("<td style=\"mso-number-format:'\\@'\">1301**********1234</td>"), html);
        assertTrue(html.contains("<th style=\"mso-number-format:'\\@'\">姓名</th>"), html);
    }

    @Test
    void theContextMenuCopiesTheSelectionOrTheWholeTable(FxRobot robot) {
        TableView<Person> table = showTable(robot);
        MenuItem selected = item(table, "copySelectedRows");
        MenuItem all = item(table, "copyAllRows");
        assertEquals("复制选中行", selected.getText());
        assertEquals("复制整个表格", all.getText());
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            selected.fire();
        });
        String nl = System.lineSeparator();
        assertEquals("姓名\t身份证号\t积分" + nl + "李四 （新）\t1301**********002X\t-3" + nl, clipboardText(robot),
                "a tab inside a value would shift the columns: it becomes a space");
        robot.interact(all::fire);
        assertEquals(4, clipboardText(robot).split(nl).length);
    }

    /** Every table of every page of the main window has the copy menu (installed by the page). */
    @Test
    void everyTableOfTheMainWindowCanBeCopied(FxRobot robot) {
        services = AppServices.open(dir.resolve("copy-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村")));
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        robot.interact(() -> GridLedgerApp.showFor(stage, services));
        int tables = 0;
        for (String nav : new String[] {"#nav-households", "#nav-cadres", "#nav-points", "#nav-monitoring",
                "#nav-settings"}) {
            robot.clickOn(nav);
            WaitForAsyncUtils.waitForFxEvents();
            for (String tab : nav.equals("#nav-settings") ? new String[] {"#tab-backup", "#tab-accounts", "#tab-audit"}
                    : new String[] {null}) {
                if (tab != null) {
                    robot.clickOn(tab + " .tab-label");
                }
                for (Node n : robot.lookup(".table-view").queryAll()) {
                    if (n.isVisible() && n.getScene() != null) {
                        TableView<?> t = (TableView<?>) n;
                        assertFalse(t.getContextMenu() == null, nav + " " + t.getId() + " has no copy menu");
                        item(t, "copySelectedRows");
                        tables++;
                    }
                }
            }
        }
        assertTrue(tables >= 8, "tables found: " + tables);
    }

    private static MenuItem item(TableView<?> table, String id) {
        return table.getContextMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError(table.getId() + " lacks " + id));
    }

    private static String clipboardText(FxRobot robot) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().getString());
    }
}
