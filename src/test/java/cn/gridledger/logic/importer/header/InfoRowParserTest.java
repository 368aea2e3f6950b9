package cn.gridledger.logic.importer.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InfoRowParserTest {

    @Test
    void unitDateAndMeasure() {
        assertEquals(Map.of("填报单位", "XX镇人民政府（盖章）", "填报日期", "2026年9月30日", "单位", "人"),
                InfoRowParser.parse("填报单位：XX镇人民政府（盖章）    填报日期：2026年9月30日    单位：人"));
    }

    @Test
    void emptyFormFieldsStayAsEmptyValues() {
        assertEquals(Map.of("村", "", "组", "", "调查日期", ""), InfoRowParser.parse("村：    组：    调查日期："));
    }

    @Test
    void keysRunningIntoTheValueBefore() {
        assertEquals(Map.of("网格名称", "幸福村第一网格", "填报日期", "2026.09.30"),
                InfoRowParser.parse("网格名称:幸福村第一网格填报日期:2026.09.30"));
    }
}
