package cn.gridledger.logic.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.exchange.BaseRow;
import cn.gridledger.logic.exchange.CanonicalRow;
import cn.gridledger.logic.exchange.PackageFormat;
import cn.gridledger.logic.exchange.PackageGrid;
import cn.gridledger.logic.store.GridRepository;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.logic.store.VisitRepository;
import cn.gridledger.logic.store.exchange.ExchangeTables.Column;
import cn.gridledger.logic.store.exchange.ExchangeTables.Ref;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Village;

/** The SQL of exchange packages: identity, partners, bases, what was sent, conflicts, and the record walk. */
public final class ExchangeStore {

    // ------------------------------------------------------------------------------------------ identity

    /** @param scope grid codes, or null for 全镇 */
    public record Identity(String installationId, String name, List<String> scope, String privateKey, String publicKey,
            String copiedFrom, String createdAt) {
    }

    public Optional<Identity> identity(Connection c) throws SQLException {
        return Optional.ofNullable(Queries.one(c, """
                SELECT installation_id, name, scope, private_key, public_key, copied_from, created_at
                FROM exchange_identity WHERE id = 1""", rs -> new Identity(rs.getString(1), rs.getString(2),
                codes(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
    }

    public void saveIdentity(Connection c, Identity i) throws SQLException {
        Queries.update(c, "DELETE FROM exchange_identity");
        Queries.update(c, """
                INSERT INTO exchange_identity (id, installation_id, name, scope, private_key, public_key, copied_from)
                VALUES (1, ?, ?, ?, ?, ?, ?)""", i.installationId(), i.name(), joined(i.scope()), i.privateKey(),
                i.publicKey(), i.copiedFrom());
    }

    static List<String> codes(String joined) {
        return joined == null ? null : List.of(joined.split(","));
    }

    static String joined(List<String> codes) {
        return codes == null ? null : String.join(",", codes);
    }

    // ------------------------------------------------------------------------------------------ partners

    public record Partner(long id, String installationId, String name, String publicKey, List<String> scope,
            long lastSent, long lastReceived, String createdAt) {
    }

    private static final String PARTNER = """
            SELECT id, installation_id, name, public_key, scope, last_sent, last_received, created_at FROM exchange_partner
            """;

    private static Partner partner(ResultSet rs) throws SQLException {
        return new Partner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), codes(rs.getString(5)),
                rs.getLong(6), rs.getLong(7), rs.getString(8));
    }

    public List<Partner> partners(Connection c) throws SQLException {
        return Queries.list(c, PARTNER + " ORDER BY id", ExchangeStore::partner);
    }

    public Optional<Partner> partner(Connection c, String installationId) throws SQLException {
        return Optional.ofNullable(Queries.one(c, PARTNER + " WHERE installation_id = ?", ExchangeStore::partner,
                installationId));
    }

    public List<Partner> partnersNamed(Connection c, String name) throws SQLException {
        return Queries.list(c, PARTNER + " WHERE name = ? ORDER BY id", ExchangeStore::partner, name);
    }

    public long addPartner(Connection c, String installationId, String name, String publicKey, List<String> scope)
            throws SQLException {
        return Queries.insert(c, "INSERT INTO exchange_partner (installation_id, name, public_key, scope) VALUES (?, ?, ?, ?)",
                installationId, name, publicKey, joined(scope));
    }

    /** The scope stays as pinned on first contact (a package may name fewer grids, never more). */
    public void received(Connection c, long partnerId, long packageNo, String name) throws SQLException {
        Queries.update(c, "UPDATE exchange_partner SET last_received = ?, name = ? WHERE id = ?", packageNo, name,
                partnerId);
    }

    /** The township widens (or narrows) a partner's pinned scope. */
    public void setPartnerScope(Connection c, long partnerId, List<String> scope) throws SQLException {
        Queries.update(c, "UPDATE exchange_partner SET scope = ? WHERE id = ?", joined(scope), partnerId);
    }

    public void sent(Connection c, long partnerId, long packageNo) throws SQLException {
        Queries.update(c, "UPDATE exchange_partner SET last_sent = ? WHERE id = ?", packageNo, partnerId);
    }

    // ------------------------------------------------------------------------------------------ base and sent

    /** uid → the base for one partner and table: fields, or only their hash (V15). */
    public Map<String, BaseRow> base(Connection c, long partnerId, String table) throws SQLException {
        Map<String, BaseRow> out = new HashMap<>();
        try (PreparedStatement ps = Queries.prepare(c, "SELECT uid, json, hash FROM exchange_base WHERE partner_id = ? AND tbl = ?",
                partnerId, table); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), baseRow(rs.getString(2), rs.getBytes(3)));
            }
        }
        return out;
    }

    /** table → uid → base for one partner, every exchanged table present. */
    public Map<String, Map<String, BaseRow>> bases(Connection c, long partnerId) throws SQLException {
        Map<String, Map<String, BaseRow>> out = new HashMap<>();
        for (Table t : ExchangeTables.ALL) {
            out.put(t.name(), base(c, partnerId, t.name()));
        }
        return out;
    }

    /** null for a tombstone (neither JSON nor hash) */
    private static BaseRow baseRow(String json, byte[] hash) {
        return json != null ? BaseRow.full(PackageFormat.parseRow(json)) : hash != null ? BaseRow.hashOnly(hash) : null;
    }

    private static final String PUT_BASE = """
            INSERT INTO exchange_base (partner_id, tbl, uid, json, hash) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (partner_id, tbl, uid) DO UPDATE SET json = excluded.json, hash = excluded.hash""";

    public void putBase(Connection c, long partnerId, String table, String uid, BaseRow row) throws SQLException {
        Queries.update(c, PUT_BASE, partnerId, table, uid, json(row), hashOf(row));
    }

    /** One base row to write. */
    public record BaseEntry(String table, String uid, BaseRow row) {
    }

    /**
     * Writes many base rows through one prepared statement in batches: {@code exchange init --copy} and a
     * township's first package write one row per record of the township (300,000 for 20,000 households), where a
     * statement prepared per row costs most of the time.
     */
    public void putBases(Connection c, long partnerId, List<BaseEntry> rows) throws SQLException {
        batch(c, PUT_BASE, rows.stream().map(e -> new Object[] {partnerId, e.table(), e.uid(), json(e.row()),
                hashOf(e.row())}).toList());
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] args : rows) {
                Queries.bind(ps, args);
                ps.addBatch();
                if (++pending == 2_000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
    }

    private static String json(BaseRow row) {
        return row == null || !row.isFull() ? null : PackageFormat.rowJson(row.fields());
    }

    private static byte[] hashOf(BaseRow row) {
        return row == null ? null : row.storedHash();
    }

    public void removeBase(Connection c, long partnerId, String table, String uid) throws SQLException {
        Queries.update(c, "DELETE FROM exchange_base WHERE partner_id = ? AND tbl = ? AND uid = ?", partnerId, table, uid);
    }

    /** What package {@code packageNo} sent (a row null: a tombstone), in batches as {@link #putBases}. */
    public void putSent(Connection c, long partnerId, long packageNo, List<BaseEntry> rows) throws SQLException {
        batch(c, "INSERT INTO exchange_sent (partner_id, package_no, tbl, uid, json, hash) VALUES (?, ?, ?, ?, ?, ?)",
                rows.stream().map(e -> new Object[] {partnerId, packageNo, e.table(), e.uid(), json(e.row()),
                        hashOf(e.row())}).toList());
    }

    /** A row of a sent package: row null for a tombstone. */
    public record Sent(long packageNo, String table, String uid, BaseRow row) {
    }

    /** What packages up to {@code ack} sent, oldest first. */
    public List<Sent> sentUpTo(Connection c, long partnerId, long ack) throws SQLException {
        return Queries.list(c, """
                SELECT package_no, tbl, uid, json, hash FROM exchange_sent WHERE partner_id = ? AND package_no <= ?
                ORDER BY package_no""", rs -> new Sent(rs.getLong(1), rs.getString(2), rs.getString(3),
                baseRow(rs.getString(4), rs.getBytes(5))), partnerId, ack);
    }

    /**
     * The partner has applied packages up to {@code ack}: what they sent becomes the base, in the form it was kept
     * (JSON or hash). In SQL, not row by row: a township's first package to a laptop sends every record. The later
     * package wins: rows are upserted in package order, and a key whose latest row is a tombstone is removed.
     */
    public int promoteSent(Connection c, long partnerId, long ack) throws SQLException {
        Queries.update(c, """
                INSERT INTO exchange_base (partner_id, tbl, uid, json, hash)
                SELECT partner_id, tbl, uid, json, hash FROM exchange_sent
                WHERE partner_id = ? AND package_no <= ? AND (json IS NOT NULL OR hash IS NOT NULL) ORDER BY package_no
                ON CONFLICT (partner_id, tbl, uid) DO UPDATE SET json = excluded.json, hash = excluded.hash""",
                partnerId, ack);
        Queries.update(c, """
                DELETE FROM exchange_base WHERE partner_id = ? AND (tbl, uid) IN (
                    SELECT s.tbl, s.uid FROM exchange_sent s
                    WHERE s.partner_id = ? AND s.package_no <= ? AND s.json IS NULL AND s.hash IS NULL
                      AND NOT EXISTS (SELECT 1 FROM exchange_sent x WHERE x.partner_id = s.partner_id AND x.tbl = s.tbl
                          AND x.uid = s.uid AND x.package_no > s.package_no AND x.package_no <= ?
                          AND (x.json IS NOT NULL OR x.hash IS NOT NULL)))""", partnerId, partnerId, ack, ack);
        return Queries.update(c, "DELETE FROM exchange_sent WHERE partner_id = ? AND package_no <= ?", partnerId, ack);
    }

    // ------------------------------------------------------------------------------------------ the record walk

    /** Every row of a table in canonical form (see {@link ExchangeTables}). */
    public List<CanonicalRow> rows(Connection c, Table t) throws SQLException {
        List<CanonicalRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(t.selectAll()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(canonical(t, rs));
            }
        }
        return out;
    }

    /** One row in canonical form, or null. */
    public CanonicalRow row(Connection c, Table t, String uid) throws SQLException {
        try (PreparedStatement ps = Queries.prepare(c, t.selectOne(), uid); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? canonical(t, rs) : null;
        }
    }

    private static CanonicalRow canonical(Table t, ResultSet rs) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        int n = t.columns().size();
        for (int i = 0; i < n; i++) {
            fields.put(t.columns().get(i).name(), rs.getString(i + 2));
        }
        return new CanonicalRow(rs.getString(1), fields, rs.getString(n + 2));
    }

    // ------------------------------------------------------------------------------------------ grids

    /** The township's grids with their earlier codes. */
    public List<PackageGrid> grids(Connection c) throws SQLException {
        Map<Long, List<String>> old = new HashMap<>();
        for (Object[] r : Queries.list(c, "SELECT grid_id, old_code FROM grid_code_history ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
            old.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return Queries.list(c, """
                SELECT g.id, g.code, g.name, g.grid_type, v.code, g.covered_groups, g.since, g.deleted_at
                FROM grid g JOIN village v ON v.id = g.village_id ORDER BY g.code""",
                rs -> new PackageGrid(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), old.getOrDefault(rs.getLong(1), List.of())));
    }

    public List<String> villageCodes(Connection c) throws SQLException {
        return Queries.list(c, "SELECT code FROM village", rs -> rs.getString(1));
    }

    /** Gives a grid (found by its current code) a new code, keeping the old one in grid_code_history. */
    public void renumberGrid(Connection c, String currentCode, String newCode) throws SQLException {
        Long id = gridRepo.gridByCode(c, currentCode);
        if (id == null) {
            throw new UserFacingException("交换包要把网格 " + currentCode + " 改号为 " + newCode + "，但本机没有该网格。");
        }
        gridRepo.renumber(c, id, newCode);
    }

    /** A grid the package brings, with the sender's dates. */
    public void createGrid(Connection c, PackageGrid g) throws SQLException {
        Village village = townships.villageByCode(c, g.villageCode());
        if (village == null) {
            throw new UserFacingException("交换包中的网格 " + g.code() + "（" + g.name() + "）所属的村 " + g.villageCode()
                    + " 在本机不存在，请先在“网格与农户”中添加该村。");
        }
        townships.insertGrid(c, new Grid(0, g.code(), g.name(), g.gridType() == null ? "基础网格" : g.gridType(),
                village.id(), g.coveredGroups()), g.since(), g.deletedAt());
    }

    // ------------------------------------------------------------------------------------------ writing records

    /** Tables with an updated_at that an exchange's update brings up to date. */
    private static final Set<String> STAMPED = Set.of("household", "person", "visit");

    private final GridRepository gridRepo = new GridRepository();
    private final TownshipRepository townships = new TownshipRepository();
    private final ChildRowsWriter children = new ChildRowsWriter(this::resolve);
    private final VisitRepository visits = new VisitRepository();

    /** Inserts a record with the sender's uid; references are translated to this database's ids. */
    public void insert(Connection c, Table t, String uid, Map<String, String> fields) throws SQLException {
        StringJoiner cols = new StringJoiner(", ", "(", ")");
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        List<Object> args = new ArrayList<>();
        cols.add(t.idColumn());
        marks.add("?");
        args.add(uid);
        for (Column col : t.stored()) {
            cols.add(col.name());
            marks.add("?");
            args.add(resolve(c, col, fields.get(col.name()), fields));
        }
        checked(c, t, "INSERT INTO " + t.name() + " " + cols + " VALUES " + marks, args);
        written(c, t, uid, fields);
    }

    /** Sets some fields of a record (canonical values, translated). */
    public void update(Connection c, Table t, String uid, Map<String, String> fields) throws SQLException {
        if (fields.isEmpty()) {
            return;
        }
        StringJoiner set = new StringJoiner(", ");
        List<Object> args = new ArrayList<>();
        Map<String, String> context = null;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            Column col = t.column(f.getKey()).orElseThrow(() -> new IllegalArgumentException(f.getKey()));
            if (col.ref() == Ref.CHILDREN) {
                continue;
            }
            if (col.ref() == Ref.POINTS_ITEM && context == null) {
                context = new HashMap<>(row(c, t, uid).fields()); // a missing item is made from the entry's points
                context.putAll(fields);
            }
            set.add(col.name() + " = ?");
            args.add(resolve(c, col, f.getValue(), context == null ? fields : context));
        }
        if (STAMPED.contains(t.name())) {
            set.add("updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')");
        }
        args.add(uid);
        if (set.length() > 0) {
            checked(c, t, "UPDATE " + t.name() + " SET " + set + " WHERE " + t.idColumn() + " = ?", args);
        }
        written(c, t, uid, fields);
    }

    /** A write whose merged row breaks the table's rules (a CHECK) is refused in Chinese; the import rolls back. */
    private static void checked(Connection c, Table t, String sql, List<Object> args) throws SQLException {
        try {
            Queries.update(c, sql, args.toArray());
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("CHECK constraint failed")) {
                throw new UserFacingException("交换包中的一条" + t.label() + "与本机的修改合并后不符合填写规则（例如办理期限早于走访日期），"
                        + "交换包未导入。请在一方把这条记录改好，再重新交换。");
            }
            throw e;
        }
    }

    /** After a write: child rows given in {@code fields} replace the record's, and a visit's search text is redone. */
    private void written(Connection c, Table t, String uid, Map<String, String> fields) throws SQLException {
        for (Column col : t.columns()) {
            if (col.ref() == Ref.CHILDREN && fields.containsKey(col.name())) {
                children.replace(c, col.children(), uid, fields.get(col.name()));
            }
        }
        if (t == ExchangeTables.VISIT) {
            visits.refreshSearchText(c, uid);
        }
    }

    /** Deletes a record (its child rows first); false (and nothing deleted) when other rows still refer to it. */
    public boolean delete(Connection c, Table t, String uid) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            for (Column col : t.columns()) {
                if (col.ref() == Ref.CHILDREN) {
                    children.replace(c, col.children(), uid, null);
                }
            }
            Queries.update(c, "DELETE FROM " + t.name() + " WHERE " + t.idColumn() + " = ?", uid);
            c.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            c.rollback(sp);
            // only a row still referred to is kept (and sent back); any other failure is a real error
            if (e.getMessage() != null && e.getMessage().contains("FOREIGN KEY constraint failed")) {
                return false;
            }
            throw e;
        }
    }

    /**
     * A canonical value as this database's: references to ids. {@code row} is the record's canonical fields, which
     * a points item missing here is made from.
     */
    Object resolve(Connection c, Column col, String value, Map<String, String> row) throws SQLException {
        if (value == null) {
            return null;
        }
        return switch (col.ref()) {
            case PLAIN -> value;
            case GRID -> {
                Long id = gridId(c, value);
                if (id == null) {
                    throw new UserFacingException("交换包中的网格 " + value + " 在本机不存在。");
                }
                yield id;
            }
            case GROUP -> villagerGroup(c, value);
            case PERSON -> {
                Long id = value.startsWith("uid:")
                        ? Queries.one(c, "SELECT id FROM person WHERE uid = ?", rs -> rs.getLong(1), value.substring(4))
                        : Queries.one(c, "SELECT id FROM person WHERE id_number = ?", rs -> rs.getLong(1), value);
                if (id == null) {
                    throw new UserFacingException("交换包中的" + col.label() + "引用了本机没有的人员（" + value
                            + "），交换包可能不完整。");
                }
                yield id;
            }
            case MEMBER -> Queries.one(c, "SELECT id FROM member WHERE uid = ?", rs -> rs.getLong(1), value);
            case VILLAGE -> villageId(c, value);
            case POINTS_ITEM -> PointsItemRef.resolve(c, this, value, row);
            case CHILDREN -> throw new IllegalArgumentException(col.name() + " is not a column");
        };
    }

    /** A village by its code; one unknown here is refused (villages are added by the township, not by packages). */
    Long villageId(Connection c, String code) throws SQLException {
        Village village = townships.villageByCode(c, code);
        if (village == null) {
            throw new UserFacingException("交换包中的村 " + code + " 在本机不存在，请先在“网格与农户”中添加该村。");
        }
        return village.id();
    }

    /** A grid by its code, or by a code it had before. */
    public Long gridId(Connection c, String code) throws SQLException {
        Long id = gridRepo.gridByCode(c, code);
        return id != null ? id : Queries.one(c,
                "SELECT grid_id FROM grid_code_history WHERE old_code = ? ORDER BY id DESC LIMIT 1", rs -> rs.getLong(1), code);
    }

    /** 村代码/组名 → the group's id, adding the group to its village when missing (null when the village is unknown). */
    private Long villagerGroup(Connection c, String ref) throws SQLException {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String village = ref.substring(0, slash);
        String name = ref.substring(slash + 1);
        Long id = Queries.one(c, """
                SELECT vg.id FROM villager_group vg JOIN village v ON v.id = vg.village_id WHERE v.code = ? AND vg.name = ?""",
                rs -> rs.getLong(1), village, name);
        if (id != null) {
            return id;
        }
        Long villageId = Queries.one(c, "SELECT id FROM village WHERE code = ?", rs -> rs.getLong(1), village);
        if (villageId == null) {
            return null;
        }
        long order = Queries.count(c, "SELECT coalesce(max(sort_order), 0) + 1 FROM villager_group WHERE village_id = ?",
                villageId);
        return Queries.insert(c, "INSERT INTO villager_group (village_id, name, sort_order) VALUES (?, ?, ?)", villageId,
                name, order);
    }

    // ------------------------------------------------------------------------------------------ conflicts

    public record Conflict(long id, long partnerId, String partnerName, long packageNo, String table, String uid,
            String field, String mine, String theirs, String theirUser, String theirTime, String status,
            String resolution, String resolvedBy, String resolvedAt, String createdAt, String note) {
    }

    private static final String CONFLICT = """
            SELECT x.id, x.partner_id, p.name, x.package_no, x.tbl, x.uid, x.field, x.mine, x.theirs, x.their_user,
                x.their_time, x.status, x.resolution, x.resolved_by, x.resolved_at, x.created_at, x.note
            FROM exchange_conflict x JOIN exchange_partner p ON p.id = x.partner_id
            """;

    private static Conflict conflict(ResultSet rs) throws SQLException {
        return new Conflict(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17));
    }

    /**
     * Opens a conflict, or brings the open one of the same field up to date (a later package's value).
     *
     * @param note why it is one when not both sides changed it (a household rule), else null
     */
    public void openConflict(Connection c, long partnerId, long packageNo, String table, String uid, String field,
            String mine, String theirs, String theirUser, String theirTime, String note) throws SQLException {
        int updated = Queries.update(c, """
                UPDATE exchange_conflict SET partner_id = ?, package_no = ?, mine = ?, theirs = ?, their_user = ?,
                    their_time = ?, note = ?
                WHERE tbl = ? AND uid = ? AND field = ? AND status = 'open'""", partnerId, packageNo, mine, theirs,
                theirUser, theirTime, note, table, uid, field);
        if (updated == 0) {
            Queries.insert(c, """
                    INSERT INTO exchange_conflict (partner_id, package_no, tbl, uid, field, mine, theirs, their_user,
                        their_time, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", partnerId, packageNo, table, uid, field, mine, theirs,
                    theirUser, theirTime, note);
        }
    }

    public List<Conflict> conflicts(Connection c, boolean openOnly) throws SQLException {
        return Queries.list(c, CONFLICT + (openOnly ? " WHERE x.status = 'open'" : "") + " ORDER BY x.id",
                ExchangeStore::conflict);
    }

    public Optional<Conflict> conflict(Connection c, long id) throws SQLException {
        return Optional.ofNullable(Queries.one(c, CONFLICT + " WHERE x.id = ?", ExchangeStore::conflict, id));
    }

    public void resolveConflict(Connection c, long id, String resolution, String who) throws SQLException {
        Queries.update(c, """
                UPDATE exchange_conflict SET status = 'resolved', resolution = ?, resolved_by = ?,
                    resolved_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
                WHERE id = ?""", resolution, who, id);
    }

    /** What the user calls the record: its label, who or what it is, and 户编号 and 户主 of its household. */
    public String describe(Connection c, Table t, String uid) throws SQLException {
        String household = t.naming().household() == null ? null : Queries.string(c, t.naming().household(), uid);
        String who = t.naming().who() == null ? null : Queries.string(c, t.naming().who(), uid);
        StringBuilder sb = new StringBuilder(t.label());
        if (who != null) {
            sb.append(' ').append(who);
        }
        if (household != null) {
            String[] h = Queries.one(c, """
                    SELECT COALESCE(h.hh_number, ''), (SELECT p.name FROM member m JOIN person p ON p.id = m.person_id
                        WHERE m.household_id = h.id AND m.relation = '户主' ORDER BY m.ended_on IS NOT NULL, m.seq LIMIT 1)
                    FROM household h WHERE h.id = ?""", rs -> new String[] {rs.getString(1), rs.getString(2)}, household);
            if (h != null) {
                sb.append(t == ExchangeTables.HOUSEHOLD ? " " : "（农户 ");
                sb.append(h[0].isEmpty() ? household.substring(0, Math.min(8, household.length())) : h[0]);
                if (h[1] != null) {
                    sb.append(' ').append(h[1]).append('户');
                }
                if (t != ExchangeTables.HOUSEHOLD) {
                    sb.append('）');
                }
            }
        }
        return sb.toString();
    }

    /** Forgets every partner, base, sent package and conflict: a copied file's exchanges are its origin's, not its own. */
    public void clearPartners(Connection c) throws SQLException {
        for (String t : new String[] {"exchange_conflict", "exchange_sent", "exchange_base", "exchange_partner"}) {
            Queries.update(c, "DELETE FROM " + t);
        }
    }
}
