package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Headline counts of the township for the home page and the status bar. */
public final class OverviewRepository {

    public long villages(Connection c) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM village");
    }

    public long grids(Connection c) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM grid WHERE deleted_at IS NULL");
    }

    public long households(Connection c) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM household WHERE deleted_at IS NULL AND ended_on IS NULL");
    }

    public long members(Connection c) throws SQLException {
        return Queries.count(c, """
                SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id
                WHERE h.deleted_at IS NULL AND h.ended_on IS NULL AND m.ended_on IS NULL
                """);
    }

    public long monitoredOpen(Connection c) throws SQLException {
        return Queries.count(c, """
                SELECT count(DISTINCT mo.household_id) FROM monitoring mo JOIN household h ON h.id = mo.household_id
                WHERE mo.deleted_at IS NULL AND mo.risk_eliminated = 0 AND h.deleted_at IS NULL
                """);
    }

    public long twoCommitteeMembers(Connection c) throws SQLException {
        return Queries.count(c, """
                SELECT count(DISTINCT person_id) FROM post WHERE category = '村两委' AND end_date IS NULL
                """);
    }
}
