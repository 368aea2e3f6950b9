package cn.gridledger.logic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.logic.validate.CodeLists;
import cn.gridledger.logic.validate.IdNumber;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Phones;
import cn.gridledger.model.code.AwardLevel;
import cn.gridledger.model.code.AwardType;
import cn.gridledger.model.code.CadreCategory;
import cn.gridledger.model.code.DispatchLevel;
import cn.gridledger.model.code.Education;
import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.GridType;
import cn.gridledger.model.code.HouseholdType;
import cn.gridledger.model.code.LabourSkill;
import cn.gridledger.model.code.MonitoringCategory;
import cn.gridledger.model.code.PoliticalStatus;
import cn.gridledger.model.code.PostType;
import cn.gridledger.model.code.PovertyEducation;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.model.code.Risk;
import cn.gridledger.model.code.StudentStatus;

/** Every value the demo writes is understood by the shared validators and code lists (so imports and reports agree). */
class DemoVocabularyTest {

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void generate() {
        file = dir.resolve("vocabulary.db");
        try (AppServices app = AppServices.open(file)) {
            app.demo().generate(800, 3, LocalDate.of(2026, 11, 1), Progress.NONE);
        }
    }

    private static List<String> distinct(String column, String table) {
        try (Database db = Database.open(file)) {
            return db.read(c -> Queries.list(c, "SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column
                    + " IS NOT NULL ORDER BY 1", rs -> rs.getString(1)));
        }
    }

    private static void allMatch(String column, String table, Function<String, Optional<?>> matcher) {
        List<String> values = distinct(column, table);
        assertFalse(values.isEmpty(), table + "." + column + " is empty");
        for (String v : values) {
            assertTrue(matcher.apply(v).isPresent(), table + "." + column + " value not in the code list: " + v);
        }
    }

    @Test
    void householdAndMemberVocabularies() {
        allMatch("relation", "member", Relationship::match);
        allMatch("education", "member", PovertyEducation::match);
        allMatch("student_status", "member", StudentStatus::match);
        allMatch("labour_skill", "member", LabourSkill::match);
        allMatch("political_status", "person", PoliticalStatus::match);
        allMatch("ethnicity", "person", Ethnicity::match);
        allMatch("hh_type", "household", HouseholdType::match);
        allMatch("grid_type", "grid", GridType::match);
        for (String health : distinct("health", "member")) {
            assertFalse(CodeLists.parseHealth(health).hasError(), health);
        }
        for (String phone : distinct("phone", "person")) {
            assertTrue(Phones.parse(phone).ok() && Phones.isMobile(phone), phone);
        }
    }

    @Test
    void monitoringAwardsAndCadreVocabularies() {
        allMatch("category", "monitoring", MonitoringCategory::match);
        allMatch("risk1", "monitoring", Risk::match);
        allMatch("risk2", "monitoring", Risk::match);
        allMatch("award_type", "award", AwardType::match);
        allMatch("level", "award", AwardLevel::match);
        allMatch("post_type", "post", PostType::match);
        allMatch("category", "post", CadreCategory::match);
        allMatch("dispatch_level", "post", DispatchLevel::match);
        allMatch("edu_fulltime", "person", Education::match);
        allMatch("edu_inservice", "person", Education::match);
    }

    @Test
    void idNumbersPassTheSharedValidatorAndAgreeWithGenderAndBirth() {
        record Row(String id, String gender, String birth) {
        }
        List<Row> rows;
        try (Database db = Database.open(file)) {
            rows = db.read(c -> Queries.list(c, "SELECT id_number, gender, birth_date FROM person",
                    rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))));
        }
        for (Row r : rows) {
            Parsed<IdNumber> parsed = IdNumbers.parse(r.id());
            assertTrue(parsed.ok(), r.id() + " " + parsed.issues());
            assertEquals(r.gender(), parsed.value().gender().label(), r.id());
            assertEquals(LocalDate.parse(r.birth()), parsed.value().birthDate(), r.id());
        }
    }
}
