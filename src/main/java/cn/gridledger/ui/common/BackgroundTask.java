package cn.gridledger.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.gridledger.logic.Progress;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressBar;

/**
 * Runs long work off the FX thread with a progress bar, so the window never freezes; results and
 * failures come back on the FX thread.
 */
public final class BackgroundTask {

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gridledger-background");
        t.setDaemon(true);
        return t;
    });

    private BackgroundTask() {
    }

    /** Starts {@code work}; returns the task so a cancel button can call {@code cancel()}. */
    public static <T> Task<T> run(Function<Progress, T> work, ProgressBar bar, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.apply(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total > 0 ? total : -1);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || super_isCancelled();
                    }
                });
            }

            private boolean super_isCancelled() {
                return isCancelled();
            }
        };
        if (bar != null) {
            bar.progressProperty().bind(task.progressProperty());
        }
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        EXECUTOR.submit(task);
        return task;
    }
}
