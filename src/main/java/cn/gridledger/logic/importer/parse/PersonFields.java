package cn.gridledger.logic.importer.parse;

import cn.gridledger.logic.importer.KnownRecords;
import cn.gridledger.logic.importer.PersonChanges;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.store.ImportWriter;
import cn.gridledger.logic.store.ImportWriter.PersonColumn;
import cn.gridledger.logic.store.ImportWriter.StoredPerson;
import cn.gridledger.logic.validate.IdNumber;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Gender;
import cn.gridledger.model.code.Education;
import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.PoliticalStatus;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The person columns both rosters share, read from a row and matched against the people already stored. */
public final class PersonFields {

    /** What the row says: the ID (null when empty or wrong) and the person columns (null = not given). */
    public record Read(String name, IdNumber id, Gender gender, FuzzyDate birth, String[] values) {
    }

    /**
     * Where the row's person ends up.
     *
     * @param old      the stored person, null for a new one
     * @param values   the values to store (stored ones overlaid with the row's)
     * @param changes  {@code 字段：旧 → 新}, empty for a new or unchanged person
     */
    public record Resolved(long personId, String idNumber, StoredPerson old, String[] values, List<String> changes,
                           Issue nameMatch) {
        public boolean isNew() {
            return old == null;
        }

        /**
         * Adds the "matched by name and birth month, please check" warning, unless the row turned out to
         * change nothing: then the match writes nothing and there is nothing to check. (Re-importing a row
         * without an ID number found the person its first import created, and warned where the first import
         * had not.)
         */
        public void warnAboutNameMatch(RowValues v, RowClass rowClass) {
            if (nameMatch != null && rowClass != RowClass.UNCHANGED) {
                v.add(RosterField.NAME, nameMatch);
            }
        }
    }

    /** Code lists looked up once (all() builds a new list per call, and this runs for every row). */
    private static final java.util.Collection<Ethnicity> ETHNICITY_VALUES = Ethnicity.all();
    private static final java.util.Collection<PoliticalStatus> POLITICAL_STATUS_VALUES = PoliticalStatus.all();
    private static final java.util.Collection<Education> EDUCATION_VALUES = Education.all();

    private PersonFields() {
    }

    public static Read read(RowValues v, boolean cadre) {
        String name = v.required(RosterField.NAME, "姓名");
        IdNumber id = v.idNumber(RosterField.ID_NUMBER);
        Gender gender = v.gender(RosterField.GENDER);
        FuzzyDate birth = v.date(RosterField.BIRTH_DATE);
        for (Issue issue : IdNumbers.crossCheck(id, gender, birth)) {
            v.add(issue.message().startsWith("性别") ? RosterField.GENDER : RosterField.BIRTH_DATE, issue);
        }
        Ethnicity ethnicity = v.code(RosterField.ETHNICITY, Ethnicity::match, ETHNICITY_VALUES, Ethnicity::label);
        PoliticalStatus political = v.code(RosterField.POLITICAL_STATUS, PoliticalStatus::match, POLITICAL_STATUS_VALUES,
                PoliticalStatus::label);
        String phone = v.phone(RosterField.PHONE);
        String[] values = new String[PersonColumn.values().length];
        values[PersonColumn.NAME.ordinal()] = name;
        Gender g = gender != null ? gender : id != null ? id.gender() : null;
        values[PersonColumn.GENDER.ordinal()] = g == null ? null : g.label();
        FuzzyDate b = birth != null ? birth : id != null ? FuzzyDate.of(id.birthDate()) : null;
        values[PersonColumn.BIRTH_DATE.ordinal()] = v.iso(b);
        values[PersonColumn.ETHNICITY.ordinal()] = ethnicity == null ? null : ethnicity.code();
        values[PersonColumn.POLITICAL_STATUS.ordinal()] = political == null ? null : political.label();
        values[PersonColumn.PHONE.ordinal()] = phone;
        if (cadre) {
            values[PersonColumn.PARTY_JOIN_DATE.ordinal()] = v.iso(v.date(RosterField.PARTY_JOIN_DATE));
            values[PersonColumn.WORK_START_DATE.ordinal()] = v.iso(v.date(RosterField.WORK_START_DATE));
            values[PersonColumn.NATIVE_PLACE.ordinal()] = v.text(RosterField.NATIVE_PLACE);
            values[PersonColumn.EDU_FULLTIME.ordinal()] = education(v, RosterField.FULLTIME_EDUCATION);
            values[PersonColumn.DEGREE_FULLTIME.ordinal()] = v.text(RosterField.FULLTIME_DEGREE);
            values[PersonColumn.SCHOOL_FULLTIME.ordinal()] = v.text(RosterField.FULLTIME_SCHOOL);
            values[PersonColumn.EDU_INSERVICE.ordinal()] = education(v, RosterField.INSERVICE_EDUCATION);
            values[PersonColumn.DEGREE_INSERVICE.ordinal()] = v.text(RosterField.INSERVICE_DEGREE);
            values[PersonColumn.SCHOOL_INSERVICE.ordinal()] = v.text(RosterField.INSERVICE_SCHOOL);
        }
        return new Read(name, id, g, b, values);
    }

    private static String education(RowValues v, RosterField field) {
        Education e = v.code(field, Education::match, EDUCATION_VALUES, Education::label);
        return e == null ? null : e.label();
    }

    /**
     * Finds the person by ID number, else by name + birth month (with a warning to check), else makes a new
     * one; records the outcome in {@code known} so later rows of the same file see it.
     */
    public static Resolved resolve(KnownRecords known, Read read, RowValues v) {
        String idNumber = read.id() == null ? null : read.id().value();
        StoredPerson old = idNumber == null ? null : known.personByIdNumber(idNumber);
        Issue nameMatch = null;
        if (old == null && read.birth() != null && read.birth().month() != 0) {
            String month = read.birth().toIso().substring(0, 7);
            Optional<StoredPerson> byName = known.personByNameAndMonth(read.name(), month, idNumber != null);
            if (byName.isPresent()) {
                old = byName.get();
                nameMatch = Issue.warning(idNumber == null
                        ? "未填身份证号，已按姓名和出生年月匹配到系统中的" + read.name() + "，请核对是否同一人"
                        : "系统中的" + read.name() + "没有身份证号，已按姓名和出生年月匹配并补登身份证号，请核对");
            }
        }
        if (old == null) {
            long id = known.newPersonId();
            known.putPerson(new StoredPerson(id, idNumber, read.values().clone()));
            return new Resolved(id, idNumber, null, read.values(), List.of(), null);
        }
        List<String> changes = PersonChanges.describe(old, read.values());
        String[] merged = PersonChanges.merged(old, read.values());
        String storedId = old.idNumber() != null ? old.idNumber() : idNumber;
        if (old.idNumber() == null && idNumber != null) {
            changes = new java.util.ArrayList<>(changes);
            changes.add("补登身份证号");
        }
        known.putPerson(new StoredPerson(old.id(), storedId, merged));
        return new Resolved(old.id(), storedId, old, merged, changes, nameMatch);
    }

    /** Inserts a new person, or updates a stored one when something changed. */
    public static void write(ImportWriter writer, Resolved r) throws SQLException {
        if (r.isNew()) {
            writer.insertPerson(r.personId(), r.idNumber(), r.values());
        } else if (!r.changes().isEmpty()) {
            writer.updatePerson(r.personId(), r.idNumber(), r.values());
        }
    }
}
