package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.model.Gender;
import cn.gridledger.model.code.PovertyEducation;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.model.code.StudentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdRulesTest {

    private static MemberFacts member(String name, Relationship r, Gender g) {
        return new MemberFacts(name, r, g, null, null);
    }

    @Test
    void aNormalFamilyPasses() {
        List<MemberFacts> family = List.of(
                member("张三", Relationship.户主, Gender.男),
                member("李梅", Relationship.配偶, Gender.女),
                new MemberFacts("张小明", Relationship.之子, Gender.男, null, StudentStatus.八年级),
                new MemberFacts("张老汉", Relationship.之父, Gender.男, PovertyEducation.小学, null));
        assertEquals(List.of(), HouseholdRules.check(family));
    }

    @Test
    void noHeadIsAnError() {
        List<Issue> issues = HouseholdRules.check(List.of(member("李梅", Relationship.配偶, Gender.女)));
        assertEquals(List.of(Issue.error("该户没有户主，每户必须有且只有一名户主")), issues);
        assertEquals(1, HouseholdRules.check(List.of()).size());
    }

    @Test
    void severalHeadsAreNamed() {
        List<Issue> issues = HouseholdRules.check(List.of(
                member("张三", Relationship.户主, Gender.男), member("张四", Relationship.户主, Gender.男)));
        assertEquals(List.of(Issue.error("该户有2名户主（张三、张四），每户只能有一名户主")), issues);
    }

    @Test
    void atMostOneSpouse() {
        List<Issue> issues = HouseholdRules.check(List.of(member("张三", Relationship.户主, Gender.男),
                member("李梅", Relationship.配偶, Gender.女), member("王芳", Relationship.配偶, Gender.女)));
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).isError());
        assertTrue(issues.get(0).message().contains("李梅、王芳"));
    }

    @Test
    void spouseOfTheSameSexIsAnError() {
        List<Issue> issues = HouseholdRules.check(List.of(member("张三", Relationship.户主, Gender.男),
                member("张五", Relationship.配偶, Gender.男)));
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).isError());
        assertTrue(issues.get(0).message().contains("性别相同"));
    }

    @Test
    void unknownSexOnlyWarns() {
        List<Issue> issues = HouseholdRules.check(List.of(member("张三", Relationship.户主, null),
                member("李梅", Relationship.配偶, Gender.女)));
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).severity() == Issue.Severity.WARNING);
    }

    @Test
    void educationAndStudentStatusAreExclusive() {
        List<Issue> issues = HouseholdRules.check(List.of(member("张三", Relationship.户主, Gender.男),
                new MemberFacts("张小明", Relationship.之子, Gender.男, PovertyEducation.初中, StudentStatus.九年级)));
        assertEquals(List.of(Issue.error("成员张小明同时填写了文化程度（初中）和在校生状况（九年级），只能填写其中一项")), issues);
    }

    @Test
    void memberWithoutRelationshipIsNotAHead() {
        List<Issue> issues = HouseholdRules.check(List.of(member("无名", null, null)));
        assertEquals(1, issues.size());
    }
}
