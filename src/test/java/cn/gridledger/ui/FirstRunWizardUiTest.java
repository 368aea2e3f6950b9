package cn.gridledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import cn.gridledger.logic.service.AppServices;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** First start on an empty database: the wizard creates the township, then the main window opens. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWizardUiTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("wizard-" + System.nanoTime() + ".db"));
        GridLedgerApp.showFor(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void createsTheTownshipFromTheForm(FxRobot robot) {
        robot.clickOn("#countyCode").write("130102");
        robot.clickOn("#townshipCode").write("130102100");
        robot.interact(() -> {
            robot.lookup("#countyName").queryAs(TextField.class).setText("示例县");
            robot.lookup("#townshipName").queryAs(TextField.class).setText("安恕镇");
            robot.lookup("#villages").queryAs(TextArea.class).setText("130102100201 安恕村\n130102100202　太平村\n");
        });
        robot.clickOn("#create");
        assertTrue(services.township().isSetUp());
        assertEquals(2, services.township().villages().size());
        assertEquals("太平村", services.township().villages().get(1).name());
        assertEquals("安恕镇", robot.lookup(".township").queryAs(Label.class).getText());
    }

    @Test
    void wizardOffersTheDemoTownship(FxRobot robot) {
        assertTrue(robot.lookup("#loadDemo").tryQuery().isPresent());
        assertFalse(services.township().isSetUp());
    }
}
