package cn.gridledger.logic.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/**
 * A tiny known township for report tests, small enough that every figure of 2026Q3 (statistics date
 * 2026-09-30) can be checked by hand; the expected figures are listed in ReportsTest. It includes the
 * traps of quarter semantics: a household that began after the quarter, one that ended within it, one
 * that moved villages after the quarter, a member who left, a post ended within the quarter, a
 * reserve who left and one who came after, monitoring identified after the quarter, points after it.
 */
public final class ReportFixture {

    public static final String TOWNSHIP = "安恕镇";
    public static final String V1 = "130102100201";
    public static final String V2 = "130102100202";

    private ReportFixture() {
    }

    /** Creates the database file with the fixture township. */
    public static void create(Path file) {
        try (Database db = Database.open(file)) {
            db.writeVoid(ReportFixture::fill);
        }
    }

    /**
     * Adds a household to 安恕村's 一组网格 whose only points are {@code points} on {@code date} (a household
     * with a negative quarter must rank below those with no entries at all).
     */
    public static void addHouseholdWithPoints(Path file, String id, String head, String date, int points) {
        try (Database db = Database.open(file)) {
            db.writeVoid(c -> {
                long g1 = Queries.count(c, "SELECT id FROM grid WHERE code = ?", V1 + "001");
                household(c, id, null, g1, "一般农户", null, null, null, null);
                member(c, id, person(c, head, "男", "1966-06-16", "01", "群众", null, null), "户主", 0, 1, null, null);
                points(c, id, date, points);
            });
        }
    }

    /** Ends a household on {@code day}, as the household events (合户, 迁往其他网格) do. */
    public static void endHousehold(Path file, String id, String day) {
        try (Database db = Database.open(file)) {
            db.writeVoid(c -> Queries.update(c, "UPDATE household SET ended_on = ? WHERE id = ?", day, id));
        }
    }

    private static void fill(Connection c) throws SQLException {
        TownshipRepository towns = new TownshipRepository();
        towns.saveTownship(c, new Township("130102100", TOWNSHIP, "130102", "示例县"));
        long v1 = towns.insertVillage(c, new Village(0, V1, "安恕村", "村")).id();
        long v2 = towns.insertVillage(c, new Village(0, V2, "太平村", "村")).id();
        long g1 = grid(c, V1 + "001", "一组网格", "基础网格", v1, null);
        long g2 = grid(c, V1 + "002", "二组网格", "专属网格", v1, null);
        long g3 = grid(c, V2 + "001", "太平一网格", "基础网格", v2, null);
        grid(c, V2 + "002", "已撤销网格", "基础网格", v2, "2026-08-01T10:00:00");

        // grid workers: A, B in v1; C ended in the quarter, D starts after it, E active in v2
        post(c, person(c, "网格员甲", "男", "1985-02", "01", "群众", null, null), "网格员", "网格员", v1, g1, 1, "2025-01", null, 0, 0);
        post(c, person(c, "网格员乙", "女", "1987-04", "01", "群众", null, null), "网格员", "网格员", v1, g2, 0, "2025-01", null, 0, 0);
        post(c, person(c, "网格员丙", "男", "1983-05", "01", "群众", null, null), "网格员", "网格员", v2, g3, 1, "2024-01", "2026-08-15", 0, 0);
        post(c, person(c, "网格员丁", "男", "1990-05", "01", "群众", null, null), "网格员", "网格员", v2, g3, 0, "2026-10-01", null, 0, 0);
        post(c, person(c, "网格员戊", "女", "1992-05", "01", "群众", null, null), "网格员", "网格员", v2, g3, 0, "2023-01", null, 0, 0);

        // households
        String h1 = household(c, "h1", "130102100201000001", g1, "脱贫户", "1", null, null, null);
        member(c, h1, person(c, "张三明", "男", "1970-05-12", "01", "中共党员", null, null), "户主", 0, 1, null, null);
        member(c, h1, person(c, "李秀英", "女", "1972-03-08", "01", "群众", null, null), "配偶", 1, 1, null, null);
        member(c, h1, person(c, "张小明", "男", "2000-01-20", "01", "共青团员", null, null), "之子", 2, 0, null, null);
        String h2 = household(c, "h2", "130102100201000002", g1, "一般农户", "1", null, null, null);
        member(c, h2, person(c, "王五", "男", "1960-11-02", "01", "群众", null, null), "户主", 0, 1, null, null);
        member(c, h2, person(c, "王丽", "女", "1995-07-07", "01", "群众", null, null), "之女", 1, 1, null, "2026-08-20");
        String h3 = household(c, "h3", "130102100201000003", g2, "一般农户", "2", null, null, null);
        member(c, h3, person(c, "赵六", "男", "1975-01-01", "01", "中共预备党员", null, null), "户主", 0, 1, null, null);
        member(c, h3, person(c, "钱七", "女", "1976-02-02", "01", "群众", null, null), "配偶", 1, 1, null, null);
        String h4 = household(c, "h4", "130102100201000004", g2, "一般农户", "2", "2026-10-05", null, null);
        member(c, h4, person(c, "孙八", "男", "1980-03-03", "01", "群众", null, null), "户主", 0, 1, null, null);
        String h5 = household(c, "h5", "130102100202000001", g3, "脱贫户", "1", null, null, null);
        member(c, h5, person(c, "周九", "男", "1968-04-04", "03", "群众", null, null), "户主", 0, 1, null, null);
        member(c, h5, person(c, "周小九", "男", "1999-05-05", "03", "群众", null, null), "之子", 1, 1, null, null);
        // h6 sits in v2 today, but on 2026-09-30 it was in v1's 一组网格
        String h6 = household(c, "h6", "130102100202000002", g3, "一般农户", null, null, null, null);
        member(c, h6, person(c, "吴十", "男", "1958-06-06", "01", "群众", null, null), "户主", 0, 1, null, null);
        Queries.update(c, "INSERT INTO household_grid_history (household_id, grid_id, valid_from, valid_to) VALUES (?, ?, ?, ?)",
                h6, g1, "2024-01-01", "2026-10-10");
        Queries.update(c, "INSERT INTO household_grid_history (household_id, grid_id, valid_from, valid_to) VALUES (?, ?, ?, ?)",
                h6, g3, "2026-10-10", null);
        String h7 = household(c, "h7", "130102100202000003", g3, "脱贫户", "1", null, "2026-09-15", null);
        member(c, h7, person(c, "郑十一", "男", "1950-07-07", "01", "群众", null, null), "户主", 0, 1, null, null);
        String h8 = household(c, "h8", "130102100202000004", g3, "脱贫户", "1", null, null, "2026-05-01T09:00:00");
        member(c, h8, person(c, "冯十二", "男", "1951-08-08", "01", "群众", null, null), "户主", 0, 1, null, null);

        // monitoring: h1 new in the quarter, h2 eliminated in it, h5 eliminated before, h3 identified after
        monitoring(c, h1, "脱贫不稳定户", "因病", "2026-08", 0, null, null);
        monitoring(c, h2, "边缘易致贫户", "因学", "2025-11", 1, "帮扶消除", "2026-09");
        monitoring(c, h5, "突发严重困难户", "因灾", "2025-03", 1, "自然消除", "2025-12");
        monitoring(c, h3, "边缘易致贫户", "因残", "2026-10", 0, null, null);

        award(c, h1, "美丽庭院", 2025);
        award(c, h2, "干净人家", 2026);
        award(c, h3, "文明示范户", 2027);

        points(c, h1, "2026-03-01", 5);
        points(c, h1, "2026-07-05", 10);
        points(c, h1, "2026-08-01", -3);
        points(c, h2, "2026-09-30", 8);
        points(c, h6, "2026-10-02", 6);
        Queries.update(c, "INSERT INTO points_redemption (household_id, redeem_date, points, goods) VALUES (?, ?, ?, ?)",
                h1, "2026-09-01", 4, "洗衣粉");

        // 村两委 of v1: 陈 holds two posts (一肩挑), 老委员 left in August
        long chen = cadre(c, "陈书记", "男", "1980-10", "01", "中共党员", "大学专科", "大学本科");
        post(c, chen, "村党组织书记", "村两委", v1, null, null, "2021-01", null, 1, 0);
        post(c, chen, "村委会主任", "村两委", v1, null, null, "2021-01", null, 1, 0);
        post(c, cadre(c, "林委员", "女", "1990-09", "03", "群众", "高中", null), "村委会委员", "村两委", v1, null, null, "2021-01", null, 0, 1);
        post(c, cadre(c, "老委员", "男", "1965-01", "01", "中共党员", "初中", null), "村委会委员", "村两委", v1, null, null, "2018-01", "2026-08-31", 0, 0);
        post(c, cadre(c, "青委员", "男", "1991-10", "01", "中共预备党员", "硕士研究生", null), "村党组织委员", "村两委", v1, null, null, "2024-01", null, 0, 0);
        // filed under 村两委 by the demo generator, but the 监委会 is not one of the two committees
        post(c, cadre(c, "监委主任", "男", "1966-03", "01", "中共党员", "高中", null), "村务监督委员会主任", "村两委", v1, null, null, "2021-01", null, 0, 0);
        // v2: 书记 not 一肩挑
        post(c, cadre(c, "黄书记", "男", "1970-06", "01", "中共党员", "中专", null), "村党组织书记", "村两委", v2, null, null, "2021-01", null, 0, 0);
        post(c, cadre(c, "黄主任", "女", "1975-12", "01", "群众", "大专", null), "村委会主任", "村两委", v2, null, null, "2021-01", null, 0, 0);
        long dispatched = cadre(c, "张驻村", "男", "1985-08", "01", "中共党员", "大学本科", null);
        Queries.update(c, """
                INSERT INTO post (person_id, post_type, category, village_id, dispatch_unit, dispatch_level, start_date)
                VALUES (?, '第一书记', '驻村干部', ?, '县农业农村局', '县', '2025-03')""", dispatched, v2);

        reserve(c, cadre(c, "储一", "男", "1988-03", "01", "中共党员", "大学本科", null), v1, "2025-06", null);
        reserve(c, cadre(c, "储二", "女", "1998-01", "01", "群众", "初中", null), v1, "2026-08-10", null);
        reserve(c, cadre(c, "储三", "男", "1990-01", "01", "群众", "高中", null), v1, "2025-01", "2026-07-15");
        reserve(c, cadre(c, "储四", "男", "1989-01", "01", "群众", "高中", null), v1, "2026-10-01", null);
        reserve(c, cadre(c, "储五", "男", "1980-01", "01", "群众", "高中", null), v2, "2024-01", null);
    }

    private static int serial = 0;

    /** A valid 18-digit ID number (GB 11643 check digit) from the birth date. */
    static String idNumber(String birth) {
        String ymd = (birth + "-01-01").substring(0, 10).replace("-", "");
        String first17 = "130102" + ymd + String.format("%03d", 100 + (serial++ % 800));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static long grid(Connection c, String code, String name, String type, long village, String deletedAt)
            throws SQLException {
        return Queries.insert(c, "INSERT INTO grid (code, name, grid_type, village_id, since, deleted_at) VALUES (?, ?, ?, ?, ?, ?)",
                code, name, type, village, "2020-01-01", deletedAt);
    }

    private static long person(Connection c, String name, String gender, String birth, String ethnicity,
            String political, String eduFull, String eduInService) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO person (name, id_number, gender, birth_date, ethnicity, political_status, phone, edu_fulltime,
                    edu_inservice, native_place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                name, idNumber(birth), gender, birth, ethnicity, political, "1390000" + String.format("%04d", serial),
                eduFull, eduInService, "河北石家庄");
    }

    private static long cadre(Connection c, String name, String gender, String birth, String ethnicity,
            String political, String eduFull, String eduInService) throws SQLException {
        return person(c, name, gender, birth, ethnicity, political, eduFull, eduInService);
    }

    private static void post(Connection c, long person, String type, String category, long village, Long grid,
            Integer fullTime, String start, String end, int oneShoulder, int cross) throws SQLException {
        Queries.update(c, """
                INSERT INTO post (person_id, post_type, category, village_id, grid_id, full_time, start_date, end_date,
                    one_shoulder, cross_post) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                person, type, category, village, grid, fullTime, start, end, oneShoulder, cross);
    }

    private static String household(Connection c, String id, String number, long grid, String type, String tenGroup,
            String since, String ended, String deleted) throws SQLException {
        Queries.update(c, """
                INSERT INTO household (id, hh_number, grid_id, hh_type, ten_group_no, since, ended_on, deleted_at, phone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, number, grid, type, tenGroup, since, ended, deleted, "0311-8888" + id.substring(1));
        return id;
    }

    private static void member(Connection c, String household, long person, String relation, int seq, int resident,
            String since, String ended) throws SQLException {
        Queries.update(c, """
                INSERT INTO member (household_id, person_id, relation, seq, education, resident, since, ended_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", household, person, relation, seq, "初中", resident, since, ended);
    }

    private static void monitoring(Connection c, String household, String category, String risk, String identified,
            int eliminated, String method, String eliminatedMonth) throws SQLException {
        Queries.update(c, """
                INSERT INTO monitoring (household_id, category, risk1, identified_month, measures, contact_name, contact_phone,
                    risk_eliminated, elimination_method, eliminated_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                household, category, risk, identified, "产业帮扶,就业帮扶", "帮扶人", "13800000000", eliminated, method,
                eliminatedMonth);
    }

    private static void award(Connection c, String household, String type, int year) throws SQLException {
        Queries.update(c, "INSERT INTO award (household_id, award_type, year) VALUES (?, ?, ?)", household, type, year);
    }

    private static void points(Connection c, String household, String date, int points) throws SQLException {
        Queries.update(c, "INSERT INTO points_entry (household_id, entry_date, points, reason) VALUES (?, ?, ?, ?)",
                household, date, points, "测试");
    }

    private static void reserve(Connection c, long person, long village, String entry, String exit) throws SQLException {
        Queries.update(c, "INSERT INTO reserve_cadre (person_id, village_id, entry_date, direction, training, exit_date) VALUES (?, ?, ?, ?, ?, ?)",
                person, village, entry, "村党组织书记", "跟班学习", exit);
    }
}
