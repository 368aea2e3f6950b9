package cn.gridledger.ui.household;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * The message under a form field. It always keeps two lines of room, so a message appearing or going
 * never moves the fields below, and grows to whatever its wrapped text needs at the width its column
 * gives it — measured by the label's own skin, so it is never cut to “…”. It never asks for width.
 */
final class FieldMessage extends Label {

    /** Two lines of a Chinese character, which the layout makes taller than Latin letters of the same font. */
    private static final String TWO_LINES = "\u4e2d\n\u4e2d";

    FieldMessage() {
        getStyleClass().add("field-error");
        setWrapText(true);
        setMinWidth(0);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        // a new width changes the height the text needs: ask the form for another layout pass
        widthProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        double needed = w > 0 && getText() != null && !getText().isEmpty() ? super.computePrefHeight(w) : 0;
        return Math.ceil(Math.max(twoLines(), needed));
    }

    private double twoLines() {
        Text t = new Text(TWO_LINES);
        t.setFont(getFont());
        return t.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset();
    }
}
