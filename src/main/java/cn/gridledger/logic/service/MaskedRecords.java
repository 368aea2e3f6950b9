package cn.gridledger.logic.service;

import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.model.GridStaff;
import cn.gridledger.model.GridSummary;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Member;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.Person;

/**
 * The records services return, with ID numbers and phones masked (脱敏) for a role that must not see
 * them ({@code Session.mustMaskPersonalData}). Everything else is kept as it was.
 */
final class MaskedRecords {

    private MaskedRecords() {
    }

    static Person person(Person p) {
        return new Person(p.id(), p.name(), PersonalData.maskIdNumber(p.idNumber()), p.gender(), p.birthDate(),
                p.ethnicity(), p.politicalStatus(), p.partyJoinDate(), p.workStartDate(), p.nativePlace(),
                PersonalData.maskPhone(p.phone()), p.fullTime(), p.inService(), p.title(), p.occupation());
    }

    static HouseholdDetail detail(HouseholdDetail d) {
        Household h = d.household();
        Household masked = new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(),
                h.tenGroupLeader(), h.address(), PersonalData.maskPhone(h.phone()), h.hhType(), h.dibao(), h.tekun(),
                h.housingStatus(), h.toiletStatus(), h.notes(), h.since());
        return new HouseholdDetail(masked, d.members().stream().map(MaskedRecords::member).toList(),
                d.monitoring().stream().map(MaskedRecords::monitoring).toList(), d.awards(), d.pointsEntries(),
                d.redemptions());
    }

    private static Member member(Member m) {
        return new Member(m.id(), m.householdId(), person(m.person()), m.relation(), m.seq(), m.education(),
                m.studentStatus(), m.health(), m.labourSkill(), m.monthsAway(), m.workPlace(), m.resident(), m.since());
    }

    private static Monitoring monitoring(Monitoring m) {
        return new Monitoring(m.id(), m.householdId(), m.category(), m.risk1(), m.risk2(), m.risk3(),
                m.identifiedMonth(), m.measures(), m.contactName(), PersonalData.maskPhone(m.contactPhone()),
                m.riskEliminated(), m.eliminationMethod(), m.eliminatedMonth());
    }

    static HouseholdRow row(HouseholdRow r) {
        return new HouseholdRow(r.id(), r.hhNumber(), r.headName(), r.memberCount(), r.gridId(), r.gridName(),
                r.villageId(), r.hhType(), r.dibao(), r.tekun(), r.monitoring(), r.points(),
                PersonalData.maskPhone(r.phone()), r.awarded(), r.updatedAt());
    }

    static GridSummary summary(GridSummary s) {
        return new GridSummary(s.grid(), s.households(), s.members(), s.staff().stream()
                .map(p -> new GridStaff(p.postId(), p.personId(), p.name(), PersonalData.maskIdNumber(p.idNumber()),
                        PersonalData.maskPhone(p.phone()), p.postType(), p.fullTime()))
                .toList());
    }
}
