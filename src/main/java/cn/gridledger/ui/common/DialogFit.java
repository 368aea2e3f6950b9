package cn.gridledger.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog that fits the screen at every text size: its content scrolls when the window is smaller
 * than the content (特大 on a 1366×768 laptop), so the buttons stay in view and nothing runs off the
 * window's edge; the window itself is never opened larger than the screen.
 */
public final class DialogFit {

    private static final Object FITTED = new Object();

    private DialogFit() {
    }

    /** Call after the dialog's content is set; {@code widthAtStandard} is its width at 标准 (0: its own). */
    public static void fit(Dialog<?> dialog, double widthAtStandard) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
            return;
        }
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().addAll("edge-to-edge", "dialog-scroll");
            pane.setContent(scroll);
        }
        // a minimum in pixels would keep the pane wider than a small screen's window
        pane.setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        if (widthAtStandard > 0) {
            pane.setPrefWidth(WindowPlacement.scaledWidth(widthAtStandard));
        }
        dialog.setResizable(true);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN,
                e -> keepOnScreen(pane.getScene() == null ? null : pane.getScene().getWindow()));
    }

    /** Shrinks a window larger than the screen it is on to that screen, and moves it fully onto it. */
    static void keepOnScreen(Window window) {
        if (window == null) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }
}
