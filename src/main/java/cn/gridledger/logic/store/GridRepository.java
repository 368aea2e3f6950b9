package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.model.Grid;
import cn.gridledger.model.GridStaff;
import cn.gridledger.model.GridSummary;

/** Grids with their counts, code history and staff posts (网格长/网格员). */
public final class GridRepository {

    public Grid grid(Connection c, long id) throws SQLException {
        return Queries.one(c, "SELECT id, code, name, grid_type, village_id, covered_groups FROM grid WHERE id = ?",
                rs -> new Grid(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6)), id);
    }

    /** Every current grid with its household and member counts and staff, ordered by code. */
    public List<GridSummary> summaries(Connection c) throws SQLException {
        Map<Long, List<GridStaff>> staff = new HashMap<>();
        for (var s : Queries.list(c, """
                SELECT po.grid_id, po.id, p.id, p.name, p.id_number, p.phone, po.post_type, po.full_time
                FROM post po JOIN person p ON p.id = po.person_id
                WHERE po.grid_id IS NOT NULL AND po.end_date IS NULL AND po.post_type IN ('网格长', '网格员')
                ORDER BY po.post_type DESC, po.id
                """, rs -> Map.entry(rs.getLong(1), new GridStaff(rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), nullableBool(rs.getObject(8)))))) {
            staff.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(s.getValue());
        }
        return Queries.list(c, """
                SELECT g.id, g.code, g.name, g.grid_type, g.village_id, g.covered_groups,
                       coalesce(hc.n, 0), coalesce(mc.n, 0)
                FROM grid g
                LEFT JOIN (SELECT grid_id, count(*) AS n FROM household WHERE deleted_at IS NULL AND ended_on IS NULL
                           GROUP BY grid_id) hc ON hc.grid_id = g.id
                LEFT JOIN (SELECT h.grid_id, count(*) AS n FROM member m JOIN household h ON h.id = m.household_id
                           WHERE h.deleted_at IS NULL AND h.ended_on IS NULL AND m.ended_on IS NULL
                           GROUP BY h.grid_id) mc ON mc.grid_id = g.id
                WHERE g.deleted_at IS NULL ORDER BY g.code
                """, rs -> {
                    Grid g = new Grid(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6));
                    return new GridSummary(g, rs.getLong(7), rs.getLong(8), staff.getOrDefault(g.id(), List.of()));
                });
    }

    private static Boolean nullableBool(Object v) {
        return v == null ? null : ((Number) v).intValue() != 0;
    }

    public boolean codeTaken(Connection c, String code, long exceptGridId) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM grid WHERE code = ? AND id <> ?", code, exceptGridId) > 0;
    }

    /** The highest 3-digit sequence used in a village (current or history), so a new grid gets the next one. */
    public int lastSequence(Connection c, String villageCode) throws SQLException {
        String max = Queries.string(c, """
                SELECT max(code) FROM (SELECT code FROM grid UNION ALL SELECT old_code FROM grid_code_history)
                WHERE code LIKE ? || '___'
                """, villageCode);
        return max == null ? 0 : Integer.parseInt(max.substring(max.length() - 3));
    }

    public void update(Connection c, Grid g) throws SQLException {
        Queries.update(c, "UPDATE grid SET name = ?, grid_type = ?, covered_groups = ? WHERE id = ?", g.name(),
                g.gridType(), g.coveredGroups(), g.id());
    }

    /** Gives the grid a new code and keeps the old one findable in grid_code_history. */
    public void renumber(Connection c, long gridId, String newCode) throws SQLException {
        String old = Queries.string(c, "SELECT code FROM grid WHERE id = ?", gridId);
        Queries.insert(c, "INSERT INTO grid_code_history (grid_id, old_code, changed_at) VALUES (?, ?, ?)", gridId, old,
                LocalDate.now().toString());
        Queries.update(c, "UPDATE grid SET code = ? WHERE id = ?", newCode, gridId);
    }

    public List<String> codeHistory(Connection c, long gridId) throws SQLException {
        return Queries.list(c, "SELECT old_code || '（' || changed_at || ' 前）' FROM grid_code_history "
                + "WHERE grid_id = ? ORDER BY id", rs -> rs.getString(1), gridId);
    }

    /** The grid with this current code, or null. */
    public Long gridByCode(Connection c, String code) throws SQLException {
        return Queries.one(c, "SELECT id FROM grid WHERE code = ?", rs -> rs.getLong(1), code);
    }

    /** The grid whose current or former code this is, or null. */
    public Long gridByAnyCode(Connection c, String code) throws SQLException {
        return Queries.one(c, """
                SELECT id FROM grid WHERE code = ? UNION ALL SELECT grid_id FROM grid_code_history WHERE old_code = ?
                """, rs -> rs.getLong(1), code, code);
    }

    /** Person by ID number, or a new person; returns the person id. */
    public long personFor(Connection c, String name, String idNumber, String gender, String birth, String phone)
            throws SQLException {
        if (idNumber != null) {
            Long existing = Queries.one(c, "SELECT id FROM person WHERE id_number = ?", rs -> rs.getLong(1), idNumber);
            if (existing != null) {
                if (phone != null) {
                    Queries.update(c, "UPDATE person SET phone = ? WHERE id = ?", phone, existing);
                }
                return existing;
            }
        }
        return Queries.insert(c, "INSERT INTO person (name, id_number, gender, birth_date, phone) VALUES (?, ?, ?, ?, ?)",
                name, idNumber, gender, birth, phone);
    }

    public long addPost(Connection c, long personId, String postType, long villageId, long gridId, Boolean fullTime)
            throws SQLException {
        return addPost(c, personId, postType, villageId, gridId, fullTime, LocalDate.now());
    }

    /** A grid post held from {@code start} on. */
    public long addPost(Connection c, long personId, String postType, long villageId, long gridId, Boolean fullTime,
            LocalDate start) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO post (person_id, post_type, category, village_id, grid_id, full_time, start_date)
                VALUES (?, ?, '网格员', ?, ?, ?, ?)
                """, personId, postType, villageId, gridId, fullTime, start.toString());
    }

    /** Ends a post today (history is kept). */
    public void endPost(Connection c, long postId) throws SQLException {
        endPost(c, postId, LocalDate.now());
    }

    /** Ends a post on {@code end}; false when it was ended already (or is not there). */
    public boolean endPost(Connection c, long postId, LocalDate end) throws SQLException {
        return Queries.update(c, "UPDATE post SET end_date = ? WHERE id = ? AND end_date IS NULL", end.toString(),
                postId) > 0;
    }

    /** Who holds a post not yet ended and what it is, for the note of 报送: {@code 张三 网格员}; null when none. */
    public String openPostHolder(Connection c, long postId) throws SQLException {
        return Queries.one(c, "SELECT p.name || ' ' || t.post_type FROM post t JOIN person p ON p.id = t.person_id"
                + " WHERE t.id = ? AND t.end_date IS NULL", rs -> rs.getString(1), postId);
    }

    /** The current grid leader posts of a grid (at most one is wanted). */
    public List<Long> leaderPosts(Connection c, long gridId) throws SQLException {
        return Queries.list(c, "SELECT id FROM post WHERE grid_id = ? AND post_type = '网格长' AND end_date IS NULL",
                rs -> rs.getLong(1), gridId);
    }
}
