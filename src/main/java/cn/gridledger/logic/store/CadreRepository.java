package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import cn.gridledger.logic.service.CadreService.PostView;
import cn.gridledger.logic.service.CadreService.ReserveView;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Person;
import cn.gridledger.model.Post;

/** Persons, their posts and the reserve-cadre register. Lists are one query each (no per-row queries). */
public final class CadreRepository {

    private static final String PERSON_COLUMNS = """
            p.id AS p_id, p.name AS p_name, p.id_number, p.gender, p.birth_date, p.ethnicity, p.political_status,
            p.party_join_date, p.work_start_date, p.native_place, p.phone, p.edu_fulltime, p.degree_fulltime,
            p.school_fulltime, p.edu_inservice, p.degree_inservice, p.school_inservice, p.title, p.occupation""";

    /**
     * Every post with its person, village and grid, ordered village → person → start: only the columns the
     * cadre list shows (the person's other fields are left null), read by position to keep the page quick.
     */
    public List<PostView> allPosts(Connection c) throws SQLException {
        return Queries.list(c, """
                SELECT p.id, p.name, p.id_number, p.gender, p.birth_date, p.political_status, p.phone,
                    p.edu_fulltime, p.edu_inservice,
                    po.id, po.post_type, po.category, po.village_id, po.grid_id, po.dispatch_unit, po.start_date,
                    po.end_date, po.one_shoulder, po.cross_post, v.name, g.name
                FROM post po JOIN person p ON p.id = po.person_id
                LEFT JOIN village v ON v.id = po.village_id
                LEFT JOIN grid g ON g.id = po.grid_id
                ORDER BY coalesce(v.sort_order, 1e9), po.village_id, p.id, po.start_date, po.id
                """, rs -> {
                    long personId = rs.getLong(1);
                    Person person = new Person(personId, rs.getString(2), rs.getString(3), rs.getString(4),
                            date(rs.getString(5)), null, rs.getString(6), null, null, null, rs.getString(7),
                            new Person.Education(rs.getString(8), null, null),
                            new Person.Education(rs.getString(9), null, null), null, null);
                    long village = rs.getLong(13);
                    Long villageId = rs.wasNull() ? null : village;
                    long grid = rs.getLong(14);
                    Long gridId = rs.wasNull() ? null : grid;
                    Post post = new Post(rs.getLong(10), personId, rs.getString(11), rs.getString(12), villageId,
                            gridId, rs.getString(15), null, null, date(rs.getString(16)), date(rs.getString(17)),
                            rs.getInt(18) != 0, rs.getInt(19) != 0, null, null);
                    return new PostView(person, post, rs.getString(20), rs.getString(21));
                });
    }

    /** The posts of one person, oldest first. */
    public List<PostView> postsOf(Connection c, long personId) throws SQLException {
        return Queries.list(c, "SELECT " + PERSON_COLUMNS + """
                , po.*, v.name AS village_name, v.sort_order AS village_order, g.name AS grid_name
                FROM post po JOIN person p ON p.id = po.person_id
                LEFT JOIN village v ON v.id = po.village_id
                LEFT JOIN grid g ON g.id = po.grid_id
                WHERE po.person_id = ? ORDER BY po.start_date, po.id
                """, CadreRepository::postView, personId);
    }

    public Post post(Connection c, long postId) throws SQLException {
        return Queries.one(c, "SELECT * FROM post WHERE id = ?", CadreRepository::post, postId);
    }

    /** Reserve cadres in the register on {@code asOfIso} (entered on or before, not yet left). */
    public List<ReserveView> reserves(Connection c, String asOfIso) throws SQLException {
        return Queries.list(c, "SELECT " + PERSON_COLUMNS + """
                , r.id AS r_id, r.village_id, r.entry_date, r.direction, r.training, r.exit_date, v.name AS village_name
                FROM reserve_cadre r JOIN person p ON p.id = r.person_id JOIN village v ON v.id = r.village_id
                WHERE r.entry_date <= ? AND (r.exit_date IS NULL OR r.exit_date > ?)
                ORDER BY v.sort_order, v.id, r.entry_date, r.id
                """, rs -> new ReserveView(rs.getLong("r_id"), rs.getLong("village_id"), rs.getString("village_name"),
                person(rs), date(rs, "entry_date"), rs.getString("direction"), rs.getString("training"),
                date(rs, "exit_date")), asOfIso, asOfIso);
    }

    public long insertReserve(Connection c, long personId, long villageId, FuzzyDate entry, String direction,
            String training) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO reserve_cadre (person_id, village_id, entry_date, direction, training) VALUES (?, ?, ?, ?, ?)
                """, personId, villageId, iso(entry), direction, training);
    }

    /** The reserve entry's person id, village id, entry date and exit date, or null. */
    public ReserveView reserve(Connection c, long reserveId) throws SQLException {
        return Queries.one(c, "SELECT " + PERSON_COLUMNS + """
                , r.id AS r_id, r.village_id, r.entry_date, r.direction, r.training, r.exit_date, v.name AS village_name
                FROM reserve_cadre r JOIN person p ON p.id = r.person_id JOIN village v ON v.id = r.village_id
                WHERE r.id = ?
                """, rs -> new ReserveView(rs.getLong("r_id"), rs.getLong("village_id"), rs.getString("village_name"),
                person(rs), date(rs, "entry_date"), rs.getString("direction"), rs.getString("training"),
                date(rs, "exit_date")), reserveId);
    }

    /** True when the person is in the village's register and has not left it. */
    public boolean inReserve(Connection c, long personId, long villageId) throws SQLException {
        return Queries.count(c, """
                SELECT count(*) FROM reserve_cadre WHERE person_id = ? AND village_id = ? AND exit_date IS NULL
                """, personId, villageId) > 0;
    }

    public void endReserve(Connection c, long reserveId, FuzzyDate exit) throws SQLException {
        Queries.update(c, "UPDATE reserve_cadre SET exit_date = ? WHERE id = ?", iso(exit), reserveId);
    }

    public List<VillageRef> villages(Connection c) throws SQLException {
        return Queries.list(c, "SELECT id, name FROM village ORDER BY sort_order, id",
                rs -> new VillageRef(rs.getLong("id"), rs.getString("name")));
    }

    public Person person(Connection c, long personId) throws SQLException {
        return Queries.one(c, "SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.id = ?", CadreRepository::person,
                personId);
    }

    /** The person holding this ID number, or null. */
    public Person personByIdNumber(Connection c, String idNumber) throws SQLException {
        return Queries.one(c, "SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.id_number = ?",
                CadreRepository::person, idNumber);
    }

    public long insertPerson(Connection c, Person p) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO person (name, id_number, gender, birth_date, ethnicity, political_status, party_join_date,
                    work_start_date, native_place, phone, edu_fulltime, degree_fulltime, school_fulltime, edu_inservice,
                    degree_inservice, school_inservice, title, occupation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, personValues(p));
    }

    public void updatePerson(Connection c, Person p) throws SQLException {
        Object[] values = personValues(p);
        Object[] args = java.util.Arrays.copyOf(values, values.length + 1);
        args[values.length] = p.id();
        Queries.update(c, """
                UPDATE person SET name = ?, id_number = ?, gender = ?, birth_date = ?, ethnicity = ?,
                    political_status = ?, party_join_date = ?, work_start_date = ?, native_place = ?, phone = ?,
                    edu_fulltime = ?, degree_fulltime = ?, school_fulltime = ?, edu_inservice = ?,
                    degree_inservice = ?, school_inservice = ?, title = ?, occupation = ?,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
                WHERE id = ?
                """, args);
    }

    public long insertPost(Connection c, Post p) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO post (person_id, post_type, category, village_id, grid_id, dispatch_unit, dispatch_level,
                    full_time, start_date, end_date, one_shoulder, cross_post, source, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, p.personId(), p.postType(), p.category(), p.villageId(), p.gridId(), p.dispatchUnit(),
                p.dispatchLevel(), p.fullTime(), iso(p.startDate()), iso(p.endDate()), p.oneShoulder(), p.crossPost(),
                p.source(), p.notes());
    }

    public void endPost(Connection c, long postId, FuzzyDate end) throws SQLException {
        Queries.update(c, "UPDATE post SET end_date = ? WHERE id = ?", iso(end), postId);
    }

    private static Object[] personValues(Person p) {
        return new Object[] {p.name(), p.idNumber(), p.gender(), iso(p.birthDate()), p.ethnicity(),
            p.politicalStatus(), iso(p.partyJoinDate()), iso(p.workStartDate()), p.nativePlace(), p.phone(),
            p.fullTime().level(), p.fullTime().degree(), p.fullTime().school(), p.inService().level(),
            p.inService().degree(), p.inService().school(), p.title(), p.occupation()};
    }

    private static PostView postView(ResultSet rs) throws SQLException {
        return new PostView(person(rs), post(rs), rs.getString("village_name"), rs.getString("grid_name"));
    }

    private static Post post(ResultSet rs) throws SQLException {
        Integer fullTime = Queries.intOrNull(rs, "full_time");
        Integer grid = Queries.intOrNull(rs, "grid_id");
        Integer village = Queries.intOrNull(rs, "village_id");
        return new Post(rs.getLong("id"), rs.getLong("person_id"), rs.getString("post_type"), rs.getString("category"),
                village == null ? null : village.longValue(), grid == null ? null : grid.longValue(),
                rs.getString("dispatch_unit"), rs.getString("dispatch_level"),
                fullTime == null ? null : fullTime != 0, date(rs, "start_date"), date(rs, "end_date"),
                Queries.bool(rs, "one_shoulder"), Queries.bool(rs, "cross_post"), rs.getString("source"),
                rs.getString("notes"));
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("p_id"), rs.getString("p_name"), rs.getString("id_number"),
                rs.getString("gender"), date(rs, "birth_date"), rs.getString("ethnicity"),
                rs.getString("political_status"), date(rs, "party_join_date"), date(rs, "work_start_date"),
                rs.getString("native_place"), rs.getString("phone"),
                new Person.Education(rs.getString("edu_fulltime"), rs.getString("degree_fulltime"),
                        rs.getString("school_fulltime")),
                new Person.Education(rs.getString("edu_inservice"), rs.getString("degree_inservice"),
                        rs.getString("school_inservice")),
                rs.getString("title"), rs.getString("occupation"));
    }

    private static FuzzyDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return FuzzyDate.parseIso(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Stored dates are trusted to be in storage form; anything else is shown as unknown rather than failing the list. */
    static FuzzyDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return FuzzyDate.parseIso(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String iso(FuzzyDate d) {
        return d == null ? null : d.toIso();
    }
}
