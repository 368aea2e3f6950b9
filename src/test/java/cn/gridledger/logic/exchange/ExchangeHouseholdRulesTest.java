package cn.gridledger.logic.exchange;

import static cn.gridledger.logic.exchange.TwoLaptops.H1;
import static cn.gridledger.logic.exchange.TwoLaptops.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ExchangeService.ConflictInfo;
import cn.gridledger.logic.service.ExchangeService.ConflictLine;
import cn.gridledger.logic.service.ExchangeService.Preview;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;

/**
 * #16: a field-by-field merge that would break the form's household rules (each side made a different member 户主)
 * keeps this side's values for them, lists the household in the preview and puts the other side's value in the
 * conflict inbox with the rule as note; the exchange goes on and both databases end with one 户主.
 */
class ExchangeHouseholdRulesTest {

    @TempDir
    Path dir;

    @Test
    void twoHeadsFromTwoSidesKeepThisSidesRelationAndGoToTheInbox() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            // the old head handed over: to the son at the township, to the wife on the laptop
            relations(t.a, Map.of("张小明", "户主", "张三明", "其他"));
            relations(t.b, Map.of("李秀英", "户主", "张三明", "其他"));
            Path fromTownship = t.a.exchange().export(TwoLaptops.LAPTOP, t.file("a")).file();

            Preview p = t.b.exchange().preview(fromTownship);
            assertEquals(1, p.householdRules().size(), p.householdRules().toString());
            String line = p.householdRules().get(0);
            assertTrue(line.contains(H1) && line.contains("合并后该户有2名户主") && line.contains("已保留本机的与户主关系"), line);
            ConflictLine c = p.conflicts().stream().filter(x -> x.note() != null).findFirst().orElseThrow();
            assertEquals("与户主关系", c.field());
            assertEquals("之子", c.mine());
            assertEquals("户主", c.theirs());
            assertTrue(c.record().contains("张小明"), c.record());

            t.b.exchange().importPackage(fromTownship);
            assertEquals("李秀英", heads(t.bFile)); // nothing overwritten: the son stays 之子 here
            // (the form saves the head first, so both sides also changed 顺序: an ordinary conflict)
            List<ConflictInfo> inbox = t.b.exchange().conflicts().stream().filter(x -> x.note() != null).toList();
            assertEquals(1, inbox.size(), t.b.exchange().conflicts().toString());
            assertEquals("户主", inbox.get(0).theirs());
            assertTrue(inbox.get(0).note().startsWith("合并后该户有2名户主（"), inbox.get(0).note());

            // taking the township's value now would still give two heads: refused, nothing written
            cn.gridledger.logic.UserFacingException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    cn.gridledger.logic.UserFacingException.class,
                    () -> t.b.exchange().resolve(inbox.get(0).id(), cn.gridledger.logic.service.ExchangeService.Keep.THEIRS));
            assertTrue(refused.getMessage().contains("2名户主"), refused.getMessage());
            assertEquals("李秀英", heads(t.bFile));

            t.laptopToTownship(); // the laptop's kept values travel back: one head on both sides
            assertEquals("李秀英", heads(t.aFile));
            assertTrue(t.a.exchange().conflicts().isEmpty());
            assertEquals(relationsOf(t.aFile), relationsOf(t.bFile));
        }
    }

    @Test
    void educationOnOneSideAndStudentStatusOnTheOtherKeepThisSidesAndGoToTheInbox() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            schooling(t.a, "初中", null);
            schooling(t.b, null, "本科一年级");
            Path fromTownship = t.a.exchange().export(TwoLaptops.LAPTOP, t.file("a")).file();
            Preview p = t.b.exchange().preview(fromTownship);
            assertEquals(1, p.householdRules().size(), p.householdRules().toString());
            assertTrue(p.householdRules().get(0).contains("已保留本机的文化程度"), p.householdRules().get(0));

            t.b.exchange().importPackage(fromTownship);
            assertEquals("null|本科一年级", schooling(t.bFile));
            ConflictInfo c = t.b.exchange().conflicts().get(0);
            assertEquals("文化程度", c.fieldLabel());
            assertEquals("初中", c.theirs());
            assertTrue(c.note().contains("同时填写了文化程度（初中）和在校生状况（本科一年级）"), c.note());

            t.laptopToTownship();
            assertEquals("null|本科一年级", schooling(t.aFile));
        }
    }

    private static void schooling(AppServices app, String education, String studentStatus) {
        HouseholdDetail d = app.households().load(TwoLaptops.idOf(app, H1));
        List<Member> members = d.members().stream().map(m -> !m.person().name().equals("张小明") ? m
                : new Member(m.id(), m.householdId(), m.person(), m.relation(), m.seq(), education, studentStatus,
                        m.health(), m.labourSkill(), m.monthsAway(), m.workPlace(), m.resident(), m.since())).toList();
        app.households().save(new HouseholdDetail(d.household(), members, d.monitoring(), d.awards(), d.pointsEntries(),
                d.redemptions()));
    }

    private static String schooling(Path file) throws Exception {
        return one(file, "SELECT coalesce(m.education, 'null') || '|' || coalesce(m.student_status, 'null') FROM member m"
                + " JOIN person p ON p.id = m.person_id WHERE p.name = '张小明' AND m.ended_on IS NULL");
    }

    private static void relations(AppServices app, Map<String, String> byName) {
        HouseholdDetail d = app.households().load(TwoLaptops.idOf(app, H1));
        List<Member> members = d.members().stream().map(m -> !byName.containsKey(m.person().name()) ? m
                : new Member(m.id(), m.householdId(), m.person(), byName.get(m.person().name()), m.seq(), m.education(),
                        m.studentStatus(), m.health(), m.labourSkill(), m.monthsAway(), m.workPlace(), m.resident(),
                        m.since())).toList();
        app.households().save(new HouseholdDetail(d.household(), members, d.monitoring(), d.awards(), d.pointsEntries(),
                d.redemptions()));
    }

    private static String heads(Path file) throws Exception {
        return one(file, "SELECT group_concat(p.name) FROM member m JOIN person p ON p.id = m.person_id JOIN household h"
                + " ON h.id = m.household_id WHERE h.hh_number = '" + H1 + "' AND m.relation = '户主' AND m.ended_on IS NULL");
    }

    private static String relationsOf(Path file) throws Exception {
        return one(file, "SELECT group_concat(p.name || '=' || m.relation, ',') FROM (SELECT * FROM member ORDER BY uid) m"
                + " JOIN person p ON p.id = m.person_id JOIN household h ON h.id = m.household_id WHERE h.hh_number = '"
                + H1 + "'");
    }
}
