package cn.gridledger.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** First run, after the township: the administrator's account. */
@ExtendWith(ApplicationExtension.class)
class FirstAdministratorUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private boolean done;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("admin-" + System.nanoTime() + ".db"));
        services.accounts().logout();
        new LoginView(services, () -> done = true).show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void createsTheAdministratorAfterCheckingThePasswordTwice(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#adminUser").queryAs(TextField.class).setText("zhangmin");
            robot.lookup("#adminName").queryAs(TextField.class).setText("张敏");
            robot.lookup("#adminPassword").queryAs(PasswordField.class).setText("secret-123");
            robot.lookup("#adminPassword2").queryAs(PasswordField.class).setText("secret-124");
        });
        robot.clickOn("#adminCreate");
        assertEquals("两次输入的密码不一致。", robot.lookup("#adminMessage").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#adminPassword2").queryAs(PasswordField.class).setText("secret-123"));
        robot.clickOn("#adminCreate");
        assertTrue(done);
        assertEquals("张敏（管理员）", services.session().current().headerText());
    }
}
