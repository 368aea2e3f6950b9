package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"13912341234", "139 1234 1234", "139-1234-1234", "+86 139 1234 1234", "+8613912341234",
        "008613912341234", "(86)13912341234", "１３９１２３４１２３４", "\u300013912341234\u3000"})
    void normalisesMobiles(String raw) {
        Parsed<String> p = Phones.parse(raw);
        assertTrue(p.issues().isEmpty(), p.messages());
        assertEquals("13912341234", p.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0351-7654321|0351-7654321",
        "0351 7654321|0351-7654321",
        "(0351)7654321|0351-7654321",
        "（0351）7654321|0351-7654321",
        "03517654321|0351-7654321",
        "010-62345678|010-62345678",
        "01062345678|010-62345678",
        "02187654321|021-87654321",
        "0351-7654321-123|0351-7654321-123",
        "0351-7654321转123|0351-7654321-123",
        "０３５１－７６５４３２１|0351-7654321"})
    void normalisesLandlines(String raw, String expected) {
        Parsed<String> p = Phones.parse(raw);
        assertTrue(p.ok(), raw + ": " + p.messages());
        assertEquals(expected, p.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1391234123", "139123412345", "12912341234", "abc", "0351-123", "0351-76543210123",
        "13912341234/13812341234"})
    void rejectsOtherText(String raw) {
        Parsed<String> p = Phones.parse(raw);
        assertTrue(p.hasError(), raw);
        assertNull(p.value());
    }

    @Test
    void explainsWhatIsWrong() {
        assertTrue(Phones.parse("1391234123").messages().contains("11位"));
        assertTrue(Phones.parse("7654321").messages().contains("缺少区号"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--", "无", "/"})
    void emptyIsNotAnError(String raw) {
        assertTrue(Phones.parse(raw).issues().isEmpty());
        assertNull(Phones.parse(raw).value());
    }

    @Test
    void householdPhoneMustBeAMobile() {
        Parsed<String> landline = Phones.parseHouseholdPhone("0351-7654321");
        assertTrue(landline.ok());
        assertTrue(landline.hasWarning());
        assertEquals("0351-7654321", landline.value());
        assertTrue(landline.messages().contains("11位"));
        assertTrue(Phones.parseHouseholdPhone("13912341234").issues().isEmpty());
        assertTrue(Phones.parseHouseholdPhone("139").hasError());
    }

    @Test
    void masks() {
        assertEquals("139****1234", Phones.masked("13912341234"));
        assertEquals("0351-***4321", Phones.masked("0351-7654321"));
        assertEquals("", Phones.masked(null));
    }
}
