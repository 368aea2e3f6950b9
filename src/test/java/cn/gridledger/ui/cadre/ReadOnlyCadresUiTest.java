package cn.gridledger.ui.cadre;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService.CadreRow;
import cn.gridledger.ui.GridLedgerApp;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** A 只读 account sees the cadre list with ID numbers and phones masked and cannot add anyone. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyCadresUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("readonly-" + System.nanoTime() + ".db"));
        services.demo().generate(300, 2, Progress.NONE);
        services.session().signIn(new CurrentUser(99, "chakan", "查看员", Role.READ_ONLY, Set.of()));
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void idNumbersAndPhonesAreMaskedAndAddingIsOff(FxRobot robot) {
        robot.clickOn("#nav-cadres");
        TableView<CadreRow> table = robot.lookup("#cadreTable").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().filter(r -> r.idNumber() != null)
                .allMatch(r -> r.idNumber().contains("**********")));
        assertTrue(table.getItems().stream().filter(r -> r.phone() != null).allMatch(r -> r.phone().contains("****")));
        assertTrue(robot.lookup("#cadreAdd").queryAs(Button.class).isDisabled());
        robot.clickOn("#nav-monitoring");
        assertFalse(robot.lookup("#monitoringTable").queryAs(TableView.class).getItems().isEmpty());
    }
}
