package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.model.CheckFinding;

/**
 * The {@code check} command's findings: SQLite's own integrity and foreign-key checks, then the
 * consistency rules a county checker applies (one 户主 per household, grid codes under their village).
 */
public final class IntegrityChecker {

    public List<CheckFinding> check(Connection c) throws SQLException {
        List<CheckFinding> out = new ArrayList<>();
        String integrity = Queries.string(c, "PRAGMA integrity_check");
        if (!"ok".equalsIgnoreCase(integrity)) {
            out.add(new CheckFinding(true, "数据库文件完整性检查未通过：" + integrity + "。请从最近的备份恢复。"));
            return out;
        }
        long fk = Queries.list(c, "PRAGMA foreign_key_check", rs -> rs.getString(1)).size();
        if (fk > 0) {
            out.add(new CheckFinding(true, "有 " + fk + " 条记录引用了不存在的数据（外键检查未通过）。"));
        }
        long noHead = Queries.count(c, """
                SELECT count(*) FROM household h WHERE h.deleted_at IS NULL AND h.ended_on IS NULL
                AND (SELECT count(*) FROM member m WHERE m.household_id = h.id AND m.ended_on IS NULL
                     AND m.relation = '户主') <> 1
                AND EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.ended_on IS NULL)
                """);
        if (noHead > 0) {
            out.add(new CheckFinding(false, "有 " + noHead + " 户的户主不是恰好一人。"));
        }
        long badGrid = Queries.count(c, """
                SELECT count(*) FROM grid g JOIN village v ON v.id = g.village_id
                WHERE g.deleted_at IS NULL AND substr(g.code, 1, 12) <> v.code
                """);
        if (badGrid > 0) {
            out.add(new CheckFinding(false, "有 " + badGrid + " 个网格的编号与所属村的区划代码不一致。"));
        }
        long dupId = Queries.count(c, """
                SELECT count(*) FROM (SELECT p.id FROM person p JOIN member m ON m.person_id = p.id
                WHERE m.ended_on IS NULL GROUP BY p.id HAVING count(DISTINCT m.household_id) > 1)
                """);
        if (dupId > 0) {
            out.add(new CheckFinding(false, "有 " + dupId + " 人同时登记在多个户中。"));
        }
        return out;
    }
}
