package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.gridledger.logic.report.ReportFacts.CadrePost;
import cn.gridledger.logic.report.ReportFacts.CommitteePost;
import cn.gridledger.logic.report.ReportFacts.HouseholdPoints;
import cn.gridledger.logic.report.ReportFacts.LedgerMember;
import cn.gridledger.logic.report.ReportFacts.MonitoredHousehold;
import cn.gridledger.logic.report.ReportFacts.Reserve;
import cn.gridledger.logic.report.ReportFacts.VillageCounts;
import cn.gridledger.logic.report.ReportFacts.VillageRef;

/**
 * The queries of the quarterly reports and rosters, all "as of" a date D (ISO text, the quarter's
 * last day): a household counts when it began on or before D and had not ended by D (month-precision
 * dates compare as text, so {@code 2026-09} ends within September); a household sits in the grid its
 * {@code household_grid_history} gives for D, else its current grid; a post or reserve entry counts
 * when it started by D and had not ended by D; monitoring compares months. Soft-deleted rows are never
 * counted (they were mistakes), except grids, whose deletion is their end.
 *
 * <p>Parameters are numbered: ?1 = D, ?2 = D's month (YYYY-MM), ?3 = village id or null.
 */
public final class ReportRepository {

    /**
     * Households alive at ?1 with their grid and village at ?1, and their 户类型, 低保 and 特困供养 as they held
     * on ?1 (V9's household_status_history); ?3 limits to one village.
     *
     * <p>Every write of those three columns keeps the history in step (editor, importer), so a household whose
     * history has only open values that began by ?1 has them in its columns: {@code st} reads the history only
     * of the few households with a dated change (a closed value, or one beginning after ?1), by one scan of
     * the table and the index household_status_history_hh, instead of three lookups for every household.
     * A household without a value for ?1 (no history, or none reaching back) takes its columns.
     */
    static final String HOUSEHOLDS_AT = """
            hist AS (
                SELECT household_id, grid_id, max(valid_from) FROM household_grid_history
                WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) GROUP BY household_id),
            st AS (
                SELECT household_id, max(CASE WHEN field = 'hh_type' THEN value END) AS hh_type,
                       max(CASE WHEN field = 'dibao' THEN CAST(value AS INTEGER) END) AS dibao,
                       max(CASE WHEN field = 'tekun' THEN CAST(value AS INTEGER) END) AS tekun
                FROM household_status_history
                WHERE household_id IN (SELECT household_id FROM household_status_history
                                       WHERE valid_to IS NOT NULL OR valid_from > ?1)
                  AND valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1)
                GROUP BY household_id),
            hv AS (
                SELECT h.id, h.hh_number, COALESCE(st.hh_type, h.hh_type) AS hh_type, h.ten_group_no,
                       h.villager_group_id, COALESCE(st.dibao, h.dibao) AS dibao, COALESCE(st.tekun, h.tekun) AS tekun,
                       h.notes, h.ten_group_leader, h.address, h.phone, h.housing_status, h.toilet_status, h.since,
                       g.id AS grid_id, g.code AS grid_code, g.name AS grid_name, g.village_id
                FROM household h
                LEFT JOIN hist ON hist.household_id = h.id
                LEFT JOIN st ON st.household_id = h.id
                JOIN grid g ON g.id = COALESCE(hist.grid_id, h.grid_id)
                WHERE h.deleted_at IS NULL AND (h.since IS NULL OR h.since <= ?1)
                  AND (h.ended_on IS NULL OR h.ended_on > ?1)
                  AND (?3 IS NULL OR g.village_id = ?3))
            """;

    private static final String MEMBER_AT = "(m.since IS NULL OR m.since <= ?1) AND (m.ended_on IS NULL OR m.ended_on > ?1)";

    private static final String POST_AT = "(p.start_date IS NULL OR p.start_date <= ?1) AND (p.end_date IS NULL OR p.end_date > ?1)";

    /** Heads of household at ?1 (the 户主 with the lowest seq). */
    private static final String HEADS = """
            heads AS (
                SELECT m.household_id, pe.name, pe.id_number, min(m.seq) FROM member m JOIN person pe ON pe.id = m.person_id
                WHERE m.relation = '户主' AND (m.since IS NULL OR m.since <= ?1) AND (m.ended_on IS NULL OR m.ended_on > ?1)
                GROUP BY m.household_id)
            """;

    /** Each household's latest monitoring episode identified by month ?2, with its state at ?2. */
    private static final String EPISODES = """
            ep AS (
                SELECT * FROM (
                    SELECT mo.*, (mo.risk_eliminated = 1 AND (mo.eliminated_month IS NULL OR mo.eliminated_month <= ?2)) AS gone,
                           row_number() OVER (PARTITION BY mo.household_id ORDER BY mo.identified_month DESC, mo.id DESC) AS rn
                    FROM monitoring mo WHERE mo.deleted_at IS NULL AND mo.identified_month <= ?2)
                WHERE rn = 1)
            """;

    private static Object[] args(LocalDate asOf, Long villageId) {
        return new Object[] {asOf.toString(), asOf.toString().substring(0, 7), villageId};
    }

    public List<VillageRef> villages(Connection c, Long villageId) throws SQLException {
        return Queries.list(c, "SELECT id, code, name FROM village WHERE (?1 IS NULL OR id = ?1) ORDER BY sort_order, code",
                rs -> new VillageRef(rs.getLong(1), rs.getString(2), rs.getString(3)), villageId);
    }

    public List<VillageCounts> villageCounts(Connection c, LocalDate asOf, Long villageId) throws SQLException {
        Object[] a = args(asOf, villageId);
        return Queries.list(c, "WITH " + HOUSEHOLDS_AT + """
                , grids AS (
                    SELECT village_id, count(*) AS n, sum(grid_type = '基础网格') AS basic, sum(grid_type = '专属网格') AS dedicated
                    FROM grid WHERE (deleted_at IS NULL OR substr(deleted_at, 1, 10) > ?1) GROUP BY village_id),
                workers AS (
                    SELECT COALESCE(p.village_id, g.village_id) AS village_id, count(DISTINCT p.person_id) AS n,
                           count(DISTINCT CASE WHEN p.full_time = 1 THEN p.person_id END) AS full_time,
                           count(DISTINCT CASE WHEN COALESCE(p.full_time, 0) = 0 THEN p.person_id END) AS part_time
                    FROM post p LEFT JOIN grid g ON g.id = p.grid_id
                    WHERE p.category = '网格员' AND """ + POST_AT + """
                    GROUP BY 1),
                hhs AS (
                    SELECT village_id, count(*) AS n, count(DISTINCT CASE WHEN COALESCE(ten_group_no, '') <> ''
                               THEN grid_id || '/' || ten_group_no END) AS ten_groups,
                           sum(hh_type = '脱贫户') AS poor
                    FROM hv GROUP BY village_id),
                people AS (
                    SELECT hv.village_id, count(*) AS n, sum(m.resident = 1) AS resident, sum(hv.hh_type = '脱贫户') AS poor,
                           sum(pe.political_status IN ('中共党员', '中共预备党员', '01', '02')) AS party
                    FROM hv JOIN member m ON m.household_id = hv.id JOIN person pe ON pe.id = m.person_id
                    WHERE """ + MEMBER_AT + """
                    GROUP BY hv.village_id),
                mon AS (
                    SELECT household_id, min(risk_eliminated = 1 AND (eliminated_month IS NULL OR eliminated_month <= ?2)) AS gone
                    FROM monitoring WHERE deleted_at IS NULL AND identified_month <= ?2 GROUP BY household_id),
                monitored AS (
                    SELECT hv.village_id, count(DISTINCT hv.id) AS n, count(DISTINCT CASE WHEN mon.gone = 1 THEN hv.id END) AS gone,
                           count(m.id) AS people
                    FROM hv JOIN mon ON mon.household_id = hv.id
                    LEFT JOIN member m ON m.household_id = hv.id AND """ + MEMBER_AT + """
                    GROUP BY hv.village_id),
                awards AS (
                    SELECT hv.village_id,
                           count(DISTINCT CASE WHEN a.award_type = '美丽庭院' THEN hv.id END) AS courtyard,
                           count(DISTINCT CASE WHEN a.award_type = '干净人家' THEN hv.id END) AS clean,
                           count(DISTINCT CASE WHEN a.award_type = '文明示范户' THEN hv.id END) AS civil
                    FROM hv JOIN award a ON a.household_id = hv.id
                    WHERE a.deleted_at IS NULL AND a.year <= CAST(substr(?1, 1, 4) AS INTEGER)
                    GROUP BY hv.village_id)
                SELECT v.id, COALESCE(grids.n, 0), COALESCE(grids.basic, 0), COALESCE(grids.dedicated, 0),
                       COALESCE(workers.n, 0), COALESCE(workers.full_time, 0), COALESCE(workers.part_time, 0),
                       COALESCE(hhs.n, 0), COALESCE(people.n, 0), COALESCE(people.resident, 0), COALESCE(hhs.ten_groups, 0),
                       COALESCE(hhs.poor, 0), COALESCE(people.poor, 0), COALESCE(monitored.n, 0), COALESCE(monitored.people, 0),
                       COALESCE(monitored.gone, 0), COALESCE(people.party, 0), COALESCE(awards.courtyard, 0),
                       COALESCE(awards.clean, 0), COALESCE(awards.civil, 0)
                FROM village v
                LEFT JOIN grids ON grids.village_id = v.id LEFT JOIN workers ON workers.village_id = v.id
                LEFT JOIN hhs ON hhs.village_id = v.id LEFT JOIN people ON people.village_id = v.id
                LEFT JOIN monitored ON monitored.village_id = v.id LEFT JOIN awards ON awards.village_id = v.id
                WHERE (?3 IS NULL OR v.id = ?3)
                ORDER BY v.sort_order, v.code
                """, rs -> new VillageCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17),
                rs.getLong(18), rs.getLong(19), rs.getLong(20)), a);
    }

    public List<CommitteePost> committeePosts(Connection c, LocalDate asOf, Long villageId) throws SQLException {
        return Queries.list(c, """
                SELECT COALESCE(p.village_id, g.village_id), p.person_id, p.post_type, pe.gender, pe.birth_date,
                       pe.ethnicity, pe.political_status, pe.edu_fulltime, pe.edu_inservice, p.one_shoulder, p.cross_post
                FROM post p JOIN person pe ON pe.id = p.person_id LEFT JOIN grid g ON g.id = p.grid_id
                WHERE p.category = '村两委' AND """ + POST_AT + """
                  AND COALESCE(p.village_id, g.village_id) IS NOT NULL
                  AND (?3 IS NULL OR COALESCE(p.village_id, g.village_id) = ?3)
                ORDER BY 1, p.person_id, p.id
                """, rs -> new CommitteePost(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10) != 0, rs.getInt(11) != 0), args(asOf, villageId));
    }

    public List<Reserve> reserves(Connection c, LocalDate asOf, Long villageId) throws SQLException {
        return Queries.list(c, """
                SELECT v.id, v.name, pe.name, pe.gender, pe.birth_date, pe.edu_fulltime, pe.edu_inservice,
                       pe.political_status, pe.occupation, r.entry_date, r.direction, r.training, pe.phone
                FROM reserve_cadre r JOIN person pe ON pe.id = r.person_id JOIN village v ON v.id = r.village_id
                WHERE r.entry_date <= ?1 AND (r.exit_date IS NULL OR r.exit_date > ?1) AND (?3 IS NULL OR v.id = ?3)
                ORDER BY v.sort_order, v.code, r.entry_date, r.id
                """, rs -> new Reserve(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)), args(asOf, villageId));
    }

    /** R3; ?4 = a grid id (or null): only the households in that grid at ?1. */
    public List<MonitoredHousehold> monitoredHouseholds(Connection c, LocalDate asOf, Long villageId, Long gridId)
            throws SQLException {
        Object[] a = args(asOf, villageId);
        // heads only of the monitored households (a few thousand), not of the whole township
        String monitoredHeads = HEADS.replace("GROUP BY m.household_id",
                "AND m.household_id IN (SELECT household_id FROM ep) GROUP BY m.household_id");
        return Queries.list(c, "WITH " + HOUSEHOLDS_AT + ", " + EPISODES + ", " + monitoredHeads + """
                SELECT v.id, v.name, hv.grid_name, hv.hh_number, heads.name, heads.id_number,
                       (SELECT count(*) FROM member m WHERE m.household_id = hv.id AND """ + MEMBER_AT + """
                       ), ep.category, ep.risk1, ep.risk2, ep.risk3, ep.identified_month, ep.measures, ep.contact_name,
                       ep.contact_phone, ep.gone, ep.elimination_method, ep.eliminated_month
                FROM ep JOIN hv ON hv.id = ep.household_id JOIN village v ON v.id = hv.village_id
                LEFT JOIN heads ON heads.household_id = hv.id
                WHERE (?4 IS NULL OR hv.grid_id = ?4)
                ORDER BY v.sort_order, v.code, hv.grid_code, hv.hh_number, hv.id
                """, rs -> new MonitoredHousehold(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getInt(16) != 0, rs.getString(17), rs.getString(18)), a[0], a[1], a[2], gridId);
    }

    /**
     * R4, streamed: households by village, ranked within it by the quarter's score (equal scores share
     * a rank: 1, 1, 3), ties in grid and 户编号 order. ?4 = the quarter's first day, ?5 = a grid id (or null): only that grid's households, ranked among themselves.
     *
     * <p>The rank is counted here while streaming (the rows arrive by village, best score first) instead
     * of by a window function, which cost a second sort of every household; the 户主's name is looked up
     * per household through the partial index {@code member_head} instead of joining a table of all heads.
     */
    public void householdPoints(Connection c, LocalDate from, LocalDate asOf, Long villageId, Long gridId,
            Consumer<HouseholdPoints> sink) throws SQLException {
        Object[] a = args(asOf, villageId);
        VillageRanks ranks = new VillageRanks();
        stream(c, "WITH " + HOUSEHOLDS_AT + """
                , pts AS (
                    SELECT household_id,
                           sum(CASE WHEN entry_date >= ?4 AND points > 0 THEN points ELSE 0 END) AS added,
                           sum(CASE WHEN entry_date >= ?4 AND points < 0 THEN -points ELSE 0 END) AS deducted,
                           sum(points) AS earned
                    FROM points_entry WHERE deleted_at IS NULL AND entry_date <= ?1 GROUP BY household_id),
                red AS (
                    SELECT household_id, sum(points) AS redeemed FROM points_redemption
                    WHERE deleted_at IS NULL AND redeem_date <= ?1 GROUP BY household_id)
                SELECT v.id, v.name, hv.grid_name,
                       (SELECT pe.name FROM member m JOIN person pe ON pe.id = m.person_id
                        WHERE m.household_id = hv.id AND m.relation = '户主' AND\s""" + MEMBER_AT + """
                        ORDER BY m.seq LIMIT 1) AS head,
                       COALESCE(pts.added, 0), COALESCE(pts.deducted, 0), COALESCE(pts.earned, 0),
                       COALESCE(red.redeemed, 0)
                FROM hv JOIN village v ON v.id = hv.village_id
                LEFT JOIN pts ON pts.household_id = hv.id LEFT JOIN red ON red.household_id = hv.id
                WHERE (?5 IS NULL OR hv.grid_id = ?5)
                ORDER BY v.sort_order, v.code, v.id, COALESCE(pts.added, 0) - COALESCE(pts.deducted, 0) DESC, hv.grid_code, hv.hh_number, hv.id
                """, rs -> {
                    long village = rs.getLong(1);
                    long added = rs.getLong(5);
                    long deducted = rs.getLong(6);
                    return new HouseholdPoints(village, rs.getString(2), rs.getString(3), rs.getString(4), added,
                            deducted, rs.getLong(7), rs.getLong(8), ranks.next(village, added - deducted));
                }, sink, a[0], a[1], a[2], from.toString(), gridId);
    }

    /** Ranks within a village of rows arriving village by village, best score first: 1, 1, 3. */
    private static final class VillageRanks {
        private boolean started;
        private long village;
        private long score;
        private long position;
        private long rank;

        long next(long rowVillage, long rowScore) {
            if (!started || rowVillage != village) {
                started = true;
                village = rowVillage;
                position = 0;
            }
            position++;
            if (position == 1 || rowScore != score) {
                rank = position;
                score = rowScore;
            }
            return rank;
        }
    }

    public void cadrePosts(Connection c, LocalDate asOf, Long villageId, int limit, Consumer<CadrePost> sink)
            throws SQLException {
        stream(c, """
                SELECT * FROM (
                    SELECT pe.name, pe.gender, pe.ethnicity, pe.birth_date, pe.native_place, pe.id_number,
                           pe.political_status, pe.party_join_date, pe.work_start_date, pe.edu_fulltime, pe.degree_fulltime,
                           pe.school_fulltime, pe.edu_inservice, pe.degree_inservice, pe.school_inservice,
                           COALESCE(NULLIF(p.dispatch_unit, ''), v.name) AS work_unit, p.post_type, p.start_date,
                           p.one_shoulder, p.cross_post, p.category, p.dispatch_level, pe.phone, p.notes,
                           v.sort_order AS vs, v.code AS vc,
                           CASE p.category WHEN '村两委' THEN 1 WHEN '驻村干部' THEN 2 WHEN '乡镇干部' THEN 3
                                WHEN '网格员' THEN 4 ELSE 5 END AS cs, p.id AS k
                    FROM post p JOIN person pe ON pe.id = p.person_id LEFT JOIN grid g ON g.id = p.grid_id
                    LEFT JOIN village v ON v.id = COALESCE(p.village_id, g.village_id)
                    WHERE """ + POST_AT + " AND (?3 IS NULL OR v.id = ?3)" + """
                    UNION ALL
                    SELECT pe.name, pe.gender, pe.ethnicity, pe.birth_date, pe.native_place, pe.id_number,
                           pe.political_status, pe.party_join_date, pe.work_start_date, pe.edu_fulltime, pe.degree_fulltime,
                           pe.school_fulltime, pe.edu_inservice, pe.degree_inservice, pe.school_inservice,
                           v.name, NULL, r.entry_date, 0, 0, '后备力量', NULL, pe.phone, NULL,
                           v.sort_order, v.code, 6, r.id
                    FROM reserve_cadre r JOIN person pe ON pe.id = r.person_id JOIN village v ON v.id = r.village_id
                    WHERE r.entry_date <= ?1 AND (r.exit_date IS NULL OR r.exit_date > ?1) AND (?3 IS NULL OR v.id = ?3))
                ORDER BY vs IS NULL, vs, vc, cs, k
                LIMIT ?4
                """, rs -> new CadrePost(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getString(18), rs.getInt(19) != 0, rs.getInt(20) != 0,
                rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24)), sink,
                asOf.toString(), asOf.toString().substring(0, 7), villageId, limit);
    }

    public void ledgerMembers(Connection c, LocalDate asOf, Long villageId, Long gridId, int limit,
            Consumer<LedgerMember> sink) throws SQLException {
        stream(c, "WITH " + HOUSEHOLDS_AT + ", " + HEADS + ", " + EPISODES + ", " + LEDGER_LISTS + """
                SELECT v.name, hv.grid_code, hv.grid_name, vg.name, hv.hh_number, heads.name, m.relation, pe.name,
                       pe.gender, pe.id_number, pe.birth_date, pe.ethnicity, m.education, m.student_status, m.health,
                       m.labour_skill, m.months_away, pe.political_status, pe.phone, hv.hh_type, hv.dibao, hv.tekun,
                       ep.category, ep.gone, hv.ten_group_no, hv.notes,
                       hv.address, hv.phone, hv.ten_group_leader, hv.housing_status, hv.toilet_status, hv.since,
                       m.work_place, m.resident, m.since, aw.list, mh.list
                FROM hv JOIN village v ON v.id = hv.village_id
                JOIN member m ON m.household_id = hv.id JOIN person pe ON pe.id = m.person_id
                LEFT JOIN villager_group vg ON vg.id = hv.villager_group_id
                LEFT JOIN heads ON heads.household_id = hv.id
                LEFT JOIN ep ON ep.household_id = hv.id
                LEFT JOIN aw ON aw.household_id = hv.id
                LEFT JOIN mh ON mh.household_id = hv.id
                WHERE """ + MEMBER_AT + """
                  AND (?5 IS NULL OR hv.grid_id = ?5)
                ORDER BY v.sort_order, v.code, hv.grid_code, hv.hh_number, heads.id_number, hv.id, m.seq, m.id
                LIMIT ?4
                """, rs -> new LedgerMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), Queries.intOrNull(rs, "months_away"), rs.getString(18), rs.getString(19),
                rs.getString(20), rs.getInt(21) != 0, rs.getInt(22) != 0, rs.getString(23),
                rs.getObject(24) == null ? null : rs.getInt(24) != 0, rs.getString(25), rs.getString(26),
                rs.getString(27), rs.getString(28), rs.getString(29), rs.getString(30), rs.getString(31),
                rs.getString(32), rs.getString(33), rs.getInt(34) != 0, rs.getString(35), rs.getString(36),
                rs.getString(37)), sink,
                asOf.toString(), asOf.toString().substring(0, 7), villageId, limit, gridId);
    }

    /**
     * C2's list cells, packed per household (fields split by U+001F, entries by U+001E; unpacked by the report):
     * awards of a year up to ?1's, oldest first; monitoring episodes identified by ?2, oldest first, each with
     * its elimination as it stood at ?2.
     */
    private static final String LEDGER_LISTS = """
            aw AS (
                SELECT household_id, group_concat(year || char(31) || level || char(31) || award_type, char(30)
                           ORDER BY year, id) AS list
                FROM award WHERE deleted_at IS NULL AND year <= CAST(substr(?1, 1, 4) AS INTEGER) GROUP BY household_id),
            mh AS (
                SELECT household_id, group_concat(category || char(31) || coalesce(risk1, '') || char(31)
                           || coalesce(risk2, '') || char(31) || coalesce(risk3, '') || char(31) || identified_month
                           || char(31) || coalesce(measures, '') || char(31) || coalesce(contact_name, '') || char(31)
                           || coalesce(contact_phone, '') || char(31) || gone || char(31)
                           || CASE WHEN gone THEN coalesce(elimination_method, '') ELSE '' END || char(31)
                           || CASE WHEN gone THEN coalesce(eliminated_month, '') ELSE '' END, char(30)
                           ORDER BY identified_month, id) AS list
                FROM (SELECT mo.*, (mo.risk_eliminated = 1 AND (mo.eliminated_month IS NULL OR mo.eliminated_month <= ?2)) AS gone
                      FROM monitoring mo WHERE mo.deleted_at IS NULL AND mo.identified_month <= ?2)
                GROUP BY household_id)
            """;

    private static <T> void stream(Connection c, String sql, Queries.RowMapper<T> mapper, Consumer<T> sink,
            Object... args) throws SQLException {
        try (PreparedStatement ps = Queries.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(mapper.map(rs));
            }
        }
    }
}
