package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gridledger.model.PointsEntry;
import cn.gridledger.model.PointsItem;

/** Villages' points catalogues (积分项目) and bulk points entry. */
public final class PointsRepository {

    public List<PointsItem> items(Connection c, long villageId) throws SQLException {
        return Queries.list(c, """
                SELECT id, village_id, name, direction, default_points, active FROM points_item
                WHERE village_id = ? ORDER BY active DESC, direction, name
                """, rs -> new PointsItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6) != 0), villageId);
    }

    public boolean nameTaken(Connection c, long villageId, String name, long exceptId) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM points_item WHERE village_id = ? AND name = ? AND id <> ?",
                villageId, name, exceptId) > 0;
    }

    public long save(Connection c, PointsItem item) throws SQLException {
        if (item.id() > 0) {
            Queries.update(c, "UPDATE points_item SET name = ?, direction = ?, default_points = ?, active = ? WHERE id = ?",
                    item.name(), item.direction(), item.defaultPoints(), item.active(), item.id());
            return item.id();
        }
        return Queries.insert(c, """
                INSERT INTO points_item (village_id, name, direction, default_points, active) VALUES (?, ?, ?, ?, ?)
                """, item.villageId(), item.name(), item.direction(), item.defaultPoints(), item.active());
    }

    /** Adds entries (one item to many households) as one batch and marks those households as updated. */
    public int addEntries(Connection c, List<PointsEntry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO points_entry (household_id, item_id, entry_date, points, reason, recorder, approver)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (PointsEntry e : entries) {
                Queries.bind(ps, e.householdId(), e.itemId(), e.date().toString(), e.points(), e.reason(),
                        e.recorder(), e.approver());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE household SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?")) {
            for (String id : new LinkedHashSet<>(entries.stream().map(PointsEntry::householdId).toList())) {
                Queries.bind(ps, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return entries.size();
    }

    /** The distinct grids of some households (null for a household without a grid). */
    public Set<Long> gridsOf(Connection c, List<String> householdIds) throws SQLException {
        Set<Long> out = new java.util.HashSet<>();
        for (String id : householdIds) {
            out.add(Queries.one(c, "SELECT grid_id FROM household WHERE id = ?", rs -> {
                long g = rs.getLong(1);
                return rs.wasNull() ? null : g;
            }, id));
        }
        return out;
    }

    /** The current 户主's name of a household ("" when it has none), as late-edit notes name households. */
    public String headName(Connection c, String householdId) throws SQLException {
        String name = Queries.string(c, "SELECT p.name FROM member m JOIN person p ON p.id = m.person_id"
                + " WHERE m.household_id = ? AND m.ended_on IS NULL ORDER BY m.relation <> '户主', m.seq LIMIT 1", householdId);
        return name == null ? "" : name;
    }
}
