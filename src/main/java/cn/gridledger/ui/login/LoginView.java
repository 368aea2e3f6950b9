package cn.gridledger.ui.login;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AccountService.LoginResult;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.StartupClock;
import cn.gridledger.ui.common.WindowPlacement;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The login form at start, and the first administrator's form on first run. After an administrator
 * has reset the password, the user sets a new one before the main window opens.
 */
public final class LoginView {

    private final AppServices services;
    private final Runnable onSignedIn;

    public LoginView(AppServices services, Runnable onSignedIn) {
        this.services = services;
        this.onSignedIn = onSignedIn;
    }

    /** Login, or creating the administrator when there is no account yet. */
    public void show(Stage stage) {
        stage.setScene(scene(services.accounts().hasAccounts() ? loginForm(stage) : adminForm()));
        stage.setTitle(I18n.t("app.title"));
        WindowPlacement.fitContent(stage, 760, 520);
        stage.show();
        StartupClock.firstWindowShown(stage);
    }

    private Parent loginForm(Stage stage) {
        TextField user = field("loginUser");
        PasswordField password = new PasswordField();
        password.setId("loginPassword");
        Label message = message("loginMessage");
        Button submit = new Button(I18n.t("login.submit"));
        submit.setId("loginButton");
        submit.setDefaultButton(true);
        submit.setOnAction(e -> {
            try {
                LoginResult result = services.accounts().login(user.getText(), password.getText());
                password.clear();
                if (result.mustChangePassword()) {
                    stage.getScene().setRoot(changePasswordForm(password));
                } else {
                    onSignedIn.run();
                }
            } catch (UserFacingException ex) {
                password.clear();
                message.setText(ex.getMessage());
            }
        });
        GridPane grid = grid();
        grid.addRow(0, new Label(I18n.t("login.user")), user);
        grid.addRow(1, new Label(I18n.t("login.password")), password);
        return box("login.title", null, grid, submit, message);
    }

    /** After a reset: the user's own new password; the old (reset) one is still in {@code previous}. */
    private Parent changePasswordForm(PasswordField previousField) {
        PasswordField first = new PasswordField();
        first.setId("newPassword");
        PasswordField second = new PasswordField();
        second.setId("newPassword2");
        Label message = message("changeMessage");
        Button submit = new Button(I18n.t("login.change"));
        submit.setId("changePassword");
        submit.setDefaultButton(true);
        PasswordField old = new PasswordField();
        old.setId("oldPassword");
        submit.setOnAction(e -> {
            if (!first.getText().equals(second.getText())) {
                message.setText(I18n.t("login.mismatch"));
                return;
            }
            try {
                services.accounts().changeOwnPassword(old.getText(), first.getText());
                onSignedIn.run();
            } catch (UserFacingException ex) {
                message.setText(ex.getMessage());
            }
        });
        GridPane grid = grid();
        grid.addRow(0, new Label(I18n.t("settings.oldPassword")), old);
        grid.addRow(1, new Label(I18n.t("login.newPassword")), first);
        grid.addRow(2, new Label(I18n.t("login.newPassword2")), second);
        return box("login.change", "login.mustChange", grid, submit, message);
    }

    private Parent adminForm() {
        TextField user = field("adminUser");
        TextField name = field("adminName");
        PasswordField password = new PasswordField();
        password.setId("adminPassword");
        PasswordField again = new PasswordField();
        again.setId("adminPassword2");
        Label message = message("adminMessage");
        Button create = new Button(I18n.t("admin.create"));
        create.setId("adminCreate");
        create.setDefaultButton(true);
        create.setOnAction(e -> {
            if (!password.getText().equals(again.getText())) {
                message.setText(I18n.t("login.mismatch"));
                return;
            }
            try {
                services.accounts().createFirstAdministrator(user.getText(), name.getText(), password.getText());
                onSignedIn.run();
            } catch (UserFacingException ex) {
                message.setText(ex.getMessage());
            }
        });
        GridPane grid = grid();
        grid.addRow(0, new Label(I18n.t("admin.user")), user);
        grid.addRow(1, new Label(I18n.t("admin.name")), name);
        grid.addRow(2, new Label(I18n.t("admin.password")), password);
        grid.addRow(3, new Label(I18n.t("admin.password2")), again);
        return box("admin.title", "admin.intro", grid, create, message);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(18);
        return f;
    }

    private static Label message(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(WindowPlacement.scaledWidth(520));
        l.setStyle("-fx-text-fill: #b3261e;");
        return l;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setAlignment(Pos.CENTER);
        return grid;
    }

    private static Parent box(String titleKey, String introKey, GridPane grid, Button action, Label message) {
        Label title = new Label(I18n.t(titleKey));
        title.getStyleClass().add("page-title");
        VBox box = new VBox(16, title);
        if (introKey != null) {
            Label intro = new Label(I18n.t(introKey));
            intro.setWrapText(true);
            intro.setMaxWidth(WindowPlacement.scaledWidth(520));
            box.getChildren().add(intro);
        }
        box.getChildren().addAll(grid, action, message);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(32));
        box.getStyleClass().add("login-box");
        return box;
    }

    private static Scene scene(Parent root) {
        Scene scene = new Scene(WindowPlacement.scrolling(root));
        scene.getStylesheets().add(LoginView.class.getResource("/cn/gridledger/ui/gridledger.css").toExternalForm());
        return scene;
    }
}
