package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportSettings;
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
    private final SettingsRepository repo = new SettingsRepository();

    ReportSettingsService(Database db) {
        this.db = db;
    }

    /** The definitions in force: the county's own, or the defaults of reports.md. */
    public ReportSettings definitions() {
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
     * Saves the county's definitions.
     *
     * @throws UserFacingException when the age bounds are not rising or a group has no keyword
     */
    public void saveDefinitions(ReportSettings s) {
        List<Integer> bounds = s.ageUpperBounds();
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i) <= bounds.get(i - 1)) {
                throw new UserFacingException("年龄分段的上限应逐段增大，当前为：" + bounds + "。");
            }
        }
        if (s.educationGroups().isEmpty() || s.educationGroups().stream().anyMatch(g -> g.keywords().isEmpty())) {
            throw new UserFacingException("每个学历分组至少要有一个关键词。");
        }
        String json = write(s);
        db.writeVoid(c -> repo.put(c, DEFINITIONS_KEY, json));
    }

    /** The remembered 填表人, 审核人 and 联系电话, with today as 填报日期. */
    public Footer footer() {
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

    public void saveFooter(Footer f) {
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
