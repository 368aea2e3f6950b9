package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.HouseholdRow.MonitoringState;

/**
 * The household list (网格与农户): current households with the figures the list shows, in ledger order
 * (grid code, 户编号). A part of the township can be read on its own ({@link IdRange}), so the list is read
 * in two halves at once on two connections and merged ({@link Part#merge}).
 *
 * <p>Each table is scanned once and joined in memory by household id: joining in SQL made SQLite build a
 * temporary index over the member counts on every open, and looking aggregates up per household cost
 * more still. Rows come packed ({@link PackedRows}). A household with two heads (possible only in
 * imported data) shows the later-added one.
 */
public final class HouseholdListing {

    /**
     * Household ids from {@code from} (inclusive) to {@code to} (exclusive); a null bound is open. Ids are
     * random UUIDs, so {@link #LOWER} and {@link #UPPER} split a township in halves; any other ids still
     * fall into exactly one of them.
     */
    public record IdRange(String from, String to) {
        public static final IdRange ALL = new IdRange(null, null);
        public static final IdRange LOWER = new IdRange(null, "8");
        public static final IdRange UPPER = new IdRange("8", null);

        /** The household with this id alone. */
        public static IdRange only(String id) {
            return new IdRange(id, id);
        }

        private boolean single() {
            return from != null && from.equals(to);
        }

        /** {@code AND ...} restricting {@code column} to the range; {@code scan}: keep SQLite off its index. */
        String sql(String column, boolean scan) {
            if (single()) {
                return " AND " + column + " = ?";
            }
            String c = scan ? "+" + column : column;
            return (from == null ? "" : " AND " + c + " >= ?") + (to == null ? "" : " AND " + c + " < ?");
        }

        Object[] args() {
            if (single()) {
                return new Object[] {from};
            }
            List<Object> args = new ArrayList<>(2);
            if (from != null) {
                args.add(from);
            }
            if (to != null) {
                args.add(to);
            }
            return args.toArray();
        }
    }

    /** A part of the list in ledger order, with what is needed to merge it with another part. */
    public static final class Part {
        private final List<Listed> listed;

        private Part(List<Listed> listed) {
            this.listed = listed;
        }

        public List<HouseholdRow> rows() {
            return listed.stream().map(Listed::row).toList();
        }

        public int size() {
            return listed.size();
        }

        /**
         * Merges two parts of one township (read with the same grids) into ledger order; {@code aItems} and
         * {@code bItems} hold one item per row of {@code a} and {@code b}, in the same order (each row's search
         * entry, say), and come out in the merged order.
         */
        public static <T> List<T> merge(Part a, List<T> aItems, Part b, List<T> bItems) {
            List<T> out = new ArrayList<>(aItems.size() + bItems.size());
            int i = 0;
            int j = 0;
            while (i < a.listed.size() && j < b.listed.size()) {
                if (LEDGER_ORDER.compare(a.listed.get(i), b.listed.get(j)) <= 0) {
                    out.add(aItems.get(i++));
                } else {
                    out.add(bItems.get(j++));
                }
            }
            out.addAll(aItems.subList(i, aItems.size()));
            out.addAll(bItems.subList(j, bItems.size()));
            return out;
        }
    }

    /** A row with its place in the ledger: the grid's rank by code, then 户编号, then the order households were added. */
    private record Listed(int gridRank, long rowid, HouseholdRow row) {
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Listed> LEDGER_ORDER = Comparator.comparingInt(Listed::gridRank)
            .thenComparing(l -> l.row().hhNumber(), NULLS_LAST)
            .thenComparingLong(Listed::rowid);

    /** A grid as the list shows it, and its place in the ledger. */
    private record GridLabel(String name, long villageId, int rank) {
    }

    /** What the list shows of a household besides its own columns; filled by one query each. */
    private static final class Figures {
        int members;
        String headName;
        String headPhone;
        long points;
        Long openEpisodes;
        boolean awarded;
    }

    /** Current households (deleted ones when {@code deleted}) whose id is in {@code range}, in ledger order. */
    public Part read(Connection c, boolean deleted, IdRange range) throws SQLException {
        Map<Long, GridLabel> grids = grids(c);
        Map<String, Figures> figures = new HashMap<>();
        // Members counted and the head picked in one pass over the covering index member_household (V7);
        // taken in the heads' order, the heads' names are read from the person table front to back.
        fill(figures, packed(c, "SELECT " + PackedRows.sql("m.household_id", "m.members", "hp.name", "hp.phone") + """
                 FROM (SELECT household_id, count(*) AS members,
                              max(CASE WHEN relation = '户主' THEN person_id END) AS head
                       FROM member WHERE ended_on IS NULL""" + range.sql("household_id", false) + """
                       GROUP BY household_id ORDER BY head) m
                LEFT JOIN person hp ON hp.id = m.head
                """, range), (f, p) -> {
                    f.members = (int) p.number();
                    f.headName = p.text();
                    f.headPhone = p.text();
                });
        fill(figures, packed(c, sumSql("sum(points)", "points_entry", range), range), (f, p) -> f.points += p.number());
        fill(figures, packed(c, sumSql("sum(points)", "points_redemption", range), range),
                (f, p) -> f.points -= p.number());
        fill(figures, packed(c, sumSql("sum(risk_eliminated = 0)", "monitoring", range), range),
                (f, p) -> f.openEpisodes = p.number());
        fill(figures, packed(c, sumSql("count(*)", "award", range), range), (f, p) -> f.awarded = p.number() > 0);

        PackedRows p = packed(c, "SELECT " + PackedRows.sql("h.rowid", "h.id", "h.hh_number", "h.grid_id", "h.hh_type",
                "h.dibao", "h.tekun", "h.phone", "h.updated_at") + """
                 FROM household h WHERE h.ended_on IS NULL AND h.deleted_at IS""" + (deleted ? " NOT NULL" : " NULL")
                + range.sql("h.id", true), range);
        List<Listed> listed = new ArrayList<>();
        while (p.hasNext()) {
            listed.add(listed(p, figures, grids));
        }
        listed.sort(LEDGER_ORDER);
        return new Part(listed);
    }

    private static final Figures NO_FIGURES = new Figures();

    /** The next household of {@code p} as the list shows it (a method of its own: small hot methods compile fast). */
    private static Listed listed(PackedRows p, Map<String, Figures> figures, Map<Long, GridLabel> grids) {
        long rowid = p.number();
        String id = p.text();
        Figures f = figures.getOrDefault(id, NO_FIGURES);
        String hhNumber = p.text();
        Long gridId = p.numberOrNull();
        GridLabel g = gridId == null ? null : grids.get(gridId);
        String hhType = p.text();
        boolean dibao = p.number() != 0;
        boolean tekun = p.number() != 0;
        String phone = p.text();
        HouseholdRow row = new HouseholdRow(id, hhNumber, f.headName, f.members, gridId,
                g == null ? null : g.name(), g == null ? null : g.villageId(), hhType, dibao, tekun,
                f.openEpisodes == null ? MonitoringState.NONE
                        : f.openEpisodes > 0 ? MonitoringState.OPEN : MonitoringState.CLOSED,
                f.points, phone != null ? phone : f.headPhone, f.awarded, p.text());
        return new Listed(g == null ? Integer.MAX_VALUE : g.rank(), rowid, row);
    }

    /** Grids by id, ranked by code (then id, for equal codes): the county's ledgers list grid by grid. */
    private static Map<Long, GridLabel> grids(Connection c) throws SQLException {
        record Grid(long id, String name, long villageId, String code) {
        }
        List<Grid> all = new ArrayList<>(Queries.list(c, "SELECT id, name, village_id, code FROM grid",
                rs -> new Grid(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))));
        all.sort(Comparator.comparing(Grid::code, NULLS_LAST).thenComparingLong(Grid::id));
        Map<Long, GridLabel> grids = new HashMap<>();
        for (Grid g : all) {
            grids.put(g.id(), new GridLabel(g.name(), g.villageId(), grids.size()));
        }
        return grids;
    }

    private static String sumSql(String aggregate, String table, IdRange range) {
        return "SELECT " + PackedRows.sql("household_id", "total") + " FROM (SELECT household_id, " + aggregate
                + " AS total FROM " + table + " WHERE deleted_at IS NULL" + range.sql("household_id", false)
                + " GROUP BY household_id)";
    }

    private static PackedRows packed(Connection c, String sql, IdRange range) throws SQLException {
        try (PreparedStatement ps = Queries.prepare(c, sql, range.args()); ResultSet rs = ps.executeQuery()) {
            return new PackedRows(rs.next() ? rs.getBytes(1) : null);
        }
    }

    /** Hands each packed row (a household id, then figures) to {@code fill} with that household's figures. */
    private static void fill(Map<String, Figures> figures, PackedRows p, BiConsumer<Figures, PackedRows> fill) {
        while (p.hasNext()) {
            fill.accept(figures.computeIfAbsent(p.text(), id -> new Figures()), p);
        }
    }
}
