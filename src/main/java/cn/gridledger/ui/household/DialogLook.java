package cn.gridledger.ui.household;

import cn.gridledger.ui.common.WindowPlacement;
import javafx.scene.control.DialogPane;

/** Gives the household, grid and home dialogs the window's font and styles, and room to show their rows. */
public final class DialogLook {

    private DialogLook() {
    }

    public static void apply(DialogPane pane, double width) {
        pane.getStylesheets().add(DialogLook.class.getResource("/cn/gridledger/ui/gridledger.css").toExternalForm());
        pane.getStylesheets().add(DialogLook.class.getResource("household.css").toExternalForm());
        double scaled = WindowPlacement.scaledWidth(width);
        // no minimum: on a small screen the window is narrower and the content scrolls (DialogFit)
        pane.setPrefWidth(scaled);
    }
}
