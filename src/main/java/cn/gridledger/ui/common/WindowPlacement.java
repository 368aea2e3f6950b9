package cn.gridledger.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window fills the screen's usable area: township laptops are mostly 1366×768, where a
 * fixed-size window placed where the wizard stood would run off the edge.
 */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    public static void fillScreen(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(true);
    }
}
