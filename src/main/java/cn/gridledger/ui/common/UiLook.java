package cn.gridledger.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * One text size for every window and dialog the program opens: the root of each window's scene gets
 * the chosen size and the CJK font as its inline style, and the stylesheets size everything else in
 * em, so a dialog opened later, or the size changed while it is open, follows without code of its own.
 * The choice is remembered in {@code ui.properties} beside the database (a per-user folder).
 */
public final class UiLook {

    private static final Logger LOG = Logger.getLogger(UiLook.class.getName());
    private static final String STYLESHEET = "/cn/gridledger/ui/gridledger.css";
    private static final String KEY = "fontSize";
    private static final ObjectProperty<FontSize> SIZE = new SimpleObjectProperty<>(FontSize.STANDARD);
    private static Path settingsFile;
    private static boolean installed;

    private UiLook() {
    }

    /** Starts following every window (call once on the FX thread, before the first window shows). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(UiLook::follow);
            }
        });
        Window.getWindows().forEach(UiLook::follow);
        SIZE.addListener((o, was, now) -> Window.getWindows().forEach(w -> style(w.getScene())));
    }

    /** Reads the remembered size from the folder of {@code databaseFile} and remembers changes there. */
    public static void rememberBeside(Path databaseFile) {
        Path folder = databaseFile.toAbsolutePath().getParent();
        settingsFile = folder.resolve("ui.properties");
        Properties p = new Properties();
        if (Files.isRegularFile(settingsFile)) {
            try (Reader in = Files.newBufferedReader(settingsFile, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot read the window settings; using the standard text size", e);
            }
        }
        SIZE.set(FontSize.ofName(p.getProperty(KEY, "")).orElse(FontSize.STANDARD));
    }

    public static FontSize size() {
        return SIZE.get();
    }

    public static ObjectProperty<FontSize> sizeProperty() {
        return SIZE;
    }

    /** Changes the size of every open window and remembers it for the next start. */
    public static void choose(FontSize size) {
        SIZE.set(size);
        if (settingsFile == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(KEY, size.name());
        try {
            Files.createDirectories(settingsFile.getParent());
            try (Writer out = Files.newBufferedWriter(settingsFile, StandardCharsets.UTF_8)) {
                p.store(out, "GridLedger window settings");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remember the text size", e);
        }
    }

    /** The inline style a window's root gets: the chosen size and the CJK font. */
    public static String rootStyle() {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-family: \"%s\";",
                SIZE.get().pixels(), Fonts.bodyFamily());
    }

    /**
     * Buttons, check boxes and one-line labels under {@code root} never get narrower than their text:
     * their row grows (and the page scrolls) instead of shortening them to “脱…”. Wrapping labels and
     * the rows of tables and lists are left alone.
     */
    public static void keepTextWhole(Node root) {
        if (root instanceof IndexedCell<?>) {
            return;
        }
        // a skin may bind a label's size (a tooltip's does): leave those to it
        if (root instanceof Labeled l && !l.isWrapText() && l.getMinWidth() == Region.USE_COMPUTED_SIZE
                && !l.minWidthProperty().isBound()) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof Labeled l && l.isWrapText() && l.getMinHeight() == Region.USE_COMPUTED_SIZE
                && !l.minHeightProperty().isBound()) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                keepTextWhole(child);
            }
        }
    }

    private static void follow(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((o, was, now) -> style(now));
    }

    private static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(0, stylesheet());
        }
        applyTo(scene.getRoot());
        if (scene.getProperties().putIfAbsent(UiLook.class, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((o, was, now) -> applyTo(now));
        }
    }

    private static void applyTo(Parent root) {
        if (root != null) {
            root.setStyle(rootStyle());
            root.applyCss();
            keepTextWhole(root);
            ColumnWidths.fitAll(root);
        }
    }

    private static String stylesheet() {
        return UiLook.class.getResource(STYLESHEET).toExternalForm();
    }
}
