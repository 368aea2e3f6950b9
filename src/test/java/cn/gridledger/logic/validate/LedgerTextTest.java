package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Monitoring;

/** C2's 示范户称号 and 防返贫监测记录 cells: the documented form, and read back exactly. */
class LedgerTextTest {

    static final Monitoring ELIMINATED = new Monitoring(0, null, "边缘易致贫户", "因病", "因自然灾害（洪涝）", null,
            FuzzyDate.of(2024, 3), "产业帮扶,就业帮扶", "王五", "13912345678", true, "帮扶消除", FuzzyDate.of(2025, 6));
    static final Monitoring OPEN = new Monitoring(0, null, "突发严重困难户", "因意外事故", null, null,
            FuzzyDate.of(2026, 1), null, null, null, false, null, null);

    @Test
    void awardsAreYearLevelAndTitleJoinedWithEnumerationCommas() {
        List<Award> awards = List.of(new Award(0, null, "美丽庭院", 2024, "县"), new Award(0, null, "干净人家", 2025, "村"));
        String cell = LedgerText.awards(awards);
        assertEquals("2024年县级美丽庭院、2025年村级干净人家", cell);
        assertEquals(awards, LedgerText.parseAwards(cell).value());
        assertEquals(List.of(new Award(0, null, "文明示范户", 2023, "乡")),
                LedgerText.parseAwards("2023年镇级文明示范户").value(), "a level's other names are understood");
        assertEquals(List.of(new Award(0, null, "美丽庭院", 2022, "村"), new Award(0, null, "好家风家庭", 2021, "县")),
                LedgerText.parseAwards("2022年社区级美丽庭院示范户，2021年县好家风家庭").value());
        assertTrue(LedgerText.parseAwards("美丽庭院").hasError(), "the year and level are needed");
        assertTrue(LedgerText.parseAwards("").isEmpty());
    }

    @Test
    void monitoringEpisodesAreLabelledPartsJoinedWithCommasAndSemicolons() {
        String cell = LedgerText.monitoring(List.of(ELIMINATED, OPEN));
        assertEquals("边缘易致贫户，识别：2024.03，风险：因病、因自然灾害（洪涝），措施：产业帮扶、就业帮扶，责任人：王五，"
                + "电话：13912345678，已消除，消除方式：帮扶消除，消除年月：2025.06；"
                + "突发严重困难户，识别：2026.01，风险：因意外事故，未消除", cell);
        assertEquals(List.of(ELIMINATED, OPEN), LedgerText.parseMonitoring(cell).value());
        // as the importer sees the cell: NFKC-normalised, half-width punctuation
        assertEquals(List.of(ELIMINATED, OPEN), LedgerText.parseMonitoring(Text.normalise(cell)).value());
    }

    @Test
    void aNameWithACommaOrSemicolonStaysWhole() {
        Monitoring odd = new Monitoring(0, null, "脱贫不稳定户", "因学", null, null, FuzzyDate.of(2025, 9), "教育帮扶",
                "李四，张三；赵六", null, false, null, null);
        // whole and as written: a ledger rebuilt from its export keeps the full-width ，； (#15 round trip)
        Monitoring read = LedgerText.parseMonitoring(LedgerText.monitoring(List.of(odd, OPEN))).value().get(0);
        assertEquals("李四，张三；赵六", read.contactName());
        assertEquals("李四,张三;赵六", LedgerText.parseMonitoring(Text.normalise(LedgerText.monitoring(List.of(odd))))
                .value().get(0).contactName(), "typed half-width, read half-width");
        assertEquals(List.of(read, OPEN), LedgerText.parseMonitoring(LedgerText.monitoring(List.of(read, OPEN))).value());
    }

    @Test
    void whatCannotBeReadIsAnErrorNamingTheEpisode() {
        Parsed<List<Monitoring>> p = LedgerText.parseMonitoring("边缘易致贫户，识别：2024.03；边缘易致贫户，风险：因病");
        assertTrue(p.hasError());
        assertTrue(p.issues().get(0).message().startsWith("防返贫监测记录第2条：缺少识别年月"), p.issues().toString());
        assertTrue(LedgerText.parseMonitoring("因病，识别：2024.03").hasError(), "an episode starts with its category");
        assertTrue(LedgerText.parseMonitoring("边缘易致贫户，识别：2024.03，风险：不知道").hasError());
        assertTrue(LedgerText.parseMonitoring("边缘易致贫户，识别：2024.03，电话：12").hasError());
        assertNull(LedgerText.parseMonitoring("--").value());
        for (String odd : new String[] {",", ",,;,", ";", "：", "边缘易致贫户，识别：", "边缘易致贫户，识别：2024.13", "9999年级"}) {
            LedgerText.parseMonitoring(odd); // an answer, never an exception
            LedgerText.parseAwards(odd);
        }
        assertTrue(LedgerText.parseMonitoring(",,;,").hasError());
    }

    @Test
    void aMaskedExportHidesThePhonesInsideTheCell() {
        String cell = LedgerText.monitoring(List.of(ELIMINATED, OPEN));
        String masked = LedgerText.maskPhones(cell, Phones::masked);
        assertTrue(masked.contains("电话：" + Phones.masked("13912345678") + "，"), masked);
        assertEquals(cell.replace("13912345678", Phones.masked("13912345678")), masked);
    }
}
