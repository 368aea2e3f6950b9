package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PoliticalStatusTest {

    @ParameterizedTest
    @CsvSource({"党员,中共党员", "中共党员,中共党员", "中国共产党党员,中共党员", "01,中共党员", "1,中共党员",
        "预备党员,中共预备党员", "中共预备党员,中共预备党员", "中共党员(预备),中共预备党员", "02,中共预备党员",
        "团员,共青团员", "共青团员,共青团员", "03,共青团员", "群众,群众", "13,群众",
        "无党派,无党派人士", "无党派民主人士,无党派人士", "民主党派,民主党派",
        "农工党党员,农工党党员", "中国农工民主党党员,农工党党员", "民盟,民盟盟员", "九三学社社员,九三学社社员", "致公党,致公党党员"})
    void readsCommonInputs(String raw, String expected) {
        assertEquals(Optional.of(PoliticalStatus.valueOf(expected)), PoliticalStatus.match(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14", "00", "其他党", "无"})
    void leavesUnknownUnmatched(String raw) {
        assertTrue(PoliticalStatus.match(raw).isEmpty(), raw);
    }

    @Test
    void partyMembersAreFullAndProbationary() {
        assertTrue(PoliticalStatus.中共党员.isPartyMember());
        assertTrue(PoliticalStatus.中共预备党员.isPartyMember());
        assertFalse(PoliticalStatus.共青团员.isPartyMember());
        assertFalse(PoliticalStatus.农工党党员.isPartyMember());
        assertEquals("", PoliticalStatus.民主党派.code());
    }
}
