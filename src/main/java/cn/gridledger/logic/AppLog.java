package cn.gridledger.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import cn.gridledger.logic.security.PersonalData;

/**
 * The program's log file beside the database ({@code gridledger.log}, rotated, 3 × 2 MB).
 * Only technical facts go there: never names, ID numbers or phone numbers.
 */
public final class AppLog {

    private static volatile Path logFile;
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private AppLog() {
    }

    /** Directs java.util.logging to a file in {@code folder}; returns the file's path. */
    public static synchronized Path init(Path folder) {
        if (logFile != null) {
            return logFile;
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("gridledger.log");
            FileHandler handler = new FileHandler(folder.resolve("gridledger%g.log").toString(), 2_000_000, 3, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(formatter());
            Logger root = Logger.getLogger("");
            for (var h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            FLYWAY.setLevel(Level.WARNING);
            logFile = file.resolveSibling("gridledger0.log");
        } catch (IOException e) {
            logFile = Path.of("（无法写入日志文件：" + e.getMessage() + "）");
        }
        return logFile;
    }

    /**
     * The standard format with every ID number and mobile number masked, in the message and in the text
     * of a logged exception too: a fault's message may quote a cell it failed on. (Names cannot be told
     * from other words; the code never logs them.)
     */
    public static java.util.logging.Formatter formatter() {
        return new MaskingFormatter();
    }

    private static final class MaskingFormatter extends SimpleFormatter {
        @Override
        public String format(LogRecord record) {
            return PersonalData.maskInText(super.format(record));
        }
    }

    /** The log file in use, or a placeholder text before {@link #init}. */
    public static Path file() {
        return logFile != null ? logFile : Path.of("（未启用日志文件）");
    }
}
