package cn.gridledger.logic.validate;

import cn.gridledger.model.Gender;
import cn.gridledger.model.code.PovertyEducation;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.model.code.StudentStatus;

/** What {@link HouseholdRules} needs to know about one member; any field but the name may be null. */
public record MemberFacts(String name, Relationship relationship, Gender gender,
                          PovertyEducation education, StudentStatus studentStatus) {
}
