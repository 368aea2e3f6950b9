package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import cn.gridledger.logic.service.MonitoringService.MonitoringRecord;
import cn.gridledger.model.Monitoring;

/**
 * 防返贫监测 episodes with what the list shows of their household (村, 网格, 户主, 人口), in one query:
 * the head and the head count are correlated sub-selects on indexed columns, never a query per row.
 */
public final class MonitoringRepository {

    private static final String SELECT = """
            SELECT mo.*, h.hh_number, h.grid_id, g.name AS grid_name, g.code AS grid_code, v.id AS village_id,
                v.name AS village_name,
                (SELECT p.name FROM member m JOIN person p ON p.id = m.person_id
                    WHERE m.household_id = h.id AND m.ended_on IS NULL
                    ORDER BY (m.relation = '户主') DESC, m.seq LIMIT 1) AS head_name,
                (SELECT count(*) FROM member m WHERE m.household_id = h.id AND m.ended_on IS NULL) AS population,
                (SELECT rp.name FROM person rp WHERE rp.id = mo.responsible_cadre_id) AS responsible_name
            FROM monitoring mo JOIN household h ON h.id = mo.household_id
            LEFT JOIN grid g ON g.id = h.grid_id
            LEFT JOIN village v ON v.id = g.village_id
            WHERE mo.deleted_at IS NULL AND h.deleted_at IS NULL
            """;

    /** Every episode, ordered village → grid → 户编号 → identified month. */
    public List<MonitoringRecord> all(Connection c) throws SQLException {
        return Queries.list(c, SELECT + " ORDER BY v.sort_order, v.id, g.code, h.hh_number, mo.identified_month, mo.id",
                MonitoringRepository::record);
    }

    public List<MonitoringRecord> ofHousehold(Connection c, String householdId) throws SQLException {
        return Queries.list(c, SELECT + " AND mo.household_id = ? ORDER BY mo.identified_month, mo.id",
                MonitoringRepository::record, householdId);
    }

    public MonitoringRecord one(Connection c, long id) throws SQLException {
        return Queries.one(c, SELECT + " AND mo.id = ?", MonitoringRepository::record, id);
    }

    /** The grid of a household, or null when it has none (or does not exist). */
    public Long gridOfHousehold(Connection c, String householdId) throws SQLException {
        return Queries.one(c, "SELECT grid_id FROM household WHERE id = ? AND deleted_at IS NULL",
                rs -> {
                    long g = rs.getLong(1);
                    return rs.wasNull() ? null : g;
                }, householdId);
    }

    public boolean householdExists(Connection c, String householdId) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM household WHERE id = ? AND deleted_at IS NULL", householdId) > 0;
    }

    public long insert(Connection c, Monitoring m) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO monitoring (household_id, category, risk1, risk2, risk3, identified_month, measures,
                    contact_name, contact_phone, risk_eliminated, elimination_method, eliminated_month)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, m.householdId(), m.category(), m.risk1(), m.risk2(), m.risk3(),
                CadreRepository.iso(m.identifiedMonth()), m.measures(), m.contactName(), m.contactPhone(),
                m.riskEliminated(), m.eliminationMethod(), CadreRepository.iso(m.eliminatedMonth()));
    }

    public void update(Connection c, Monitoring m) throws SQLException {
        Queries.update(c, """
                UPDATE monitoring SET category = ?, risk1 = ?, risk2 = ?, risk3 = ?, identified_month = ?, measures = ?,
                    contact_name = ?, contact_phone = ?, risk_eliminated = ?, elimination_method = ?,
                    eliminated_month = ?
                WHERE id = ?
                """, m.category(), m.risk1(), m.risk2(), m.risk3(), CadreRepository.iso(m.identifiedMonth()),
                m.measures(), m.contactName(), m.contactPhone(), m.riskEliminated(), m.eliminationMethod(),
                CadreRepository.iso(m.eliminatedMonth()), m.id());
    }

    private static MonitoringRecord record(ResultSet rs) throws SQLException {
        Monitoring m = new Monitoring(rs.getLong("id"), rs.getString("household_id"), rs.getString("category"),
                rs.getString("risk1"), rs.getString("risk2"), rs.getString("risk3"),
                CadreRepository.date(rs, "identified_month"), rs.getString("measures"), rs.getString("contact_name"),
                rs.getString("contact_phone"), Queries.bool(rs, "risk_eliminated"), rs.getString("elimination_method"),
                CadreRepository.date(rs, "eliminated_month"));
        Integer grid = Queries.intOrNull(rs, "grid_id");
        Integer village = Queries.intOrNull(rs, "village_id");
        return new MonitoringRecord(m, rs.getString("hh_number"), grid == null ? null : grid.longValue(),
                rs.getString("grid_name"), village == null ? null : village.longValue(), rs.getString("village_name"),
                rs.getString("head_name"), rs.getInt("population"), Queries.longOrNull(rs, "responsible_cadre_id"),
                rs.getString("responsible_name"));
    }
}
