package cn.gridledger.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gridledger.ui.I18n;
import javafx.application.Platform;

/** Opens a folder in the system's file manager (after an export, so the user finds the file). */
public final class Folders {

    private static final Logger LOG = Logger.getLogger(Folders.class.getName());

    private Folders() {
    }

    /** Off the FX thread: the desktop call can block. A failure is shown in Chinese. */
    public static void open(Path folder) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder("xdg-open", folder.toString()).start();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot open folder " + folder, e);
                Platform.runLater(() -> Dialogs.error(I18n.t("export.failed"),
                        I18n.t("export.cannotOpen", folder.toString())));
            }
        }, "gridledger-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
