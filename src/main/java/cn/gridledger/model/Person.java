package cn.gridledger.model;

/**
 * One real person, whether household member, cadre or both: matched by ID number so that a cadre who
 * lives in a household is one record. Cadre-only fields are null for most villagers.
 */
public record Person(
        long id,
        String name,
        String idNumber,
        String gender,
        FuzzyDate birthDate,
        String ethnicity,
        String politicalStatus,
        FuzzyDate partyJoinDate,
        FuzzyDate workStartDate,
        String nativePlace,
        String phone,
        Education fullTime,
        Education inService,
        String title,
        String occupation) {

    /** A person known only by the fields every roster has. */
    public static Person basic(String name, String idNumber, String gender, FuzzyDate birthDate,
            String ethnicity, String politicalStatus, String phone) {
        return new Person(0, name, idNumber, gender, birthDate, ethnicity, politicalStatus, null, null, null, phone,
                Education.NONE, Education.NONE, null, null);
    }

    public Person withId(long newId) {
        return new Person(newId, name, idNumber, gender, birthDate, ethnicity, politicalStatus, partyJoinDate,
                workStartDate, nativePlace, phone, fullTime, inService, title, occupation);
    }

    /** Education of one track (全日制 or 在职): level wording, degree, school and major. */
    public record Education(String level, String degree, String school) {
        public static final Education NONE = new Education(null, null, null);
    }
}
