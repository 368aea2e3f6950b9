package cn.gridledger.logic.store.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import cn.gridledger.logic.store.Queries;

/**
 * A points entry's item as it travels: 村代码/项目名. points_item is each village's own code list with integer ids
 * that differ between databases, and (village, name) is unique in it. An item the receiver lacks is added to its
 * village, 加分 or 减分 by the sign of the entry's points and with their size as default, so the entry keeps its
 * item; the village can rename or retire it afterwards.
 */
final class PointsItemRef {

    private PointsItemRef() {
    }

    static Long resolve(Connection c, ExchangeStore store, String ref, Map<String, String> entry) throws SQLException {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return null;
        }
        long village = store.villageId(c, ref.substring(0, slash));
        String name = ref.substring(slash + 1);
        Long id = Queries.one(c, "SELECT id FROM points_item WHERE village_id = ? AND name = ?", rs -> rs.getLong(1),
                village, name);
        if (id != null) {
            return id;
        }
        long points = parse(entry.get("points"));
        return Queries.insert(c, "INSERT INTO points_item (village_id, name, direction, default_points) VALUES (?, ?, ?, ?)",
                village, name, points < 0 ? "减分" : "加分", Math.abs(points));
    }

    private static long parse(String points) {
        try {
            return points == null ? 0 : Long.parseLong(points.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
