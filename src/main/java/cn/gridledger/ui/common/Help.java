package cn.gridledger.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.gridledger.ui.I18n;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * 帮助: the Chinese manual shipped inside the program ({@code help/manual.html}), opened in the system's
 * browser from a copy in the temporary folder (a browser cannot read a page inside a jar). No network.
 */
public final class Help {

    static final String RESOURCE = "/cn/gridledger/ui/help/manual.html";
    static final String FILE_NAME = I18n.t("help.fileName");

    private Help() {
    }

    /** F1 anywhere in the window opens the manual. */
    public static void install(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), Help::open);
    }

    public static void open() {
        try {
            Folders.openFile(writeManual(Path.of(System.getProperty("java.io.tmpdir"), "gridledger-help")));
        } catch (IOException e) {
            Dialogs.error(I18n.t("help.failed"), I18n.t("help.cannotWrite", e.getMessage()));
        }
    }

    /** Writes the manual into {@code folder} (anew each time, so an upgrade shows its own manual). */
    static Path writeManual(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        try (InputStream in = Help.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(I18n.t("help.missing"));
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
