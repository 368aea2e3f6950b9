package cn.gridledger.ui.shell;

import javafx.scene.Node;

/** One page of the main window's navigation. */
public interface Page {

    /** The page's content; built once, then kept. */
    Node view();

    /** Called each time the page is shown, e.g. to refresh its figures. */
    default void onShow() {
    }
}
