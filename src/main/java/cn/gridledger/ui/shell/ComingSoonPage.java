package cn.gridledger.ui.shell;

import cn.gridledger.ui.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page whose feature is still being built: says so, and what it will do, in plain Chinese. */
final class ComingSoonPage implements Page {

    private final VBox box;

    ComingSoonPage(String titleKey, String descriptionKey) {
        Label title = new Label(I18n.t(titleKey));
        title.getStyleClass().add("page-title");
        Label description = new Label(I18n.t(descriptionKey));
        description.setWrapText(true);
        Label note = new Label(I18n.t("page.comingSoon"));
        note.getStyleClass().add("muted");
        box = new VBox(12, title, description, note);
        box.setPadding(new Insets(24));
        box.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    public Node view() {
        return box;
    }
}
