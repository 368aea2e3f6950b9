package cn.gridledger.logic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program's version and the database-structure (Flyway) version it migrates to, as the build wrote
 * them into {@code cn/gridledger/version.properties} (also in the jar manifest).
 */
public final class AppVersion {

    private static final Properties BUILT = load();

    private AppVersion() {
    }

    /** e.g. "0.1.0". */
    public static String program() {
        return BUILT.getProperty("program", "未知");
    }

    /** The newest schema version this program knows, e.g. "7". */
    public static String schema() {
        return BUILT.getProperty("schema", "未知");
    }

    /** One line for --version and the 关于 page: "网格台账 0.1.0（数据库结构版本 7）". */
    public static String summary() {
        return "网格台账 GridLedger " + program() + "（数据库结构版本 " + schema() + "）";
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/cn/gridledger/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the defaults say 未知; nothing else depends on these values
        }
        return p;
    }
}
