package cn.gridledger.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Window sizes. The main window fills the screen's usable area: township laptops are mostly 1366×768,
 * where a fixed-size window would run off the edge. Other windows get an explicit size that shows
 * their content at the chosen text size, never larger than the screen, centred on it. An explicit size
 * matters: a window manager otherwise may open a reused stage at its own default (200×200).
 */
public final class WindowPlacement {

    /** Room for a window manager's title bar and borders, which the stage size includes. */
    private static final double DECORATION = 40;

    private WindowPlacement() {
    }

    /**
     * The screen's usable area, by size and position rather than as "maximized": with a window manager
     * (openbox, UOS, Kylin) JavaFX 21 loses a maximized window's state when a modal window (the household
     * form, any dialog) closes, and the window manager then moves it back to where the login window
     * was, half off the screen (JDK-8332222 and related, fixed only in later JavaFX). The stage is the
     * login's, so that earlier size is undone as well.
     */
    public static void fillScreen(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setMaximized(false);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /**
     * Content that scrolls when it does not fit (at 特大 on a small screen) instead of being cut off.
     */
    public static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * Gives {@code stage} the size its scene's content wants, at least {@code minWidth}×{@code minHeight}
     * (pixels at 标准, grown with the text size), at most the screen, and centres it.
     */
    public static void fitContent(Stage stage, double minWidth, double minHeight) {
        Scene scene = stage.getScene();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double scale = UiLook.size().scale();
        double width = minWidth * scale;
        double height = minHeight * scale;
        Parent root = scene.getRoot();
        root.applyCss();
        Parent content = root instanceof ScrollPane sp && sp.getContent() instanceof Parent p ? p : root;
        content.applyCss();
        width = Math.max(width, content.prefWidth(-1) + 24);
        width = Math.min(width, screen.getWidth());
        height = Math.max(height, content.prefHeight(width) + DECORATION);
        height = Math.min(height, screen.getHeight());
        place(stage, screen, width, height);
    }

    /**
     * Gives {@code stage} the size {@code width}×{@code height} (pixels at 标准, grown with the text
     * size), at most the screen, centred on it: for windows whose content scrolls (the household form).
     */
    public static void sizeFor(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double scale = UiLook.size().scale();
        double w = Math.min(width * scale, screen.getWidth());
        double h = Math.min(height * scale, screen.getHeight());
        place(stage, screen, w, h);
    }

    /**
     * Sets the size and centres the window, and once more just after it is shown: a window manager
     * (openbox, UOS, Kylin) ignores the size a JavaFX stage asks for before it is mapped and opens
     * it at 200×200, while JavaFX still believes its own numbers.
     */
    private static void place(Stage stage, Rectangle2D screen, double width, double height) {
        Runnable apply = () -> {
            stage.setMaximized(false);
            // a value equal to the one JavaFX believes is current would not reach the window system
            stage.setWidth(width - 1);
            stage.setHeight(height - 1);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        };
        apply.run();
        if (stage.isShowing()) {
            Platform.runLater(apply);
            return;
        }
        stage.showingProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    stage.showingProperty().removeListener(this);
                    Platform.runLater(apply);
                }
            }
        });
    }

    /** A width in pixels at 标准, grown with the text size but never wider than the screen allows. */
    public static double scaledWidth(double pixelsAtStandard) {
        double screen = Screen.getPrimary().getVisualBounds().getWidth() - 2 * DECORATION;
        return Math.min(pixelsAtStandard * UiLook.size().scale(), screen);
    }
}
