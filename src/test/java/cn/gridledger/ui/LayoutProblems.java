package cn.gridledger.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a user would see as cut off in a window: a label or button whose text JavaFX shortened with an
 * ellipsis, or a control that lies partly outside the window. Content inside a scroll pane or a table's
 * rows can be scrolled to, so only what is outside such a viewport counts; table cells are left to
 * their tooltips.
 */
public final class LayoutProblems {

    private LayoutProblems() {
    }

    public static List<String> of(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, false, problems);
        return problems;
    }

    private static void visit(Node node, Scene scene, boolean scrolls, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled l && elided(l) && !wholeOnHover(l)) {
            problems.add("shortened: “" + l.getText() + "” shown as “" + shownText(l) + "” (" + describe(l) + ")");
        }
        if (!scrolls && node instanceof Control c && outside(c, scene)) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            problems.add(String.format("outside the %.0f×%.0f window: %s at %.0f,%.0f–%.0f,%.0f", scene.getWidth(),
                    scene.getHeight(), describe(c), b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
        }
        boolean inside = scrolls || node instanceof ScrollPane || node.getStyleClass().contains("virtual-flow");
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, scene, inside, problems);
            }
        }
    }

    private static boolean elided(Labeled l) {
        String text = l.getText();
        String shown = shownText(l);
        return text != null && !text.isEmpty() && shown != null && !shown.equals(text.replace("_", ""))
                && !shown.equals(text) && shown.contains(l.getEllipsisString().isEmpty() ? "…" : l.getEllipsisString());
    }

    /**
     * A one-line field message (the household form reserves one line for it) that ends in “…” and has
     * its whole text as its tooltip: shortened on purpose, so that the fields below never move.
     */
    private static boolean wholeOnHover(Labeled l) {
        return l.getStyleClass().contains("field-error") && l.getTooltip() != null
                && l.getText().equals(l.getTooltip().getText());
    }

    /** The text the skin draws (the first Text child), or null before the skin exists. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean outside(Control c, Scene scene) {
        if (c.getWidth() <= 0 || c.getHeight() <= 0) {
            return false;
        }
        Bounds b = c.localToScene(c.getLayoutBounds());
        return b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                || b.getMaxY() > scene.getHeight() + 1;
    }

    private static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId() + " ";
        String text = n instanceof Labeled l && l.getText() != null ? "“" + l.getText() + "”" : "";
        return id + n.getClass().getSimpleName() + " " + text;
    }
}
