package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gridledger.logic.validate.VisitRules.Checked;
import cn.gridledger.logic.validate.VisitRules.Draft;
import cn.gridledger.model.code.VisitType;

class VisitRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    static Draft draft(String date, String type, boolean followUp, String what, String due) {
        return new Draft(date, type, List.of("h1"), List.of("网格员甲"), "情况", followUp, what, due);
    }

    @Test
    void aGoodVisitPassesAndIsNormalised() {
        Draft d = new Draft("2026年11月3日", "代办", List.of(" h1 ", "h1", "h2"), List.of("网格员甲", ""), "  情况 ", true,
                "代办低保年审", "2026.11.20");
        assertEquals(Map.of(), VisitRules.check(d, TODAY));
        Checked c = VisitRules.checked(d);
        assertEquals(LocalDate.of(2026, 11, 3), c.date());
        assertEquals(VisitType.民事代办, c.type());
        assertEquals(List.of("h1", "h2"), c.households());
        assertEquals(List.of("网格员甲"), c.visitors());
        assertEquals("情况", c.finding());
        assertEquals(LocalDate.of(2026, 11, 20), c.dueDate());
    }

    @Test
    void visitorsTypedInOneFieldSplitAtEveryUsualSeparator() {
        assertEquals(List.of("王芳", "李强", "赵六", "钱七", "孙八", "周九"),
                VisitRules.visitorNames(" 王芳、李强,赵六，钱七；孙八\u3000周九 "));
        assertEquals(List.of(), VisitRules.visitorNames(" 、 "));
        assertEquals(List.of(), VisitRules.visitorNames(null));
    }

    @Test
    void dateMustBeAWholeDayNotInTheFuture() {
        assertTrue(VisitRules.check(draft("2026-11-16", "入户走访", false, null, null), TODAY).get("走访日期").contains("不能晚于今天"));
        assertTrue(VisitRules.check(draft("2026-11", "入户走访", false, null, null), TODAY).get("走访日期").contains("要写到日"));
        assertTrue(VisitRules.check(draft("", "入户走访", false, null, null), TODAY).get("走访日期").contains("请填写"));
        assertEquals(Map.of(), VisitRules.check(draft("2026-11-15", "入户走访", false, null, null), TODAY), "today is fine");
    }

    @Test
    void followUpNeedsWhatAndADueDateNotBeforeTheVisit() {
        Map<String, String> e = VisitRules.check(draft("2026-11-10", "矛盾调解", true, " ", "2026-11-09"), TODAY);
        assertEquals(Set.of("需办理事项", "办理期限"), e.keySet());
        assertTrue(e.get("办理期限").contains("早于走访日期"), e.toString());
        assertEquals(Map.of(), VisitRules.check(draft("2026-11-10", "矛盾调解", true, "再调解", "2026-11-10"), TODAY));
        // a due date may lie in the future; without a follow-up it is ignored
        assertEquals(Map.of(), VisitRules.check(draft("2026-11-10", "矛盾调解", true, "再调解", "2027-01-10"), TODAY));
        assertEquals(Map.of(), VisitRules.check(draft("2026-11-10", "矛盾调解", false, null, "2020-01-01"), TODAY));
    }

    @Test
    void closingNeedsAResultAndADayBetweenTheVisitAndToday() {
        LocalDate visit = LocalDate.of(2026, 11, 1);
        assertEquals(Set.of("办理结果", "办结日期"), VisitRules.checkClose(visit, null, null, TODAY).keySet());
        assertTrue(VisitRules.checkClose(visit, "办好", "2026-10-31", TODAY).get("办结日期").contains("早于走访日期"));
        assertTrue(VisitRules.checkClose(visit, "办好", "2026-11-16", TODAY).get("办结日期").contains("不能晚于今天"));
        assertEquals(Map.of(), VisitRules.checkClose(visit, "办好", "2026-11-01", TODAY));
    }

    @Test
    void typesMatchTheirLabelsAndCommonWordings() {
        assertEquals(VisitType.防返贫排查, VisitType.match("防返贫监测排查").orElseThrow());
        assertEquals(VisitType.矛盾调解, VisitType.match(" 矛盾纠纷调解 ").orElseThrow());
        assertEquals(VisitType.其他, VisitType.match("其他").orElseThrow());
        assertTrue(VisitType.match("串门").isEmpty());
        assertTrue(VisitRules.check(draft("2026-11-10", "串门", false, null, null), TODAY).get("走访类型").contains("入户走访、防返贫排查"));
        String longText = "字".repeat(VisitRules.MAX_TEXT + 1);
        assertTrue(VisitRules.check(new Draft("2026-11-10", "其他", List.of("h1"), List.of("甲"), longText, false, null, null),
                TODAY).get("走访情况").contains("太长"));
    }
}
