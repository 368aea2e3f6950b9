package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gridledger.model.Visit;
import cn.gridledger.model.Visit.Visitor;
import cn.gridledger.model.VisitFilter;
import cn.gridledger.model.VisitResponsibility.CadreChoice;
import cn.gridledger.model.VisitResponsibility.GridMonitor;
import cn.gridledger.model.VisitResponsibility.MonitoredHousehold;
import cn.gridledger.model.VisitRow;

/**
 * The visit log: visits with their households and visitors, the filtered and paged list, and the
 * responsibility columns (grid.monitor_cadre_id, monitoring.responsible_cadre_id). The list reads one
 * page: households and visitors of the page's rows are joined up in sub-selects, never per row in Java.
 */
public final class VisitRepository {

    private static final String ROW = """
            SELECT v.*, g.name AS grid_name, vi.name AS village_name,
                (SELECT group_concat(p.name, '、') FROM visit_household vh
                    JOIN member m ON m.household_id = vh.household_id AND m.relation = '户主' AND m.ended_on IS NULL
                    JOIN person p ON p.id = m.person_id WHERE vh.visit_id = v.id) AS heads,
                (SELECT count(*) FROM visit_household vh WHERE vh.visit_id = v.id) AS household_count,
                (SELECT group_concat(name, '、') FROM (SELECT name FROM visit_visitor vv WHERE vv.visit_id = v.id
                    ORDER BY seq)) AS visitor_names
            FROM visit v %s LEFT JOIN grid g ON g.id = v.grid_id LEFT JOIN village vi ON vi.id = g.village_id
            """;

    /** The list's page, newest visit first. {@code scope} null = every grid. */
    public List<VisitRow> page(Connection c, VisitFilter f, Set<Long> scope, LocalDate today, int offset, int limit)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(f, scope, today, args);
        args.add(limit);
        args.add(offset);
        return Queries.list(c, ROW.formatted(hint(f, scope)) + where + " ORDER BY v.visit_date DESC, v.created_at DESC, v.id LIMIT ? OFFSET ?",
                rs -> row(rs, today), args.toArray());
    }

    public long count(Connection c, VisitFilter f, Set<Long> scope, LocalDate today) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(f, scope, today, args);
        return Queries.count(c, "SELECT count(*) FROM visit v " + hint(f, scope) + where, args.toArray());
    }

    /**
     * A text search without a grid, household or open-items filter reads the narrow covering index
     * visit_search (45 ms for 200,000 visits); left to itself the planner walks visit_date and fetches
     * every table row for its search_text (four times slower). With those filters their index is better.
     */
    private static String hint(VisitFilter f, Set<Long> scope) {
        boolean text = f.text() != null && !f.text().isBlank();
        return text && scope == null && f.gridId() == null && f.villageId() == null && f.householdId() == null
                && !f.openOnly() && !f.overdueOnly() ? "INDEXED BY visit_search" : "";
    }

    private static String where(VisitFilter f, Set<Long> scope, LocalDate today, List<Object> args) {
        StringBuilder w = new StringBuilder(" WHERE v.deleted_at IS NULL");
        if (scope != null) {
            w.append(scope.isEmpty() ? " AND 0" : " AND v.grid_id IN (" + String.join(",",
                    scope.stream().map(String::valueOf).toList()) + ")");
        }
        if (f.gridId() != null) {
            w.append(" AND v.grid_id = ?");
            args.add(f.gridId());
        }
        if (f.villageId() != null) {
            w.append(" AND v.grid_id IN (SELECT id FROM grid WHERE village_id = ?)");
            args.add(f.villageId());
        }
        if (f.type() != null) {
            w.append(" AND v.visit_type = ?");
            args.add(f.type().label());
        }
        if (f.openOnly() || f.overdueOnly()) {
            w.append(" AND v.status = 'open'");
        }
        if (f.overdueOnly()) {
            w.append(" AND v.due_date < ?");
            args.add(today.toString());
        }
        if (f.from() != null) {
            w.append(" AND v.visit_date >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            w.append(" AND v.visit_date <= ?");
            args.add(f.to().toString());
        }
        if (f.householdId() != null) {
            w.append(" AND v.id IN (SELECT visit_id FROM visit_household WHERE household_id = ?)");
            args.add(f.householdId());
        }
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            // instr, not LIKE: a plain substring test (no case folding) is twice as fast on Chinese text,
            // and the user's % and _ are then literal
            w.append(" AND instr(v.search_text, ?) > 0");
            args.add(text);
        }
        return w.toString();
    }
    /** One visit whole (households and visitors in their order), or null; deleted ones too when asked. */
    public Visit one(Connection c, String id, boolean withDeleted) throws SQLException {
        Visit v = Queries.one(c, "SELECT * FROM visit WHERE id = ?" + (withDeleted ? "" : " AND deleted_at IS NULL"),
                rs -> visit(rs, List.of(), List.of()), id);
        if (v == null) {
            return null;
        }
        List<String> households = Queries.list(c, "SELECT household_id FROM visit_household WHERE visit_id = ? ORDER BY seq",
                rs -> rs.getString(1), id);
        List<Visitor> visitors = Queries.list(c, "SELECT person_id, name FROM visit_visitor WHERE visit_id = ? ORDER BY seq",
                rs -> {
                    long p = rs.getLong(1);
                    return new Visitor(rs.wasNull() ? null : p, rs.getString(2));
                }, id);
        return visit(c, v, households, visitors);
    }

    private static Visit visit(Connection c, Visit v, List<String> households, List<Visitor> visitors) {
        return new Visit(v.id(), v.date(), v.type(), v.gridId(), households, visitors, v.finding(), v.followUpNeeded(),
                v.followUp(), v.dueDate(), v.open(), v.result(), v.closedDate(), v.createdBy());
    }

    public void insert(Connection c, Visit v) throws SQLException {
        Queries.update(c, """
                INSERT INTO visit (id, visit_date, visit_type, grid_id, finding, follow_up_needed, follow_up, due_date,
                    status, result, closed_date, search_text, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                v.id(), v.date().toString(), v.type(), v.gridId(), v.finding(), v.followUpNeeded(), v.followUp(),
                iso(v.dueDate()), v.open() ? "open" : "closed", v.result(), iso(v.closedDate()), searchText(c, v),
                v.createdBy());
        links(c, v);
    }

    /** Rewrites the visit's columns, households and visitors. */
    public void update(Connection c, Visit v) throws SQLException {
        Queries.update(c, """
                UPDATE visit SET visit_date = ?, visit_type = ?, grid_id = ?, finding = ?, follow_up_needed = ?,
                    follow_up = ?, due_date = ?, status = ?, result = ?, closed_date = ?, search_text = ?,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
                WHERE id = ?""", v.date().toString(), v.type(), v.gridId(), v.finding(), v.followUpNeeded(),
                v.followUp(), iso(v.dueDate()), v.open() ? "open" : "closed", v.result(), iso(v.closedDate()),
                searchText(c, v), v.id());
        Queries.update(c, "DELETE FROM visit_household WHERE visit_id = ?", v.id());
        Queries.update(c, "DELETE FROM visit_visitor WHERE visit_id = ?", v.id());
        links(c, v);
    }

    /** Works the search column out again (a visit written by an exchange package, which does not carry it). */
    public void refreshSearchText(Connection c, String id) throws SQLException {
        Visit v = one(c, id, true);
        if (v != null) {
            Queries.update(c, "UPDATE visit SET search_text = ? WHERE id = ?", searchText(c, v), id);
        }
    }

    /** The search column: the visit's texts, visitors, and its households' 户主 names and 户编号. */
    private static String searchText(Connection c, Visit v) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String t : new String[] {v.finding(), v.followUp(), v.result()}) {
            if (t != null) {
                parts.add(t);
            }
        }
        v.visitors().forEach(p -> parts.add(p.name()));
        for (String h : v.households()) {
            parts.addAll(Queries.list(c, """
                    SELECT coalesce((SELECT p.name FROM member m JOIN person p ON p.id = m.person_id
                        WHERE m.household_id = h.id AND m.relation = '户主' AND m.ended_on IS NULL ORDER BY m.seq LIMIT 1), '')
                        || ' ' || coalesce(h.hh_number, '') FROM household h WHERE h.id = ?""", rs -> rs.getString(1), h));
        }
        return String.join(" ", parts);
    }

    private static void links(Connection c, Visit v) throws SQLException {
        int order = 0;
        for (String h : v.households()) {
            Queries.update(c, "INSERT INTO visit_household (visit_id, household_id, seq) VALUES (?, ?, ?)", v.id(), h,
                    order++);
        }
        int seq = 0;
        for (Visitor p : v.visitors()) {
            Queries.update(c, "INSERT INTO visit_visitor (visit_id, seq, person_id, name) VALUES (?, ?, ?, ?)",
                    v.id(), seq++, p.personId(), p.name());
        }
    }

    public void softDelete(Connection c, String id, String who) throws SQLException {
        Queries.update(c, "UPDATE visit SET deleted_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), deleted_by = ? "
                + "WHERE id = ?", who, id);
    }

    /** The grid of a household that is not deleted; {@code exists[0]} tells whether it exists at all. */
    public Long gridOfHousehold(Connection c, String householdId, boolean[] exists) throws SQLException {
        List<Long> grid = Queries.list(c, "SELECT grid_id FROM household WHERE id = ? AND deleted_at IS NULL", rs -> {
            long g = rs.getLong(1);
            return rs.wasNull() ? null : g;
        }, householdId);
        exists[0] = !grid.isEmpty();
        return grid.isEmpty() ? null : grid.get(0);
    }

    /** The name of a household's 户主 (else its first current member), or null: how late-edit notes name it. */
    public String headName(Connection c, String householdId) throws SQLException {
        return Queries.string(c, """
                SELECT p.name FROM member m JOIN person p ON p.id = m.person_id
                WHERE m.household_id = ? AND m.ended_on IS NULL ORDER BY (m.relation = '户主') DESC, m.seq LIMIT 1""",
                householdId);
    }

    /** The person id of the one current cadre of this name, or null (none, or several of the same name). */
    public Long cadreNamed(Connection c, String name) throws SQLException {
        List<Long> ids = Queries.list(c, """
                SELECT DISTINCT p.id FROM person p JOIN post ON post.person_id = p.id
                WHERE p.name = ? AND (post.end_date IS NULL OR post.end_date > date('now', 'localtime'))""",
                rs -> rs.getLong(1), name);
        return ids.size() == 1 ? ids.get(0) : null;
    }

    public boolean isCadre(Connection c, long personId) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM post WHERE person_id = ?", personId) > 0;
    }

    public String personName(Connection c, Long personId) throws SQLException {
        return personId == null ? null : Queries.string(c, "SELECT name FROM person WHERE id = ?", personId);
    }

    /** Cadres with a current post, by name. */
    public List<CadreChoice> cadres(Connection c) throws SQLException {
        return Queries.list(c, """
                SELECT p.id, p.name, group_concat(DISTINCT post.post_type) AS posts, min(vi.name) AS village
                FROM person p JOIN post ON post.person_id = p.id LEFT JOIN village vi ON vi.id = post.village_id
                WHERE post.end_date IS NULL OR post.end_date > date('now', 'localtime')
                GROUP BY p.id ORDER BY p.name, p.id""",
                rs -> new CadreChoice(rs.getLong("id"), rs.getString("name"),
                        rs.getString("posts") == null ? "" : rs.getString("posts").replace(",", "、"), rs.getString("village")));
    }

    public List<GridMonitor> gridMonitors(Connection c) throws SQLException {
        return Queries.list(c, """
                SELECT g.id, g.code, g.name, vi.name AS village, g.monitor_cadre_id, p.name AS cadre
                FROM grid g JOIN village vi ON vi.id = g.village_id LEFT JOIN person p ON p.id = g.monitor_cadre_id
                WHERE g.deleted_at IS NULL ORDER BY vi.sort_order, vi.id, g.code""",
                rs -> new GridMonitor(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("village"), Queries.longOrNull(rs, "monitor_cadre_id"), rs.getString("cadre")));
    }

    public boolean gridExists(Connection c, long gridId) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM grid WHERE id = ? AND deleted_at IS NULL", gridId) > 0;
    }

    public void setGridMonitor(Connection c, long gridId, Long personId) throws SQLException {
        Queries.update(c, "UPDATE grid SET monitor_cadre_id = ? WHERE id = ?", personId, gridId);
    }

    /** The monitoring episode's household grid and current responsible cadre; null when it does not exist. */
    public Long[] monitoringOwner(Connection c, long monitoringId) throws SQLException {
        return Queries.one(c, """
                SELECT h.grid_id, mo.responsible_cadre_id FROM monitoring mo JOIN household h ON h.id = mo.household_id
                WHERE mo.id = ? AND mo.deleted_at IS NULL AND h.deleted_at IS NULL""",
                rs -> new Long[] {Queries.longOrNull(rs, "grid_id"), Queries.longOrNull(rs, "responsible_cadre_id")}, monitoringId);
    }

    public void setResponsibleCadre(Connection c, long monitoringId, Long personId) throws SQLException {
        Queries.update(c, "UPDATE monitoring SET responsible_cadre_id = ? WHERE id = ?", personId, monitoringId);
    }

    /**
     * Households monitored with the risk not eliminated (newest episode per household), with the
     * responsible cadre and the latest visit on or before {@code asOf}.
     */
    public List<MonitoredHousehold> monitored(Connection c, LocalDate asOf) throws SQLException {
        return Queries.list(c, """
                SELECT mo.id, h.id AS household_id, h.hh_number, h.grid_id, g.name AS grid_name, mo.category,
                    mo.responsible_cadre_id, p.name AS cadre,
                    (SELECT pe.name FROM member m JOIN person pe ON pe.id = m.person_id
                        WHERE m.household_id = h.id AND m.relation = '户主' AND m.ended_on IS NULL ORDER BY m.seq LIMIT 1) AS head,
                    (SELECT max(v.visit_date) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
                        WHERE vh.household_id = h.id AND v.deleted_at IS NULL AND v.visit_date <= ?) AS last_visit
                FROM monitoring mo JOIN household h ON h.id = mo.household_id
                LEFT JOIN grid g ON g.id = h.grid_id LEFT JOIN person p ON p.id = mo.responsible_cadre_id
                WHERE mo.deleted_at IS NULL AND h.deleted_at IS NULL AND mo.risk_eliminated = 0
                  AND mo.id = (SELECT max(m2.id) FROM monitoring m2 WHERE m2.household_id = h.id AND m2.deleted_at IS NULL
                               AND m2.risk_eliminated = 0)
                ORDER BY g.code, h.hh_number, h.id""", rs -> {
                    String last = rs.getString("last_visit");
                    return new MonitoredHousehold(rs.getLong("id"), rs.getString("household_id"), rs.getString("hh_number"),
                            rs.getString("head"), Queries.longOrNull(rs, "grid_id"), rs.getString("grid_name"),
                            rs.getString("category"), Queries.longOrNull(rs, "responsible_cadre_id"), rs.getString("cadre"),
                            last == null ? null : LocalDate.parse(last));
                }, asOf.toString());
    }

    /** Open follow-ups due before {@code today}; {@code scope} null = every grid. */
    public long overdue(Connection c, Set<Long> scope, LocalDate today) throws SQLException {
        return count(c, new VisitFilter(null, null, null, true, true, null, null, null, null), scope, today);
    }

    private static VisitRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = date(rs, "due_date");
        boolean open = "open".equals(rs.getString("status"));
        return new VisitRow(rs.getString("id"), date(rs, "visit_date"), rs.getString("visit_type"),
                Queries.longOrNull(rs, "grid_id"), rs.getString("grid_name"), rs.getString("village_name"),
                rs.getString("heads") == null ? "" : rs.getString("heads"), rs.getInt("household_count"),
                rs.getString("visitor_names") == null ? "" : rs.getString("visitor_names"), rs.getString("finding"),
                Queries.bool(rs, "follow_up_needed"), rs.getString("follow_up"), due, open,
                open && due != null && due.isBefore(today), rs.getString("result"), date(rs, "closed_date"),
                rs.getString("created_by"));
    }

    private static Visit visit(ResultSet rs, List<String> households, List<Visitor> visitors) throws SQLException {
        return new Visit(rs.getString("id"), date(rs, "visit_date"), rs.getString("visit_type"), Queries.longOrNull(rs, "grid_id"),
                households, visitors, rs.getString("finding"), Queries.bool(rs, "follow_up_needed"),
                rs.getString("follow_up"), date(rs, "due_date"), "open".equals(rs.getString("status")),
                rs.getString("result"), date(rs, "closed_date"), rs.getString("created_by"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
