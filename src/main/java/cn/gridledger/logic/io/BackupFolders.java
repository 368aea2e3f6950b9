package cn.gridledger.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import cn.gridledger.logic.io.AtomicFileWriter;

/**
 * Where backups go: the folder the user chose (e.g. on a USB stick), else {@code backups} beside the
 * database. The choice is kept in a small file beside the database, not in it, so that it is still
 * known when the database itself is damaged, and a restored backup does not bring back another
 * machine's folder.
 */
public final class BackupFolders {

    private static final String KEY = "backupFolder";

    private BackupFolders() {
    }

    public static Path defaultFolder(Path databaseFile) {
        return databaseFile.toAbsolutePath().normalize().resolveSibling("backups");
    }

    public static Path settingsFile(Path databaseFile) {
        Path db = databaseFile.toAbsolutePath().normalize();
        return db.resolveSibling(db.getFileName() + ".settings.properties");
    }

    /** The folder chosen by the user, if any. */
    public static Optional<Path> chosen(Path databaseFile) {
        Path settings = settingsFile(databaseFile);
        if (!Files.isRegularFile(settings)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        String v = p.getProperty(KEY);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    /** Remembers {@code folder} (null = back to the default folder). */
    public static void choose(Path databaseFile, Path folder) {
        Properties p = new Properties();
        if (folder != null) {
            p.setProperty(KEY, folder.toAbsolutePath().normalize().toString());
        }
        AtomicFileWriter.write(settingsFile(databaseFile), out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(w, "GridLedger backup folder");
            w.flush();
        });
    }

    /** The chosen folder when it can be written to now (stick plugged in), else the default folder. */
    public static Path target(Path databaseFile) {
        Optional<Path> chosen = chosen(databaseFile);
        if (chosen.isPresent() && usable(chosen.get())) {
            return chosen.get();
        }
        return defaultFolder(databaseFile);
    }

    /** Every folder that may hold backups of this database: the chosen one, then the default. */
    public static List<Path> all(Path databaseFile) {
        List<Path> out = new ArrayList<>();
        chosen(databaseFile).ifPresent(out::add);
        Path def = defaultFolder(databaseFile);
        if (!out.contains(def)) {
            out.add(def);
        }
        return out;
    }

    public static boolean usable(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
