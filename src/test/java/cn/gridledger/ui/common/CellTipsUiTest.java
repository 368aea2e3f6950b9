package cn.gridledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import cn.gridledger.ui.shell.MainWindow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A table cell whose text does not fit, or is long, shows the whole text as its tooltip. */
@ExtendWith(ApplicationExtension.class)
class CellTipsUiTest {

    private static final String MEASURES = "产业帮扶：发放鸡苗200只并联系合作社保底收购；就业帮扶：推荐到县城物流园做分拣工，"
            + "每月工资约3200元；健康帮扶：慢病签约家庭医生，每季度上门随访一次";

    record Row(String name, String measures, String phone) {
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
            WaitForAsyncUtils.waitForFxEvents();
            services.close();
        }
    }

    @Test
    void aCellWithLongTextHasTheWholeTextAsItsTooltip(FxRobot robot) {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(
                new Row("张三明", MEASURES, "13812345678"), new Row("李四", "送医", "13900001111")));
        TableColumn<Row, String> name = new TableColumn<>("户主");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(120);
        TableColumn<Row, String> measures = new TableColumn<>("帮扶措施");
        measures.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().measures()));
        measures.setPrefWidth(300); // a set width: JavaFX would otherwise widen the column to its text
        TableColumn<Row, String> phone = new TableColumn<>("电话");
        phone.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().phone()));
        phone.setPrefWidth(160);
        phone.setCellFactory(c -> new TableCell<>() { // a column's own cells (masked), as the pages have
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.substring(0, 3) + "****" + item.substring(7));
            }
        });
        table.getColumns().setAll(List.of(name, measures, phone));
        CellTips.install(table);
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(table), 900, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> longCell = cell(table, MEASURES).orElseThrow();
        assertNotNull(longCell.getTooltip(), "a cell whose text is cut off has a tooltip");
        assertEquals(MEASURES, longCell.getTooltip().getText(), "the tooltip holds the whole text");
        assertTrue(CellTips.cut(longCell, MEASURES), "the text does not fit the column");
        assertNull(cell(table, "送医").orElseThrow().getTooltip(), "a short text that fits has none");
        assertNull(cell(table, "张三明").orElseThrow().getTooltip());

        // a narrower column cuts a short text too: it gets the tooltip then
        robot.interact(() -> {
            name.setMinWidth(10);
            name.setPrefWidth(30);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> narrow = cell(table, "张三明").orElseThrow();
        assertNotNull(narrow.getTooltip(), "张三明 in a 30px column is cut off");
        assertEquals("张三明", narrow.getTooltip().getText());
        assertNull(cell(table, "138****5678").orElseThrow().getTooltip(), "the column's own cells are followed too");
    }

    /** The tables with long content (干部, 防返贫监测, 操作日志, 农户) have the tooltips; their long cells show them. */
    @Test
    void theTablesWithLongContentHaveTheTooltips(FxRobot robot) throws Exception {
        services = AppServices.open(dir.resolve("tips-" + System.nanoTime() + ".db"));
        services.demo().generate(200, 1, Progress.NONE);
        MainWindow window = new MainWindow(services);
        robot.interact(() -> window.show(stage));
        List<String> problems = new ArrayList<>();
        String[][] pages = {{"nav.households", "#household-table"}, {"nav.cadres", "#cadreTable"},
            {"nav.monitoring", "#monitoringTable"}, {"nav.settings", "#auditTable"}};
        for (String[] p : pages) {
            robot.interact(() -> window.navigate(p[0]));
            WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = (TableView<?>) stage.getScene().lookup(p[1]);
            assertNotNull(table, p[1]);
            assertTrue(CellTips.installed(table), p[1] + " has the tooltips");
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> c && c.isVisible() && c.getWidth() > 0 && c.getText() != null
                        && !c.getText().isBlank()
                        && (CellTips.longText(c.getText()) || CellTips.cut(c, c.getText()))
                        && (c.getTooltip() == null || !c.getText().equals(c.getTooltip().getText()))) {
                    problems.add(p[1] + ": “" + c.getText() + "” has no tooltip with its text");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static Optional<TableCell<?, ?>> cell(TableView<?> table, String text) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.isVisible() && c.getWidth() > 0 && text.equals(c.getText())).<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).findFirst();
    }
}
