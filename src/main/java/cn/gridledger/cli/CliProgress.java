package cn.gridledger.cli;

import java.io.PrintWriter;

import cn.gridledger.logic.Progress;

/** Progress on stderr, at most one line every two seconds so scripts' logs stay short. */
final class CliProgress implements Progress {

    private final PrintWriter err;
    private long lastPrint = System.nanoTime();

    CliProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastPrint < 2_000_000_000L) {
            return;
        }
        lastPrint = now;
        if (total > 0) {
            err.printf("%s %d/%d（%d%%）%n", message, done, total, done * 100 / total);
        } else {
            err.printf("%s %d%n", message, done);
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
