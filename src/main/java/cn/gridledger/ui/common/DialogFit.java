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
            // stretched to a taller window, but never squeezed below what it asks for (tables keep their
            // rows): then it scrolls
            scroll.viewportBoundsProperty().addListener((o, was, now) -> scroll.setFitToHeight(
                    now.getHeight() >= content.prefHeight(now.getWidth()) - 0.5));
            scroll.getStyleClass().addAll("edge-to-edge", "dialog-scroll");
            pane.setContent(scroll);
        }
        // a minimum in pixels would keep the pane wider than a small screen's window
        pane.setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        if (widthAtStandard > 0) {
            pane.setPrefWidth(WindowPlacement.scaledWidth(widthAtStandard));
        }
        dialog.setResizable(true);
        // before the window takes its size: the content's viewport no larger than the screen leaves room
        // for (the window manager does not always shrink a dialog taller than the screen)
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> limitViewport(pane));
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN,
                e -> keepOnScreen(pane.getScene() == null ? null : pane.getScene().getWindow()));
    }

    /** Room the header, the buttons and the window's frame take, in characters of height and width. */
    private static final double FRAME_EM_HIGH = 9;
    private static final double FRAME_EM_WIDE = 3;

    private static void limitViewport(DialogPane pane) {
        if (!(pane.getContent() instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double em = UiLook.size().pixels();
        // measured at the chosen text size (UiLook styles the window only once it is showing)
        pane.setStyle(UiLook.rootStyle());
        pane.applyCss();
        Node content = scroll.getContent();
        if (content instanceof javafx.scene.Parent p) {
            p.applyCss();
        }
        double width = content.prefWidth(-1);
        double height = content.prefHeight(width);
        double room = screen.getHeight() - FRAME_EM_HIGH * em;
        if (height > room) {
            // taller than the screen: a viewport that fits, with room beside the content for the scroll bar
            scroll.setPrefViewportHeight(Math.max(0, room));
            scroll.setPrefViewportWidth(Math.min(width + 1.5 * em, screen.getWidth() - FRAME_EM_WIDE * em));
        } else {
            scroll.setPrefViewportHeight(0);
            scroll.setPrefViewportWidth(0);
        }
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
