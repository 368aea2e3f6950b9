package cn.gridledger.logic.service;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.store.Database;

/** Fills an empty database with the synthetic demo township. */
public final class DemoService {

    private final Database db;

    DemoService(Database db) {
        this.db = db;
    }

    /** Figures of a generated township. */
    public record DemoSummary(int villages, int grids, int households, int members, int cadres, double seconds) {
    }

    public DemoSummary generate(int households, long seed, Progress progress) {
        throw new UserFacingException("演示数据生成功能尚未提供。");
    }
}
