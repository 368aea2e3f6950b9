package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Gender;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsExample() {
        Parsed<IdNumber> p = IdNumbers.parse(STANDARD_EXAMPLE);
        assertTrue(p.issues().isEmpty(), p.messages());
        assertEquals(STANDARD_EXAMPLE, p.value().value());
        assertEquals(Gender.女, p.value().gender());
        assertEquals(LocalDate.of(1949, 12, 31), p.value().birthDate());
    }

    @Test
    void computesTheCheckDigit() {
        assertEquals("X", IdNumbers.checkDigit("11010519491231002"));
        assertEquals("X", IdNumbers.checkDigit("43012219560110120"));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkDigit("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkDigit("1101051949123100A"));
    }

    @Test
    void upgradesFifteenDigitIdsWithAWarning() {
        assertEquals(STANDARD_EXAMPLE, IdNumbers.upgrade15("110105491231002"));
        Parsed<IdNumber> p = IdNumbers.parse("110105491231002");
        assertTrue(p.ok());
        assertEquals(STANDARD_EXAMPLE, p.value().value());
        assertTrue(p.hasWarning());
        assertTrue(p.messages().contains("已升级为18位"), p.messages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ", "'11010519491231002X",
        " 110105 19491231 002X ", "1101051949\t1231002X\r\n", "G11010519491231002X", "=\"11010519491231002X\"",
        "１１０１０５ １９４９１２３１ ００２ｘ"})
    void normalisesTypingAndExportDamage(String raw) {
        Parsed<IdNumber> p = IdNumbers.parse(raw);
        assertTrue(p.ok(), p.messages());
        assertEquals(STANDARD_EXAMPLE, p.value().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"430122195601101000", "4.30122195601101E+17", "4.30122E+17", "4.30122195601101e+17",
        " 430122195601101000 "})
    void flagsExcelTruncatedText(String raw) {
        Parsed<IdNumber> p = IdNumbers.parse(raw);
        assertTrue(p.hasError());
        assertNull(p.value());
        assertEquals(IdNumbers.TRUNCATED, p.issues().get(p.issues().size() - 1).message());
    }

    @Test
    void flagsEighteenDigitNumericCells() {
        Parsed<IdNumber> p = IdNumbers.parseNumericCell(4.30122195601101E17);
        assertTrue(p.hasError());
        assertNull(p.value());
        assertEquals(List.of(Issue.error(IdNumbers.TRUNCATED)), p.issues());
        // Even a value whose digits happen to look right is never trusted.
        assertTrue(IdNumbers.parseNumericCell(110105194912310020.0).hasError());
        assertTrue(IdNumbers.parseNumericCell(1.1010519491231E16).hasError());
    }

    @Test
    void fifteenDigitNumericCellSurvivesAndIsUpgraded() {
        Parsed<IdNumber> p = IdNumbers.parseNumericCell(110105491231002.0);
        assertTrue(p.ok(), p.messages());
        assertEquals(STANDARD_EXAMPLE, p.value().value());
        assertTrue(p.hasWarning());
    }

    @Test
    void rejectsOtherNumericCells() {
        assertTrue(IdNumbers.parseNumericCell(12345.0).hasError());
        assertTrue(IdNumbers.parseNumericCell(110105491231.5).hasError());
        assertTrue(IdNumbers.parseNumericCell(Double.NaN).hasError());
        assertTrue(IdNumbers.parseNumericCell(-1).hasError());
    }

    @Test
    void genuineIdEndingInThousandOnlyWarns() {
        // The check digit happens to fit, so it may be real; the user is asked to look.
        Parsed<IdNumber> p = IdNumbers.parse("110105199001080000");
        assertTrue(p.ok(), p.messages());
        assertTrue(p.hasWarning());
    }

    @Test
    void badCheckDigitNamesTheExpectedOne() {
        Parsed<IdNumber> p = IdNumbers.parse("110105194912310021");
        assertTrue(p.hasError());
        assertEquals("身份证号校验位错误，应为 X", p.messages());
        assertEquals("身份证号校验位错误，应为 X", IdNumbers.parse("430122195601101206").messages());
    }

    @Test
    void rejectsImpossibleBirthDates() {
        String feb30 = "11010519490230002";
        Parsed<IdNumber> p = IdNumbers.parse(feb30 + IdNumbers.checkDigit(feb30));
        assertTrue(p.hasError());
        assertTrue(p.messages().contains("19490230 不是有效日期"), p.messages());

        String future = "11010520990101002";
        Parsed<IdNumber> f = IdNumbers.parse(future + IdNumbers.checkDigit(future));
        assertTrue(f.messages().contains("晚于今天"), f.messages());

        String old = "11010518991231002";
        assertTrue(IdNumbers.parse(old + IdNumbers.checkDigit(old)).messages().contains("早于1900年"));
    }

    @Test
    void futureIsMeasuredFromToday() {
        String id = "11010520240701002";
        String full = id + IdNumbers.checkDigit(id);
        assertTrue(IdNumbers.parse(full, LocalDate.of(2024, 6, 30)).hasError());
        assertTrue(IdNumbers.parse(full, LocalDate.of(2024, 7, 1)).ok());
    }

    @Test
    void unknownRegionIsOnlyAWarning() {
        String id = "99010519491231002";
        Parsed<IdNumber> unknownButNine = IdNumbers.parse(id + IdNumbers.checkDigit(id));
        assertTrue(unknownButNine.issues().isEmpty(), "leading 9 is the foreigner permanent-residence ID");

        String bad = "00010519491231002";
        Parsed<IdNumber> p = IdNumbers.parse(bad + IdNumbers.checkDigit(bad));
        assertTrue(p.ok());
        assertTrue(p.hasWarning());
        assertTrue(p.messages().contains("不是已知的省级代码"));
    }

    @Test
    void acceptsResidencePermitsOfHongKongMacauTaiwanResidents() {
        for (String prefix : List.of("810000", "820000", "830000")) {
            String id = prefix + "19900101001";
            Parsed<IdNumber> p = IdNumbers.parse(id + IdNumbers.checkDigit(id));
            assertTrue(p.issues().isEmpty(), prefix + ": " + p.messages());
            assertEquals(Gender.男, p.value().gender());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100", "1101051949123100211", "11010519491231002Y", "1101051949X231002X",
        "11010549123100X", "身份证"})
    void rejectsWrongShapes(String raw) {
        assertTrue(IdNumbers.parse(raw).hasError(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "--", "无", "/"})
    void emptyInputGivesNothingAndNoIssue(String raw) {
        Parsed<IdNumber> p = IdNumbers.parse(raw);
        assertNull(p.value());
        assertTrue(p.issues().isEmpty());
        assertNull(IdNumbers.parse(null).value());
    }

    @Test
    void masksAllButFirstAndLastFour() {
        String id = "22040219850312123";
        IdNumber n = IdNumbers.parse(id + IdNumbers.checkDigit(id)).value();
        assertEquals("2204**********1237", n.masked());
        assertEquals("1101**********002X", IdNumbers.parse(STANDARD_EXAMPLE).value().masked());
        assertFalse(n.toString().contains("19850312"), "toString must not leak the full number");
    }

    @Test
    void crossCheckWarnsOnMismatchOnly() {
        IdNumber id = IdNumbers.parse(STANDARD_EXAMPLE).value();
        assertTrue(IdNumbers.crossCheck(id, Gender.女, FuzzyDate.of(1949, 12)).isEmpty());
        assertTrue(IdNumbers.crossCheck(id, Gender.女, FuzzyDate.of(1949, 12, 31)).isEmpty());
        assertTrue(IdNumbers.crossCheck(id, null, null).isEmpty());
        assertTrue(IdNumbers.crossCheck(null, Gender.男, null).isEmpty());

        List<Issue> gender = IdNumbers.crossCheck(id, Gender.男, null);
        assertEquals(List.of(Issue.warning("性别「男」与身份证号不一致，身份证号显示为女")), gender);

        List<Issue> birth = IdNumbers.crossCheck(id, null, FuzzyDate.of(1949, 11));
        assertEquals(List.of(Issue.warning("出生日期「1949.11」与身份证号不一致，身份证号显示为1949.12")), birth);
        assertEquals(1, IdNumbers.crossCheck(id, null, FuzzyDate.of(1950)).size());
    }
}
