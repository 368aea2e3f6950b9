package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthnicityTest {

    @Test
    void hasAll56PlusTheTwoSpecialCodes() {
        assertEquals(58, Ethnicity.all().size());
        assertEquals("56", Ethnicity.基诺族.code());
        assertEquals("98", Ethnicity.外国血统中国籍人士.code());
        assertEquals(58, Ethnicity.all().stream().map(Ethnicity::code).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"汉", "汉族", "01", "1", " 汉 族 ", "０１", "汉族（汉）"})
    void readsHan(String raw) {
        assertEquals(Optional.of(Ethnicity.汉族), Ethnicity.match(raw));
    }

    @ParameterizedTest
    @CsvSource({"蒙古,蒙古族", "蒙族,蒙古族", "维吾尔,维吾尔族", "维族,维吾尔族", "土家,土家族", "土,土族", "门巴,门巴族",
        "珞巴族,珞巴族", "15,土家族", "30,土族", "97,其他未识别民族"})
    void readsOtherForms(String raw, String expected) {
        assertEquals(Optional.of(Ethnicity.valueOf(expected)), Ethnicity.match(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "57", "99", "火星族", "少数民族"})
    void leavesUnknownUnmatched(String raw) {
        assertTrue(Ethnicity.match(raw).isEmpty());
    }

    @Test
    void minorityMeansNotHan() {
        assertFalse(Ethnicity.汉族.isMinority());
        assertTrue(Ethnicity.壮族.isMinority());
        assertTrue(Ethnicity.基诺族.isMinority());
    }
}
