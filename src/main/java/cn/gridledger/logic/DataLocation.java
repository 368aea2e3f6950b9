package cn.gridledger.logic;

import java.nio.file.Path;
import java.util.Locale;

/** Where the database lives when no {@code --db} is given: the platform's per-user data folder. */
public final class DataLocation {

    public static final String ENV_DATABASE = "GRIDLEDGER_DB";

    private DataLocation() {
    }

    /** {@code --db} wins, then {@code GRIDLEDGER_DB}, then the per-user default. */
    public static Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String env = System.getenv(ENV_DATABASE);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return defaultDatabase();
    }

    /** {@code %APPDATA%\GridLedger\gridledger.db} on Windows, {@code ~/.local/share/gridledger/gridledger.db} elsewhere. */
    public static Path defaultDatabase() {
        return dataFolder().resolve("gridledger.db");
    }

    public static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "GridLedger");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("gridledger");
    }
}
