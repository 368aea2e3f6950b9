package cn.gridledger.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gridledger.ui.I18n;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Pane;

/**
 * Opens what an export wrote: the file itself in the program the system gives its type (Excel or WPS for
 * .xlsx), or the folder in the file manager.
 */
public final class Folders {

    private static final Logger LOG = Logger.getLogger(Folders.class.getName());
    private static final String OPEN_FILE_KEY = "gridledger.openFile";

    /** How a path is handed to the system; tests put a recorder here. */
    static Consumer<Path> opener = Folders::openWithSystem;

    private Folders() {
    }

    /** Opens a folder in the file manager. */
    public static void open(Path folder) {
        opener.accept(folder);
    }

    /** Opens a file in its program (an .xlsx in Excel or WPS). */
    public static void openFile(Path file) {
        opener.accept(file);
    }

    /**
     * After one file was written: the message with 打开文件, 打开所在文件夹 and 关闭. Returns at once
     * when the user has chosen.
     */
    public static void offerOpen(String header, String message, Path file) {
        ButtonType openFile = new ButtonType(I18n.t("export.openFile"), ButtonBar.ButtonData.YES);
        ButtonType openFolder = new ButtonType(I18n.t("export.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(I18n.t("hh.ledger.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, openFile, openFolder, close);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        alert.showAndWait().ifPresent(choice -> {
            if (choice == openFile) {
                openFile(file);
            } else if (choice == openFolder) {
                open(file.toAbsolutePath().getParent());
            }
        });
    }

    /**
     * Puts a 打开文件 button just before {@code openFolder} (in the same box), enabled after an export that
     * wrote exactly one file; {@link #exported} tells it which.
     */
    public static Button addOpenFile(Button openFolder) {
        Button openFile = new Button(I18n.t("export.openFile"));
        openFile.setId("export-open-file");
        openFile.setDisable(true);
        openFile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never squeezed to “…”
        openFolder.getProperties().put(OPEN_FILE_KEY, openFile);
        if (openFolder.getParent() != null) {
            placeBefore(openFolder, openFile);
        } else {
            // the box is usually built after the buttons: place it once the box's own change is over
            openFolder.parentProperty().addListener((o, was, parent) -> Platform.runLater(
                    () -> placeBefore(openFolder, openFile)));
        }
        return openFile;
    }

    private static void placeBefore(Button openFolder, Button openFile) {
        if (openFolder.getParent() instanceof Pane pane && !pane.getChildren().contains(openFile)) {
            pane.getChildren().add(pane.getChildren().indexOf(openFolder), openFile);
        }
    }

    /** The files of the export just finished: 打开文件 opens the one file, or stays off for several. */
    public static void exported(Button openFolder, List<Path> files) {
        if (openFolder.getProperties().get(OPEN_FILE_KEY) instanceof Button openFile) {
            boolean one = files.size() == 1;
            openFile.setDisable(!one);
            openFile.setOnAction(e -> openFile(files.get(0)));
        }
    }

    /** Off the FX thread: the desktop call can block. A failure is shown in Chinese. */
    private static void openWithSystem(Path path) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(path.toFile());
                } else {
                    new ProcessBuilder("xdg-open", path.toString()).start();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot open " + path, e);
                Platform.runLater(() -> Dialogs.error(I18n.t("export.failed"), I18n.t(
                        Files.isDirectory(path) ? "export.cannotOpen" : "export.cannotOpenFile", path.toString())));
            }
        }, "gridledger-open");
        t.setDaemon(true);
        t.start();
    }
}
