package cn.gridledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Writes a PNG of a scene when {@code -Dscreenshots=DIR} is given (run under Xvfb with {@code -Dgui} to
 * look at pages at 1366×768); does nothing otherwise.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void take(Scene scene, String name) {
        String dir = System.getProperty("screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            WritableImage image = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
