package cn.gridledger.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The folder last chosen for each purpose (导出, 导入 …), remembered across runs for this computer's user
 * (Java preferences: the registry on Windows, ~/.java on Linux), not in the database: a folder is a path
 * on this machine and must not travel with backups. A page calls one of the show methods instead of the
 * chooser's own; a folder the page already set for this session wins.
 */
public final class LastFolders {

    private static final Logger LOG = Logger.getLogger(LastFolders.class.getName());

    /** Where the folders are kept; tests use a node of their own. */
    static Preferences node = Preferences.userRoot().node("/cn/gridledger/folders");

    private LastFolders() {
    }

    public static File showDialog(DirectoryChooser chooser, Window owner, String purpose) {
        if (chooser.getInitialDirectory() == null) {
            get(purpose).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        }
        return remember(purpose, () -> chooser.showDialog(owner), true);
    }

    public static File showSaveDialog(FileChooser chooser, Window owner, String purpose) {
        if (chooser.getInitialDirectory() == null) {
            get(purpose).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        }
        return remember(purpose, () -> chooser.showSaveDialog(owner), false);
    }

    public static File showOpenDialog(FileChooser chooser, Window owner, String purpose) {
        if (chooser.getInitialDirectory() == null) {
            get(purpose).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        }
        return remember(purpose, () -> chooser.showOpenDialog(owner), false);
    }

    /** Several files at once (a county's packages of all its townships); the folder of the first is remembered. */
    public static java.util.List<File> showOpenMultipleDialog(FileChooser chooser, Window owner, String purpose) {
        if (chooser.getInitialDirectory() == null) {
            get(purpose).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        }
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return java.util.List.of();
        }
        remember(purpose, () -> chosen.get(0), false);
        return chosen;
    }

    private static File remember(String purpose, Supplier<File> show, boolean isFolder) {
        File chosen = show.get();
        if (chosen != null) {
            Path folder = isFolder ? chosen.toPath() : chosen.toPath().toAbsolutePath().getParent();
            if (folder != null) {
                put(purpose, folder);
            }
        }
        return chosen;
    }

    /** The folder last chosen for {@code purpose}, if it still exists (a USB stick may be gone). */
    static Optional<Path> get(String purpose) {
        try {
            String value = node.get(purpose, null);
            return value == null ? Optional.empty() : Optional.of(Path.of(value)).filter(Files::isDirectory);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static void put(String purpose, Path folder) {
        try {
            node.put(purpose, folder.toAbsolutePath().toString());
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            // not remembering a folder is no reason to bother the user
            LOG.log(Level.FINE, "cannot remember the folder for " + purpose, e);
        }
    }
}
