package cn.gridledger.logic.store;

import java.nio.file.Path;

import cn.gridledger.testing.KillMidWrite;

/**
 * Child process of {@link CrashSafetyTest}: one Database.write transaction that inserts rows without
 * end, signalling after {@code args[1]} rows that it is mid-write, until it is killed.
 */
public final class LargeWriteChild {

    private LargeWriteChild() {
    }

    public static void main(String[] args) {
        int signalAfter = Integer.parseInt(args[1]);
        try (Database db = Database.open(Path.of(args[0]))) {
            db.writeVoid(c -> {
                long started = System.nanoTime();
                for (int i = 0; ; i++) {
                    Queries.update(c, "INSERT INTO person (name, id_number, phone) VALUES (?, ?, ?)",
                            "写入中" + i, String.format("9%017d", i), "139" + i);
                    if (i == signalAfter) {
                        Queries.update(c, "UPDATE person SET name = '已改' WHERE id <= 100");
                        KillMidWrite.signalMidWrite();
                    }
                    if (System.nanoTime() - started > 120_000_000_000L) {
                        throw new IllegalStateException("never killed; rolling back");
                    }
                }
            });
        }
    }
}
