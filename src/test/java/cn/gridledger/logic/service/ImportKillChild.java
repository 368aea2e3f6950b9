package cn.gridledger.logic.service;

import java.nio.file.Path;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.testing.KillMidWrite;

/**
 * Child process for {@link ImportKillTest}: imports a large roster and, once thousands of rows are
 * written inside the import's transaction, tells the parent, which kills it with SIGKILL.
 */
public final class ImportKillChild {

    private ImportKillChild() {
    }

    public static void main(String[] args) {
        try (AppServices app = AppServices.open(Path.of(args[0]))) {
            app.importer().importFile(Path.of(args[1]), ImportService.Options.of(RosterKind.CADRE, null, false, false),
                    new Progress() {
                        private boolean told;

                        @Override
                        public void update(long done, long total, String message) {
                            if (!told && done >= 5_000) {
                                told = true;
                                KillMidWrite.signalMidWrite();
                            }
                            if (told) {
                                sleep(); // stay mid-import until the parent's kill arrives
                            }
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
        }
        System.out.println("FINISHED");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
