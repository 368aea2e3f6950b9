package cn.gridledger.logic.validate;

import cn.gridledger.model.Gender;
import cn.gridledger.model.code.PovertyEducation;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.model.code.StudentStatus;

/** What {@link HouseholdRules} needs to know about one member; any field but the name may be null. */
public record MemberFacts(String name, Relationship relationship, Gender gender,
                          PovertyEducation education, StudentStatus studentStatus) {

    /** The facts from the stored texts (as the form and an exchange package hold them); unknown codes are null. */
    public static MemberFacts of(String name, String relation, String gender, String education, String studentStatus) {
        return new MemberFacts(name, Relationship.match(relation).orElse(null), Gender.fromText(gender).orElse(null),
                PovertyEducation.match(education).orElse(null), StudentStatus.match(studentStatus).orElse(null));
    }
}
