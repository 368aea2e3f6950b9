package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import cn.gridledger.model.Grid;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.model.VillagerGroup;

/** The region tree: the township, its villages, villager groups and grids. */
public final class TownshipRepository {

    public Township township(Connection c) throws SQLException {
        return Queries.one(c, "SELECT code, name, county_code, county_name FROM township WHERE id = 1",
                rs -> new Township(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public void saveTownship(Connection c, Township t) throws SQLException {
        Queries.update(c, """
                INSERT INTO township (id, code, name, county_code, county_name) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name,
                    county_code = excluded.county_code, county_name = excluded.county_name
                """, t.code(), t.name(), t.countyCode(), t.countyName());
    }

    public List<Village> villages(Connection c) throws SQLException {
        return Queries.list(c, "SELECT id, code, name, kind FROM village ORDER BY sort_order, code",
                TownshipRepository::village);
    }

    public Village village(Connection c, long id) throws SQLException {
        return Queries.one(c, "SELECT id, code, name, kind FROM village WHERE id = ?", TownshipRepository::village, id);
    }

    public Village villageByCode(Connection c, String code) throws SQLException {
        return Queries.one(c, "SELECT id, code, name, kind FROM village WHERE code = ?",
                TownshipRepository::village, code);
    }

    public Village insertVillage(Connection c, Village v) throws SQLException {
        long sort = Queries.count(c, "SELECT count(*) FROM village");
        long id = Queries.insert(c, "INSERT INTO village (code, name, kind, sort_order) VALUES (?, ?, ?, ?)",
                v.code(), v.name(), v.kind(), sort);
        return v.withId(id);
    }

    public VillagerGroup insertGroup(Connection c, long villageId, String name) throws SQLException {
        long sort = Queries.count(c, "SELECT count(*) FROM villager_group WHERE village_id = ?", villageId);
        long id = Queries.insert(c, "INSERT INTO villager_group (village_id, name, sort_order) VALUES (?, ?, ?)",
                villageId, name, sort);
        return new VillagerGroup(id, villageId, name);
    }

    public List<VillagerGroup> groups(Connection c, long villageId) throws SQLException {
        return Queries.list(c, "SELECT id, village_id, name FROM villager_group WHERE village_id = ? ORDER BY sort_order",
                rs -> new VillagerGroup(rs.getLong(1), rs.getLong(2), rs.getString(3)), villageId);
    }

    public List<Grid> grids(Connection c) throws SQLException {
        return Queries.list(c, """
                SELECT id, code, name, grid_type, village_id, covered_groups FROM grid
                WHERE deleted_at IS NULL ORDER BY code
                """, TownshipRepository::grid);
    }

    /** A new grid, set up from today on. */
    public Grid insertGrid(Connection c, Grid g) throws SQLException {
        return insertGrid(c, g, LocalDate.now().toString(), null);
    }

    /** A grid with its own dates: one another database set up (an exchange package's new grid). */
    public Grid insertGrid(Connection c, Grid g, String since, String deletedAt) throws SQLException {
        long id = Queries.insert(c, """
                INSERT INTO grid (code, name, grid_type, village_id, covered_groups, since, deleted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, g.code(), g.name(), g.gridType(), g.villageId(), g.coveredGroups(), since, deletedAt);
        return g.withId(id);
    }

    private static Village village(ResultSet rs) throws SQLException {
        return new Village(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private static Grid grid(ResultSet rs) throws SQLException {
        return new Grid(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6));
    }
}
