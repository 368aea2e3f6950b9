package cn.gridledger.logic.exchange;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdChangeService;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;

/**
 * Two real databases: the township's (A) and a grid worker's laptop (B) started as a copy of A's file, with
 * {@code exchange init --copy} and the laptop's first (empty) package imported at the township.
 */
final class TwoLaptops implements AutoCloseable {

    static final String LAPTOP = "安恕村一组网格";
    static final String TOWNSHIP = "安恕镇";
    static final String H1 = "130102100201000101";
    static final String H2 = "130102100201000102";
    static final String H3 = "130102100201000103";
    static final String H4 = "130102100201000104";
    static final String H9 = "130102100201000109";
    static final String SPLIT = "130102100201000110";
    static final String RENUMBERED = HouseholdFixtures.VILLAGE_A + "009";
    static final String NOTES_A = "乡镇：低保复核中";
    static final String NOTES_B = "网格员：已入户核实";

    final Path dir;
    final Path aFile;
    final Path bFile;
    AppServices a;
    AppServices b;
    final List<Grid> grids;
    final Map<String, String> ids = new LinkedHashMap<>();
    private int packages;

    TwoLaptops(Path dir) throws Exception {
        this.dir = dir;
        aFile = dir.resolve("township/gridledger.db");
        bFile = dir.resolve("laptop/gridledger.db");
        a = AppServices.open(aFile);
        grids = HouseholdFixtures.township(a);
        long g1 = grids.get(0).id();
        ids.put(H1, a.households().save(detail(H1, g1, "13900000001", member("张三明", id("19500312", 1), "户主"),
                member("李秀英", id("19520506", 2), "配偶"), member("张小明", id("19800101", 3), "之子"))));
        ids.put(H2, a.households().save(detail(H2, g1, "13900000002", member("李四", id("19600101", 5), "户主"),
                member("王芳", id("19620202", 6), "配偶"))));
        ids.put(H3, a.households().save(detail(H3, g1, "13900000003", member("王五", id("19700303", 7), "户主"))));
        ids.put(H4, a.households().save(detail(H4, grids.get(1).id(), "13900000004", member("赵六", id("19710404", 9), "户主"))));
        a.exchange().init(TOWNSHIP, null, false);
        a.close();
        Files.createDirectories(bFile.getParent());
        Files.copy(aFile, bFile); // how a laptop gets its start
        a = AppServices.open(aFile);
        b = AppServices.open(bFile);
        b.exchange().init(LAPTOP, List.of(grids.get(0).code()), true);
        a.exchange().importPackage(b.exchange().export(TOWNSHIP, file("hello")).file());
    }

    Path file(String name) {
        return dir.resolve(name + "-" + (++packages) + ".glx");
    }

    /** Independent edits on both sides: one field each side only, the same field differently, new, deleted, 分户, ended, renumbered. */
    void editBoth() {
        edit(a, H1, h -> with(h, h.address(), "13911111111", h.notes()));
        edit(a, H2, h -> with(h, h.address(), h.phone(), NOTES_A));
        edit(a, H4, h -> with(h, "太平路 4 号", h.phone(), h.notes())); // outside the laptop's grid
        a.households().delete(ids.get(H3));
        a.grids().renumber(grids.get(0).id(), RENUMBERED);

        long g1 = grids.get(0).id();
        edit(b, H1, h -> with(h, "安恕村 1 号", h.phone(), h.notes()));
        edit(b, H2, h -> with(h, h.address(), h.phone(), NOTES_B));
        ids.put(H9, b.households().save(detail(H9, g1, "13900000009", member("孙九", id("19880808", 11), "户主"),
                member("孙小九", id("20100909", 13), "之子"))));
        HouseholdDetail h2 = b.households().load(ids.get(H2));
        long wang = memberId(b, H2, "王芳");
        b.households().save(new HouseholdDetail(h2.household(), h2.members().stream()
                .filter(m -> !m.person().name().equals("王芳")).toList(), h2.monitoring(), h2.awards(), h2.pointsEntries(),
                h2.redemptions()), List.of(new MemberDeparture(wang, DepartureReason.迁出, LocalDate.of(2026, 11, 3), "迁往外省")),
                List.of());
        ids.put(SPLIT, b.householdChanges().split(new HouseholdChangeService.Split(ids.get(H1),
                Map.of(memberId(b, H1, "张小明"), "户主"), Map.of(), SPLIT, LocalDate.of(2026, 11, 5), "分户另立")));
    }

    static void edit(AppServices app, String hh, UnaryOperator<Household> change) {
        HouseholdDetail d = app.households().load(idOf(app, hh));
        app.households().save(new HouseholdDetail(change.apply(d.household()), d.members(), d.monitoring(), d.awards(),
                d.pointsEntries(), d.redemptions()));
    }

    static Household with(Household h, String address, String phone, String notes) {
        return new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(), h.tenGroupLeader(),
                address, phone, h.hhType(), h.dibao(), h.tekun(), h.housingStatus(), h.toiletStatus(), notes, h.since());
    }

    static String idOf(AppServices app, String hhNumber) {
        return app.search().search(hhNumber, new cn.gridledger.logic.search.HouseholdFilter(null, null, java.util.Set.of(), null))
                .stream().filter(r -> hhNumber.equals(r.hhNumber())).findFirst().orElseThrow().id();
    }

    static long memberId(AppServices app, String hh, String name) {
        return app.households().load(idOf(app, hh)).members().stream().filter(m -> m.person().name().equals(name))
                .mapToLong(Member::id).findFirst().orElseThrow();
    }

    /** A → B: the township's package imported on the laptop. */
    void townshipToLaptop() {
        b.exchange().importPackage(a.exchange().export(LAPTOP, file("a")).file());
    }

    /** B → A. */
    void laptopToTownship() {
        a.exchange().importPackage(b.exchange().export(TOWNSHIP, file("b")).file());
    }

    static final String[] DUMP = {
        "SELECT code, name, grid_type FROM grid ORDER BY code",
        """
        SELECT h.id, h.hh_number, g.code, h.address, h.phone, h.notes, h.hh_type, h.dibao, h.tekun, h.since, h.ended_on,
            h.deleted_at, h.deleted_by FROM household h LEFT JOIN grid g ON g.id = h.grid_id ORDER BY h.id""",
        """
        SELECT m.uid, m.household_id, p.id_number, p.name, m.relation, m.seq, m.since, m.ended_on, m.end_reason, m.resident
        FROM member m JOIN person p ON p.id = m.person_id ORDER BY m.uid""",
        "SELECT uid, name, id_number, gender, birth_date, phone FROM person ORDER BY uid",
        """
        SELECT e.uid, e.household_id, m.uid, e.event_type, e.event_date, e.details FROM status_event e
        LEFT JOIN member m ON m.id = e.member_id ORDER BY e.uid""",
        """
        SELECT x.uid, x.household_id, g.code, x.valid_from, x.valid_to FROM household_grid_history x
        JOIN grid g ON g.id = x.grid_id ORDER BY x.uid""",
        "SELECT uid, household_id, field, value, valid_from, valid_to FROM household_status_history ORDER BY uid",
        """
        SELECT x.uid, x.household_id, x.category, x.risk1, x.identified_month, x.measures, x.contact_name,
            x.contact_phone, x.risk_eliminated, x.eliminated_month, p.id_number, x.deleted_at
        FROM monitoring x LEFT JOIN person p ON p.id = x.responsible_cadre_id ORDER BY x.uid""",
        "SELECT uid, household_id, award_type, year, level, deleted_at FROM award ORDER BY uid",
        "SELECT v.code, i.name, i.direction FROM points_item i JOIN village v ON v.id = i.village_id ORDER BY v.code, i.name",
        """
        SELECT x.uid, x.household_id, v.code || '/' || i.name, x.entry_date, x.points, x.reason, x.recorder, x.approver,
            x.deleted_at
        FROM points_entry x LEFT JOIN points_item i ON i.id = x.item_id LEFT JOIN village v ON v.id = i.village_id
        ORDER BY x.uid""",
        "SELECT uid, household_id, redeem_date, points, goods, recorder, deleted_at FROM points_redemption ORDER BY uid",
        """
        SELECT x.id, x.visit_date, x.visit_type, g.code, x.finding, x.follow_up_needed, x.follow_up, x.due_date, x.status,
            x.result, x.closed_date, x.created_by, x.deleted_at, x.search_text,
            (SELECT group_concat(household_id || '#' || seq, ',') FROM visit_household WHERE visit_id = x.id),
            (SELECT group_concat(COALESCE(p.id_number, '-') || '#' || vv.name || '#' || vv.seq, ',')
             FROM visit_visitor vv LEFT JOIN person p ON p.id = vv.person_id WHERE vv.visit_id = x.id)
        FROM visit x LEFT JOIN grid g ON g.id = x.grid_id ORDER BY x.id""",
        """
        SELECT x.uid, p.id_number, x.post_type, x.category, v.code, g.code, x.start_date, x.end_date, x.notes
        FROM post x JOIN person p ON p.id = x.person_id LEFT JOIN village v ON v.id = x.village_id
            LEFT JOIN grid g ON g.id = x.grid_id ORDER BY x.uid""",
        """
        SELECT x.uid, p.id_number, v.code, x.entry_date, x.exit_date, x.direction, x.training
        FROM reserve_cadre x JOIN person p ON p.id = x.person_id JOIN village v ON v.id = x.village_id ORDER BY x.uid"""};

    /** The exchanged tables of a database file as text, one line per row. */
    static List<String> dump(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : DUMP) {
                out.add("--- " + sql.lines().findFirst().orElse(""));
                try (ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        out.add(sb.toString());
                    }
                }
            }
        }
        return out;
    }

    static String one(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
