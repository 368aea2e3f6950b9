package cn.gridledger.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import cn.gridledger.logic.DataLocation;

/**
 * Keeps SQLite's native library in the user's data folder and points the driver at it. Left alone, the
 * driver writes the library (1 MB) to the temporary folder under a new name at every start and compares it
 * with its copy in the jar byte by byte: 80 ms of every start, window and command line alike.
 *
 * <p>The kept copy is compared with the jar's copy (whole arrays, a few milliseconds) before each use and
 * replaced, through a temporary file and an atomic move, when it differs; a per-user folder, not the shared
 * temporary folder, so no other account can put a library there. Anything unusual (no such resource for
 * this platform, a read-only home folder) leaves the driver to its own way.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean done;

    private SqliteNativeLibrary() {
    }

    /**
     * The driver's library for this platform in {@code folder}, written or rewritten when missing or not
     * identical to the jar's; null when the jar has none for this platform.
     */
    static Path keptCopy(Path folder) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        byte[] wanted;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            wanted = in.readAllBytes();
        }
        Path library = folder.resolve(name);
        if (!Files.isRegularFile(library) || !Arrays.equals(Files.readAllBytes(library), wanted)) {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, name, ".part");
            Files.write(part, wanted);
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return library;
    }

    /** Before the first connection of the program; later calls do nothing. */
    static synchronized void prepare() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // set by whoever started the program
        }
        try {
            Path library = keptCopy(DataLocation.dataFolder().resolve("native")
                    .resolve("sqlite-" + SQLiteJDBCLoader.getVersion()));
            if (library != null) {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "SQLite library left to the driver's own extraction", e);
        }
    }
}
