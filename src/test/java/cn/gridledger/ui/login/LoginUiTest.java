package cn.gridledger.ui.login;

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

import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.shell.MainWindow;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** The login at start: wrong password, lockout, success; the idle lock of the main window. */
@ExtendWith(ApplicationExtension.class)
class LoginUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("login-" + System.nanoTime() + ".db"));
        services.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, "130102100201", "安恕村", "村")));
        services.accounts().createFirstAdministrator("zhangmin", "张敏", "secret-123");
        services.accounts().createAccount("wangfang", "王芳", Role.READ_ONLY, java.util.Set.of(), "wang-pass");
        services.accounts().logout();
        new LoginView(services, () -> {
            window = new MainWindow(services);
            window.show(stage);
        }).show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void attempt(FxRobot robot, String user, String password) {
        robot.interact(() -> {
            robot.lookup("#loginUser").queryAs(TextField.class).setText(user);
            robot.lookup("#loginPassword").queryAs(PasswordField.class).setText(password);
        });
        robot.clickOn("#loginButton");
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#loginMessage").queryAs(Label.class).getText();
    }

    @Test
    void aWrongPasswordSaysSoAndTheRightOneOpensTheWindowWithTheUserInTheHeader(FxRobot robot) {
        attempt(robot, "zhangmin", "wrong-one");
        assertEquals("用户名或密码不正确。", message(robot));
        assertEquals("", robot.lookup("#loginPassword").queryAs(PasswordField.class).getText(), "the password is cleared");
        assertFalse(services.session().isSignedIn());
        attempt(robot, "zhangmin", "secret-123");
        assertEquals("张敏（管理员）", robot.lookup("#userLabel").queryAs(Label.class).getText());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            attempt(robot, "wangfang", "bad-" + i);
        }
        assertTrue(message(robot).contains("秒后再试"), message(robot));
        attempt(robot, "wangfang", "wang-pass");
        assertTrue(message(robot).contains("秒后再试"), "even the right password waits: " + message(robot));
        assertFalse(services.session().isSignedIn());
    }

    @Test
    void theIdleLockCoversTheWindowUntilThePasswordIsTyped(FxRobot robot) {
        attempt(robot, "zhangmin", "secret-123");
        robot.interact(window::lockNow);
        assertTrue(window.isLocked());
        assertTrue(robot.lookup("#lockCover").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#unlockPassword").queryAs(PasswordField.class).setText("nope"));
        robot.clickOn("#unlockButton");
        assertEquals("密码不正确。", robot.lookup("#unlockMessage").queryAs(Label.class).getText());
        assertTrue(window.isLocked());
        robot.interact(() -> robot.lookup("#unlockPassword").queryAs(PasswordField.class).setText("secret-123"));
        robot.clickOn("#unlockButton");
        assertFalse(window.isLocked());
    }
}
