package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.FuzzyDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1985.03|1985-03", "1985.3|1985-03", "198503|1985-03", "1985-03|1985-03", "1985/03|1985-03",
        "1985年3月|1985-03", "1985年03月|1985-03", "1985.03.|1985-03",
        "19850312|1985-03-12", "1985/3/12|1985-03-12", "1985-03-12|1985-03-12", "1985年3月12日|1985-03-12",
        "2019.9.4|2019-09-04", "1985-03-12 00:00:00|1985-03-12", "1985-03-12T08:30|1985-03-12",
        "１９８５．０３|1985-03", "１９８５年３月１２日|1985-03-12", " 1985 . 03 |1985-03",
        "1985|1985", "1985年|1985"})
    void readsEveryTextShape(String text, String iso) {
        Parsed<FuzzyDate> p = Dates.parse(text);
        assertTrue(p.issues().isEmpty(), text + ": " + p.messages());
        assertEquals(iso, p.value().toIso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "--", "—", "/", "无", "－"})
    void notApplicableIsEmptyWithoutIssue(String text) {
        Parsed<FuzzyDate> p = Dates.parse(text);
        assertNull(p.value());
        assertTrue(p.issues().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1985.13|月份应为1–12", "198513|月份应为1–12", "1985.00|月份应为1–12",
        "1985.2.30|不存在", "19850230|不存在",
        "1850.03|1900–2100", "2150.01|1900–2100",
        "85.03|无法识别", "一九八五年|无法识别", "1985.03.12.1|无法识别", "abc|无法识别"})
    void rejectsDamagedText(String text, String expectedInMessage) {
        Parsed<FuzzyDate> p = Dates.parse(text);
        assertTrue(p.hasError(), text);
        assertNull(p.value());
        assertTrue(p.messages().contains(expectedInMessage), p.messages());
    }

    @Test
    void readsYearDotMonthNumbers() {
        assertEquals(FuzzyDate.of(2011, 5), Dates.parseNumber(2011.05).value());
        assertEquals(FuzzyDate.of(2011, 12), Dates.parseNumber(2011.12).value());
        assertEquals(FuzzyDate.of(2011, 3), Dates.parseNumber(2011.3).value());
        assertTrue(Dates.parseNumber(2011.05).issues().isEmpty());
        assertTrue(Dates.parseNumber(2011.3).issues().isEmpty());
    }

    @Test
    void yearDotOneMayBeALostOctober() {
        Parsed<FuzzyDate> p = Dates.parseNumber(2010.1);
        assertEquals(FuzzyDate.of(2010, 1), p.value());
        assertTrue(p.ok());
        assertTrue(p.hasWarning());
        assertTrue(p.messages().contains("10月"), p.messages());
        // 2010.10 typed into a number cell is the same double: the same warning.
        assertTrue(Dates.parseNumber(2010.10).hasWarning());
    }

    @Test
    void readsCompactNumbers() {
        assertEquals(FuzzyDate.of(1985, 3), Dates.parseNumber(198503).value());
        assertEquals(FuzzyDate.of(1985, 3, 12), Dates.parseNumber(19850312).value());
        assertEquals(FuzzyDate.of(1985), Dates.parseNumber(1985).value());
        assertEquals(FuzzyDate.of(1985, 3, 12), Dates.parseNumber(1985.0312).value());
    }

    @ParameterizedTest
    @ValueSource(doubles = {2011.13, 2011.00001, 198513, 12345, 0, -2011.05, 1850.05, 31000})
    void rejectsOtherNumbers(double v) {
        assertTrue(Dates.parseNumber(v).hasError(), String.valueOf(v));
    }

    @Test
    void rejectsNonFiniteNumbers() {
        assertTrue(Dates.parseNumber(Double.NaN).hasError());
        assertTrue(Dates.parseNumber(Double.POSITIVE_INFINITY).hasError());
    }

    @Test
    void convertsExcelSerialsIn1900System() {
        assertEquals(FuzzyDate.of(1900, 1, 1), Dates.fromExcelSerial(1, false, Precision.DAY));
        assertEquals(FuzzyDate.of(1900, 2, 28), Dates.fromExcelSerial(59, false, Precision.DAY));
        assertEquals(FuzzyDate.of(1900, 3, 1), Dates.fromExcelSerial(61, false, Precision.DAY));
        assertEquals(FuzzyDate.of(1985, 3, 12), Dates.fromExcelSerial(31118, false, Precision.DAY));
        assertEquals(FuzzyDate.of(2024, 1, 1), Dates.fromExcelSerial(45292.75, false, Precision.DAY));
        assertEquals(FuzzyDate.of(1985, 3), Dates.fromExcelSerial(31118, false, Precision.MONTH));
        assertEquals(FuzzyDate.of(1985), Dates.fromExcelSerial(31118, false, Precision.YEAR));
    }

    @Test
    void convertsExcelSerialsIn1904System() {
        assertEquals(FuzzyDate.of(1904, 1, 1), Dates.fromExcelSerial(0, true, Precision.DAY));
        assertEquals(FuzzyDate.of(1985, 3, 12), Dates.fromExcelSerial(31118 - 1462, true, Precision.DAY));
    }

    @Test
    void rejectsImpossibleSerials() {
        assertThrows(IllegalArgumentException.class, () -> Dates.fromExcelSerial(0, false, Precision.DAY));
        assertThrows(IllegalArgumentException.class, () -> Dates.fromExcelSerial(-5, true, Precision.DAY));
        assertThrows(IllegalArgumentException.class, () -> Dates.fromExcelSerial(Double.NaN, false, Precision.DAY));
        assertTrue(Dates.parseExcelSerial(0, false, Precision.DAY).hasError());
        assertTrue(Dates.parseExcelSerial(80000, false, Precision.DAY).hasError(), "year 2119 is implausible");
        assertTrue(Dates.parseExcelSerial(31118, false, Precision.MONTH).ok());
    }

    @Test
    void recognisesDateFormats() {
        assertTrue(Dates.isDateFormat(14, "m/d/yy"));
        assertTrue(Dates.isDateFormat(22, "m/d/yy h:mm"));
        for (int id = 27; id <= 36; id++) {
            assertTrue(Dates.isDateFormat(id, "reserved-0x" + Integer.toHexString(id)), "id " + id);
        }
        for (int id = 50; id <= 58; id++) {
            assertTrue(Dates.isDateFormat(id, null), "id " + id);
        }
        assertTrue(Dates.isDateFormat(176, "yyyy\"年\"m\"月\""));
        assertTrue(Dates.isDateFormat(177, "yyyy\"年\"m\"月\"d\"日\""));
        assertTrue(Dates.isDateFormat(178, "yyyy年m月d日"));
        assertTrue(Dates.isDateFormat(179, "[DBNum1][$-804]yyyy\"年\"m\"月\""));
        assertTrue(Dates.isDateFormat(180, "[$-F800]dddd, mmmm dd, yyyy"));
        assertTrue(Dates.isDateFormat(181, "yyyy\".\"mm"));
        assertTrue(Dates.isDateFormat(182, "yyyy\\.mm"));
        assertTrue(Dates.isDateFormat(183, "mm-dd-yy"));
        assertTrue(Dates.isDateFormat(184, "yyyy/m/d;@"));
    }

    @Test
    void otherNumberFormatsAreNotDates() {
        assertFalse(Dates.isDateFormat(0, "General"));
        assertFalse(Dates.isDateFormat(1, "0"));
        assertFalse(Dates.isDateFormat(2, "0.00"));
        assertFalse(Dates.isDateFormat(49, "@"));
        assertFalse(Dates.isDateFormat(11, "0.00E+00"));
        assertFalse(Dates.isDateFormat(185, "0\"年\""));
        assertFalse(Dates.isDateFormat(186, "#,##0.00_);[Red](#,##0.00)"));
        assertFalse(Dates.isDateFormat(187, "_ * #,##0_ ;_ * -#,##0_ ;_ * \"-\"_ ;_ @_ "));
        assertFalse(Dates.isDateFormat(188, null));
    }

    @Test
    void formatWithoutDayMeansMonthPrecision() {
        assertEquals(Precision.MONTH, Dates.precisionOfFormat("yyyy\"年\"m\"月\""));
        assertEquals(Precision.MONTH, Dates.precisionOfFormat("yyyy\".\"mm"));
        assertEquals(Precision.MONTH, Dates.precisionOfFormat("yyyy\\.mm"));
        assertEquals(Precision.MONTH, Dates.precisionOfFormat("[DBNum1][$-804]yyyy\"年\"m\"月\""));
        assertEquals(Precision.DAY, Dates.precisionOfFormat("yyyy\"年\"m\"月\"d\"日\""));
        assertEquals(Precision.DAY, Dates.precisionOfFormat("mm-dd-yy"));
        assertEquals(Precision.YEAR, Dates.precisionOfFormat("yyyy"));
        assertEquals(Precision.MONTH, Dates.precisionOfFormat(57, null));
        assertEquals(Precision.DAY, Dates.precisionOfFormat(31, "reserved-0x1f"));
    }
}
