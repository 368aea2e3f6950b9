package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

    private static final String VILLAGE = "320508019044";

    @Test
    void acceptsTheSpecExampleVillage() {
        Parsed<String> p = Regions.villageCode(VILLAGE);
        assertTrue(p.issues().isEmpty(), p.messages());
        assertEquals(VILLAGE, p.value());
        assertEquals(VILLAGE, Regions.villageCode(" ３２０５０８０１９０４４ ").value());
    }

    @Test
    void outOfRangeVillageDigitsOnlyWarn() {
        // Real data: 摆拉村委会 uses 500 for a 村委会; 700 is outside every range but still kept.
        assertTrue(Regions.villageCode("522632210500").issues().isEmpty());
        Parsed<String> odd = Regions.villageCode("522632210700");
        assertTrue(odd.ok());
        assertTrue(odd.hasWarning());
        assertEquals("522632210700", odd.value());
        assertTrue(Regions.villageCode("522632210000").hasWarning());
        assertTrue(Regions.villageCode("522632900201").hasWarning(), "township digits 900");
    }

    @ParameterizedTest
    @ValueSource(strings = {"32050801904", "3205080190441", "32050801904A", "990508019044"})
    void rejectsMalformedVillageCodes(String raw) {
        Parsed<String> p = Regions.villageCode(raw);
        assertTrue(p.hasError(), raw);
        assertNull(p.value());
    }

    @Test
    void townshipAndCountyCodes() {
        assertTrue(Regions.townshipCode("320508019").issues().isEmpty());
        assertTrue(Regions.townshipCode("32050801").hasError());
        assertTrue(Regions.townshipCode("320508000").hasWarning());
        assertTrue(Regions.countyCode("320508").issues().isEmpty());
        assertTrue(Regions.countyCode("32050").hasError());
        Parsed<String> unknownProvince = Regions.countyCode("990508");
        assertTrue(unknownProvince.hasError());
        assertTrue(unknownProvince.messages().contains("省级代码"), unknownProvince.messages());
        assertTrue(Regions.countyCode("320500").hasWarning(), "a prefecture code, not a county");
        assertNull(Regions.countyCode("--").value());
        assertTrue(Regions.countyCode("").issues().isEmpty());
    }

    @Test
    void gridCodeMustStartWithItsVillage() {
        Parsed<String> ok = Regions.gridCode("320508019044001", VILLAGE);
        assertTrue(ok.issues().isEmpty(), ok.messages());
        assertEquals("320508019044001", ok.value());

        Parsed<String> wrongVillage = Regions.gridCode("320508019045001", VILLAGE);
        assertTrue(wrongVillage.hasError());
        assertTrue(wrongVillage.messages().contains("前12位应为所属村（社区）代码 " + VILLAGE), wrongVillage.messages());

        assertTrue(Regions.gridCode("32050801904400", VILLAGE).hasError(), "14 digits with default width");
        assertTrue(Regions.gridCode("320508019044000", VILLAGE).hasError(), "sequence 000");
        assertTrue(Regions.gridCode("32050801904400A", VILLAGE).hasError());
        assertTrue(Regions.gridCode("320508019045001", null).ok(), "village unknown: shape only");
    }

    @Test
    void gridSequenceWidthIsConfigurable() {
        assertTrue(Regions.gridCode("32050801904401", VILLAGE, 2).ok());
        assertTrue(Regions.gridCode("3205080190440001", VILLAGE, 4).ok());
        assertTrue(Regions.gridCode("320508019044001", VILLAGE, 4).hasError());
        assertThrows(IllegalArgumentException.class, () -> Regions.gridCode("1", VILLAGE, 5));
    }

    @Test
    void acceptsTheTwentyDigitCjt349FormWithAWarning() {
        String cjt = "000000" + "320508" + "019" + "044" + "00";
        Parsed<String> p = Regions.gridCode(cjt, VILLAGE);
        assertTrue(p.ok());
        assertTrue(p.hasWarning());
        assertEquals(cjt, p.value());
        assertTrue(Regions.gridCode("000000" + "110105" + "019044" + "00", VILLAGE).hasError(), "other county");
    }

    @Test
    void provinceNames() {
        assertEquals("江苏", Regions.provinceName(VILLAGE));
        assertEquals("北京", Regions.provinceName("11010519491231002X"));
        assertEquals("澳门", Regions.provinceName("82"));
        assertNull(Regions.provinceName("99"));
        assertNull(Regions.provinceName(null));
    }
}
