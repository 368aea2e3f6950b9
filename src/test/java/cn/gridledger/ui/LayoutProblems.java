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
 * rows can be scrolled to, so only what is outside such a viewport counts. A table, list or tree cell
 * (and a drop-down's shown choice) shortened with “…” counts unless its tooltip holds the whole text
 * ({@code CellTips}). A page or dialog whose scroll pane fits its content to the width but has to
 * scroll sideways (its content is wider than the window) counts too.
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
        if (node instanceof IndexedCell<?> cell) {
            if (!cell.isEmpty() && elided(cell) && !wholeOnHover(cell)) {
                problems.add("shortened: “" + cell.getText() + "” shown as “" + shownText(cell) + "” ("
                        + describe(cell) + " in " + describe(owner(cell)) + ")");
            }
        } else if (node instanceof Labeled l && elided(l)) {
            problems.add("shortened: “" + l.getText() + "” shown as “" + shownText(l) + "” (" + describe(l)
                    + String.format(" %.0f×%.0f, wants %.0f×%.0f)", l.getWidth(), l.getHeight(), l.prefWidth(-1),
                            l.prefHeight(l.getWidth())));
        }
        if (node instanceof javafx.scene.control.TextField t && promptCut(t)) {
            problems.add(String.format("prompt cut: “%s” in %s %.0f wide", t.getPromptText(), describe(t), t.getWidth()));
        }
        if (node instanceof ScrollPane sp && sp.isFitToWidth() && sp.getContent() != null
                && sp.getContent().isVisible() && sp.getViewportBounds().getWidth() > 0) {
            double content = sp.getContent().getLayoutBounds().getWidth();
            double viewport = sp.getViewportBounds().getWidth();
            if (content > viewport + 1) {
                problems.add(String.format("scrolls sideways: %s is %.0f wide in a %.0f wide view", describe(sp.getContent()),
                        content, viewport));
            }
        }
        if (!scrolls && node instanceof Control c && outside(c, scene)) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            problems.add(String.format("outside the %.0f×%.0f window: %s at %.0f,%.0f–%.0f,%.0f", scene.getWidth(),
                    scene.getHeight(), describe(c), b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
        }
        if (node instanceof javafx.scene.layout.GridPane || node instanceof javafx.scene.layout.HBox
                || node instanceof javafx.scene.layout.VBox || node instanceof javafx.scene.layout.FlowPane) {
            overlapping((Parent) node, problems);
            stickingOut((javafx.scene.layout.Region) node, problems);
        }
        boolean inside = scrolls || node instanceof ScrollPane || node.getStyleClass().contains("virtual-flow");
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, scene, inside, problems);
            }
        }
    }

    /**
     * Two labels or controls of one row, column or grid drawn over each other: a layout squeezed below
     * what its children need (a right-aligned label then reaches into the field before it).
     */
    private static void overlapping(Parent pane, List<String> problems) {
        List<Node> shown = pane.getChildrenUnmodifiable().stream()
                .filter(n -> n.isVisible() && n.isManaged() && (n instanceof Control || n instanceof Parent))
                .toList();
        for (int i = 0; i < shown.size(); i++) {
            Bounds a = shown.get(i).getBoundsInParent();
            for (int j = i + 1; j < shown.size(); j++) {
                Bounds b = shown.get(j).getBoundsInParent();
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                // a pixel or two is the focus ring and rounding, not something a user sees as overlap
                if (w > 2 && h > 2) {
                    problems.add("overlapping: " + describe(shown.get(i)) + " and " + describe(shown.get(j))
                            + " in " + describe(pane));
                }
            }
        }
    }

    /** A label or control wider than the box it is laid out in: its text runs over the box's edge. */
    private static void stickingOut(javafx.scene.layout.Region pane, List<String> problems) {
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.isVisible() && child.isManaged() && (child instanceof Control || child instanceof Parent)) {
                Bounds b = child.getBoundsInParent();
                // a few pixels are rounding of wrapped text and insets, not text over an edge
                if (b.getMaxX() > pane.getWidth() + 4 || b.getMinX() < -4) {
                    problems.add(String.format("sticks out: %s (%.0f–%.0f) of %s (0–%.0f)", describe(child), b.getMinX(),
                            b.getMaxX(), describe(pane), pane.getWidth()));
                }
            }
        }
    }

    /** An empty field's prompt (what to type: 姓名或户编号) wider than the room for text in the field. */
    private static boolean promptCut(javafx.scene.control.TextField t) {
        String prompt = t.getPromptText();
        if (prompt == null || prompt.isBlank() || (t.getText() != null && !t.getText().isEmpty()) || t.getWidth() <= 0) {
            return false;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text(prompt);
        measure.setFont(t.getFont());
        double room = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
        return measure.getLayoutBounds().getWidth() > room + 1;
    }

    private static boolean elided(Labeled l) {
        String text = l.getText();
        String shown = shownText(l);
        return text != null && !text.isEmpty() && shown != null && !shown.equals(text.replace("_", ""))
                && !shown.equals(text) && shown.contains(l.getEllipsisString().isEmpty() ? "…" : l.getEllipsisString());
    }

    /** A cell that shows its whole text on hover (CellTips): a long value in a table row. */
    private static boolean wholeOnHover(Labeled l) {
        return l.getTooltip() != null && l.getText().equals(l.getTooltip().getText());
    }

    /** The table, list, tree or drop-down a cell belongs to. */
    private static Node owner(Node cell) {
        Node n = cell.getParent();
        while (n != null && !(n instanceof Control && !(n instanceof IndexedCell<?>))) {
            n = n.getParent();
        }
        return n == null ? cell : n;
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
