package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportSettings;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.SettingsRepository;

/**
 * The county's statistical definitions (age buckets, education groups, 后备力量 criteria) and the
 * remembered footer (填表人, 审核人, 联系电话), kept in the {@code setting} table so they travel with
 * backups. Missing or unreadable settings fall back to the defaults of reports.md.
 */
public final class ReportSettingsService {

    static final String DEFINITIONS_KEY = "report.definitions";
    static final String FOOTER_KEY = "report.footer";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final SettingsRepository repo = new SettingsRepository();

    ReportSettingsService(Database db, Session session, AuditService audit) {
        this.db = db;
        this.session = session;
        this.audit = audit;
    }

    /** Whether the signed-in user may change the definitions (administrators only; others see them). */
    public boolean canEditDefinitions() {
        return session.isSignedIn() && session.isAdmin();
    }

    /** The definitions in force: the county's own, or the defaults of reports.md. */
    public ReportSettings definitions() {
        session.requireSignedIn();
        String json = db.read(c -> repo.get(c, DEFINITIONS_KEY));
        if (json == null) {
            return ReportSettings.defaults();
        }
        try {
            return JSON.readValue(json, ReportSettings.class);
        } catch (JsonProcessingException e) {
            return ReportSettings.defaults();
        }
    }

    /**
     * Saves the county's definitions; the next export uses them (R2's age and education columns and
     * notes, R5's 达标 check).
     *
     * @throws UserFacingException when the user is not an administrator or the definitions have a
     *     problem (the first of {@link ReportSettings#problems()})
     */
    public void saveDefinitions(ReportSettings s) {
        session.requireSettings("修改报表口径");
        List<ReportSettings.Problem> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems.get(0).message());
        }
        String json = write(s);
        db.writeVoid(c -> {
            repo.put(c, DEFINITIONS_KEY, json);
            audit.record(c, AuditAction.UPDATE, "报表口径", DEFINITIONS_KEY, describe(s));
        });
    }

    /** Back to the defaults of reports.md. */
    public void restoreDefaultDefinitions() {
        saveDefinitions(ReportSettings.defaults());
    }

    private static String describe(ReportSettings s) {
        ReportSettings.ReserveCriteria r = s.reserve();
        return "年龄分段 " + String.join("、", s.ageLabels()) + "；学历分组 "
                + String.join("、", s.educationGroups().stream().map(ReportSettings.EducationGroup::label).toList())
                + "；后备力量 ≥" + r.minCount() + " 人，" + r.educatedFrom() + "及以上 ≥" + r.minEducated() + " 人，"
                + r.ageFrom() + "–" + r.ageTo() + " 岁 ≥" + r.minAgeBand() + " 人";
    }

    /** The remembered 填表人, 审核人 and 联系电话, with today as 填报日期. */
    public Footer footer() {
        session.requireSignedIn();
        String json = db.read(c -> repo.get(c, FOOTER_KEY));
        if (json == null) {
            return Footer.empty();
        }
        try {
            String[] v = JSON.readValue(json, String[].class);
            return new Footer(v[0], v[1], v[2], LocalDate.now());
        } catch (JsonProcessingException | ArrayIndexOutOfBoundsException e) {
            return Footer.empty();
        }
    }

    /** Every role that exports remembers its own 填表人 line (it is not personal data of households). */
    public void saveFooter(Footer f) {
        session.requireSignedIn();
        String json = write(new String[] {trim(f.preparer()), trim(f.reviewer()), trim(f.phone())});
        db.writeVoid(c -> repo.put(c, FOOTER_KEY, json));
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
