package cn.gridledger.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long the first window (login or first-run wizard) took to be drawn, counted from the start of the
 * process: written to the log on every start. {@code bench} starts the program with {@value #EXIT_PROPERTY}
 * set: it then prints the moment as {@code window_at_ms=…} (epoch milliseconds) and exits, and bench counts
 * from the moment it started the process (the operating system's process start time is coarse).
 */
public final class StartupClock {

    public static final String EXIT_PROPERTY = "gridledger.exitAfterWindow";
    public static final String FIGURE = "window_at_ms=";
    private static final Logger LOG = Logger.getLogger(StartupClock.class.getName());
    private static boolean measured;

    private StartupClock() {
    }

    /** Call on the FX thread right after the first window's {@code show()}; later calls do nothing. */
    public static void firstWindowShown(Stage stage) {
        Scene scene = stage.getScene();
        if (measured || scene == null) {
            return;
        }
        measured = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            // after the pulse that laid the window out and drew it; removed here, not while pulses iterate
            if (listener[0] == null) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            listener[0] = null;
            reached();
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void reached() {
        long now = System.currentTimeMillis();
        double seconds = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis() / 1000.0).orElse(Double.NaN);
        LOG.info(() -> "first window drawn " + seconds + " s after the process started");
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            System.out.println(FIGURE + now);
            System.out.flush();
            Platform.exit();
        }
    }
}
