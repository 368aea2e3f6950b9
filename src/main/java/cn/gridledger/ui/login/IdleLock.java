package cn.gridledger.ui.login;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Locks the window after the configured minutes without keyboard or mouse: an opaque cover over the
 * page asks for the signed-in user's password (or lets another user sign in).
 */
public final class IdleLock {

    private final AppServices services;
    private final StackPane host;
    private final Runnable onSwitchUser;
    private final PauseTransition timer = new PauseTransition();
    private VBox cover;

    /** {@code host} is the window's top-level stack; the cover is added on top of it. */
    public IdleLock(AppServices services, StackPane host, Runnable onSwitchUser) {
        this.services = services;
        this.host = host;
        this.onSwitchUser = onSwitchUser;
    }

    /** Starts watching the scene's input. */
    public void install(Scene scene) {
        timer.setDuration(Duration.minutes(services.accounts().idleLockMinutes()));
        timer.setOnFinished(e -> lockNow());
        scene.addEventFilter(KeyEvent.ANY, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        timer.playFromStart();
    }

    private void activity(Event e) {
        if (!isLocked()) {
            timer.playFromStart();
        }
    }

    public boolean isLocked() {
        return cover != null;
    }

    public void lockNow() {
        if (isLocked()) {
            return;
        }
        timer.stop();
        Label title = new Label(I18n.t("lock.title"));
        title.getStyleClass().add("page-title");
        Label text = new Label(I18n.t("lock.text", services.session().current().displayName()));
        PasswordField password = new PasswordField();
        password.setId("unlockPassword");
        password.setMaxWidth(260);
        Label message = new Label();
        message.setId("unlockMessage");
        message.setStyle("-fx-text-fill: #b3261e;");
        Button unlock = new Button(I18n.t("lock.unlock"));
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> {
            if (services.accounts().checkOwnPassword(password.getText())) {
                unlock();
            } else {
                password.clear();
                message.setText(I18n.t("lock.wrong"));
            }
        });
        Button switchUser = new Button(I18n.t("lock.switchUser"));
        switchUser.setId("switchUser");
        switchUser.setOnAction(e -> {
            services.accounts().logout();
            onSwitchUser.run();
        });
        cover = new VBox(14, title, text, password, new HBox(10, unlock, switchUser), message);
        ((HBox) cover.getChildren().get(3)).setAlignment(Pos.CENTER);
        cover.setId("lockCover");
        cover.setAlignment(Pos.CENTER);
        cover.setStyle("-fx-background-color: -color-bg-default, #f4f6f8;");
        host.getChildren().add(cover);
        password.requestFocus();
    }

    private void unlock() {
        host.getChildren().remove(cover);
        cover = null;
        timer.playFromStart();
    }

    /** For the page behind: whether a node is under the cover. */
    public Node cover() {
        return cover;
    }
}
