package cn.gridledger.logic.validate;

import cn.gridledger.model.code.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Consistency rules of one household (the monitoring system's checker, formats.md §2). */
public final class HouseholdRules {

    private HouseholdRules() {
    }

    public static List<Issue> check(List<MemberFacts> members) {
        List<Issue> issues = new ArrayList<>();
        List<MemberFacts> heads = withRelationship(members, Relationship.户主);
        List<MemberFacts> spouses = withRelationship(members, Relationship.配偶);
        if (heads.isEmpty()) {
            issues.add(Issue.error("该户没有户主，每户必须有且只有一名户主"));
        } else if (heads.size() > 1) {
            issues.add(Issue.error("该户有" + heads.size() + "名户主（" + names(heads) + "），每户只能有一名户主"));
        }
        if (spouses.size() > 1) {
            issues.add(Issue.error("该户有" + spouses.size() + "名配偶（" + names(spouses) + "），最多只能有一名配偶"));
        }
        if (heads.size() == 1) {
            for (MemberFacts spouse : spouses) {
                checkSpouseGender(heads.get(0), spouse, issues);
            }
        }
        for (MemberFacts m : members) {
            if (m.education() != null && m.studentStatus() != null) {
                issues.add(Issue.error("成员" + m.name() + "同时填写了文化程度（" + m.education().label()
                        + "）和在校生状况（" + m.studentStatus().label() + "），只能填写其中一项"));
            }
        }
        return issues;
    }

    private static void checkSpouseGender(MemberFacts head, MemberFacts spouse, List<Issue> issues) {
        if (head.gender() == null || spouse.gender() == null) {
            issues.add(Issue.warning("无法核对配偶" + spouse.name() + "与户主" + head.name() + "的性别：性别未知，请补填身份证号或性别"));
        } else if (head.gender() == spouse.gender()) {
            issues.add(Issue.error("配偶" + spouse.name() + "与户主" + head.name() + "性别相同（均为"
                    + head.gender().label() + "），请核对与户主关系或性别"));
        }
    }

    private static List<MemberFacts> withRelationship(List<MemberFacts> members, Relationship r) {
        return members.stream().filter(m -> m.relationship() == r).collect(Collectors.toList());
    }

    private static String names(List<MemberFacts> members) {
        return members.stream().map(MemberFacts::name).collect(Collectors.joining("、"));
    }
}
