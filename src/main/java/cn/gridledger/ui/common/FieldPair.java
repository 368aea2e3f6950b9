package cn.gridledger.ui.common;

import cn.gridledger.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A field with its label in front, as one box: in a filter row that wraps (a FlowPane) at the larger
 * text sizes, the label then never stays at the end of one line with its field on the next.
 */
public final class FieldPair {

    private FieldPair() {
    }

    public static HBox of(String labelKey, Node field) {
        HBox pair = new HBox(6, new Label(I18n.t(labelKey)), field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }
}
