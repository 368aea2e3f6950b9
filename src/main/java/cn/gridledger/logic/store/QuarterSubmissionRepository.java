package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.QuarterSubmission;

/** {@code quarter_submission} and {@code late_edit} (V10): submitted quarters and the edits made after. */
public final class QuarterSubmissionRepository {

    private static final String COLUMNS = "id, quarter, report_kind, village_code, file_name, sha256, submitted_by,"
            + " submitted_at, fill_date, masked";

    /** Stores a submitted report with its frozen table; returns its id. */
    public long insert(Connection c, QuarterSubmission s, byte[] snapshot) throws SQLException {
        return Queries.insert(c, "INSERT INTO quarter_submission (quarter, report_kind, village_code, file_name, sha256,"
                + " submitted_by, submitted_at, fill_date, masked, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.quarter().code(), s.reportKind(), s.villageCode(), s.fileName(), s.sha256(), s.submittedBy(),
                s.submittedAt(), s.fillDate().toString(), s.masked(), snapshot);
    }

    /** The submitted version of one report of a quarter for a scope ({@code villageCode} null: the township). */
    public QuarterSubmission find(Connection c, Quarter q, String reportKind, String villageCode) throws SQLException {
        return Queries.one(c, "SELECT " + COLUMNS + " FROM quarter_submission WHERE quarter = ? AND report_kind = ?"
                + " AND coalesce(village_code, '') = coalesce(?, '')", QuarterSubmissionRepository::submission,
                q.code(), reportKind, villageCode);
    }

    public byte[] snapshot(Connection c, long id) throws SQLException {
        try (var ps = Queries.prepare(c, "SELECT snapshot FROM quarter_submission WHERE id = ?", id);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }

    /** Every submission, newest quarter first. */
    public List<QuarterSubmission> all(Connection c) throws SQLException {
        return Queries.list(c, "SELECT " + COLUMNS + " FROM quarter_submission ORDER BY quarter DESC, submitted_at, id",
                QuarterSubmissionRepository::submission);
    }

    /** The submissions of one quarter. */
    public List<QuarterSubmission> ofQuarter(Connection c, Quarter q) throws SQLException {
        return Queries.list(c, "SELECT " + COLUMNS + " FROM quarter_submission WHERE quarter = ? ORDER BY submitted_at, id",
                QuarterSubmissionRepository::submission, q.code());
    }

    /** The quarters of which some report has been submitted. */
    public Set<Quarter> submittedQuarters(Connection c) throws SQLException {
        Set<Quarter> out = new HashSet<>();
        for (String code : Queries.list(c, "SELECT DISTINCT quarter FROM quarter_submission", rs -> rs.getString(1))) {
            Quarter q = Quarter.parse(code);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    /** True when some report of {@code q} has been submitted. */
    public boolean isSubmitted(Connection c, Quarter q) throws SQLException {
        return Queries.count(c, "SELECT count(*) FROM quarter_submission WHERE quarter = ?", q.code()) > 0;
    }

    public long addLateEdit(Connection c, LateEdit e) throws SQLException {
        return Queries.insert(c, "INSERT INTO late_edit (fact_kind, record_id, household_id, fact_date, quarter, what,"
                + " reason, edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", e.factKind(), e.recordId(),
                e.householdId(), e.factDate().toString(), e.quarter().code(), e.what(), e.reason(), e.editedBy(),
                e.editedAt());
    }

    /**
     * Late edits no submitted export has listed yet, oldest first: of households in village {@code villageId},
     * or (null) all.
     */
    public List<LateEdit> unflagged(Connection c, Long villageId) throws SQLException {
        return Queries.list(c, "SELECT * FROM late_edit WHERE flagged_in IS NULL AND (? IS NULL OR household_id IN"
                + " (SELECT h.id FROM household h JOIN grid g ON g.id = h.grid_id WHERE g.village_id = ?))"
                + " ORDER BY quarter, id", QuarterSubmissionRepository::lateEdit, villageId, villageId);
    }

    /** Every late edit (for the 报送 list and tests), oldest first. */
    public List<LateEdit> lateEdits(Connection c) throws SQLException {
        return Queries.list(c, "SELECT * FROM late_edit ORDER BY id", QuarterSubmissionRepository::lateEdit);
    }

    /** Marks the late edits as listed in the submitted export {@code submissionId}. */
    public void flag(Connection c, List<Long> lateEditIds, long submissionId) throws SQLException {
        for (long id : lateEditIds) {
            Queries.update(c, "UPDATE late_edit SET flagged_in = ? WHERE id = ? AND flagged_in IS NULL", submissionId, id);
        }
    }

    private static QuarterSubmission submission(ResultSet rs) throws SQLException {
        return new QuarterSubmission(rs.getLong("id"), Quarter.parse(rs.getString("quarter")), rs.getString("report_kind"),
                rs.getString("village_code"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("submitted_by"), rs.getString("submitted_at"), LocalDate.parse(rs.getString("fill_date")),
                Queries.bool(rs, "masked"));
    }

    private static LateEdit lateEdit(ResultSet rs) throws SQLException {
        return new LateEdit(rs.getLong("id"), rs.getString("fact_kind"), rs.getString("record_id"),
                rs.getString("household_id"), LocalDate.parse(rs.getString("fact_date")),
                Quarter.parse(rs.getString("quarter")), rs.getString("what"), rs.getString("reason"),
                rs.getString("edited_by"), rs.getString("edited_at"));
    }
}
