package cn.gridledger.logic.service;

import java.time.LocalDate;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.demo.DemoGenerator;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.DemoWriter;

/** Fills an empty database with the synthetic demo township. */
public final class DemoService {

    private final Database db;

    private final Session session;

    DemoService(Database db, Session session) {
        this.db = db;
        this.session = session;
    }

    /** Figures of a generated township. */
    public record DemoSummary(int villages, int grids, int households, int members, int cadres, double seconds) {
    }

    /** Generates with the first day of the current month as reference date, so the data stays recent. */
    public DemoSummary generate(int households, long seed, Progress progress) {
        return generate(households, seed, DemoGenerator.defaultReferenceDate(), progress);
    }

    /**
     * Generates {@code households} households (and everything around them) in one transaction; the same
     * arguments always give the same database content. Cancelling rolls everything back.
     *
     * @throws UserFacingException when the database already holds a township or households
     */
    public DemoSummary generate(int households, long seed, LocalDate referenceDate, Progress progress) {
        return generate(households, seed, referenceDate, 0, progress);
    }

    /**
     * As {@link #generate(int, long, LocalDate, Progress)} for the demo county's {@code township}-th township
     * (0 = 白杨岭乡; the county benchmark's others have their own codes and names).
     */
    public DemoSummary generate(int households, long seed, LocalDate referenceDate, int township, Progress progress) {
        if (session.isSignedIn()) { // signed out only in the first-run wizard, on an empty database (checked below)
            session.requireSettings("载入演示乡镇");
        }
        if (households < 1) {
            throw new UserFacingException("演示农户数至少为 1。");
        }
        long start = System.nanoTime();
        DemoGenerator.Totals totals = db.write(c -> {
            if (!DemoWriter.isEmpty(c)) {
                throw new UserFacingException("数据库中已有乡镇或农户数据，演示数据只能载入空数据库。"
                        + "请另建一个数据库文件（命令行可用 --db 指定）后再载入演示乡镇。");
            }
            try (DemoWriter writer = new DemoWriter(c, referenceDate + "T08:00:00")) {
                return new DemoGenerator(households, seed, referenceDate, township).run(writer, progress);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new DemoSummary(totals.villages(), totals.grids(), totals.households(), totals.members(),
                totals.cadres(), seconds);
    }
}
