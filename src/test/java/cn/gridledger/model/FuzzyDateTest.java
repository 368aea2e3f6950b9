package cn.gridledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.model.FuzzyDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void keepsThePrecisionGiven() {
        assertEquals(Precision.YEAR, FuzzyDate.of(1985).precision());
        assertEquals(Precision.MONTH, FuzzyDate.of(1985, 3).precision());
        assertEquals(Precision.DAY, FuzzyDate.of(1985, 3, 12).precision());
    }

    @Test
    void formatsForStorageCountyAndChineseText() {
        assertEquals("1985", FuzzyDate.of(1985).toIso());
        assertEquals("1985-03", FuzzyDate.of(1985, 3).toIso());
        assertEquals("1985-03-12", FuzzyDate.of(1985, 3, 12).toIso());
        assertEquals("1985.03", FuzzyDate.of(1985, 3).toDisplay());
        assertEquals("1985.03.12", FuzzyDate.of(1985, 3, 12).toDisplay());
        assertEquals("1985年3月", FuzzyDate.of(1985, 3).toChinese());
        assertEquals("1985年3月12日", FuzzyDate.of(1985, 3, 12).toChinese());
        assertEquals("1985年", FuzzyDate.of(1985).toChinese());
    }

    @Test
    void parseIsoRoundTrips() {
        for (FuzzyDate d : List.of(FuzzyDate.of(1985), FuzzyDate.of(1985, 3), FuzzyDate.of(2000, 2, 29))) {
            assertEquals(d, FuzzyDate.parseIso(d.toIso()));
        }
    }

    @Test
    void parseIsoRejectsOtherShapes() {
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parseIso("1985.03"));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parseIso("1985-3"));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parseIso("1985-13"));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parseIso(""));
    }

    @Test
    void rejectsImpossibleDates() {
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.of(1985, 13));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.of(1985, 0));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.of(1985, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.of(1900, 2, 29));
        assertThrows(IllegalArgumentException.class, () -> new FuzzyDate(1985, 0, 5));
        assertEquals(29, FuzzyDate.of(2000, 2, 29).day());
    }

    @Test
    void firstAndLastDayCoverThePeriod() {
        assertEquals(LocalDate.of(1985, 3, 1), FuzzyDate.of(1985, 3).firstDay());
        assertEquals(LocalDate.of(1985, 3, 31), FuzzyDate.of(1985, 3).lastDay());
        assertEquals(LocalDate.of(2000, 2, 29), FuzzyDate.of(2000, 2).lastDay());
        assertEquals(LocalDate.of(1985, 1, 1), FuzzyDate.of(1985).firstDay());
        assertEquals(LocalDate.of(1985, 12, 31), FuzzyDate.of(1985).lastDay());
        assertEquals(LocalDate.of(1985, 3, 12), FuzzyDate.of(1985, 3, 12).lastDay());
        assertTrue(FuzzyDate.of(1985, 3).contains(LocalDate.of(1985, 3, 31)));
        assertFalse(FuzzyDate.of(1985, 3).contains(LocalDate.of(1985, 4, 1)));
    }

    @Test
    void fromLocalDateIsDayPrecise() {
        assertEquals(FuzzyDate.of(2024, 7, 1), FuzzyDate.of(LocalDate.of(2024, 7, 1)));
    }

    @Test
    void truncatesButNeverInventsADay() {
        assertEquals(FuzzyDate.of(1985, 3), FuzzyDate.of(1985, 3, 12).truncatedTo(Precision.MONTH));
        assertEquals(FuzzyDate.of(1985), FuzzyDate.of(1985, 3, 12).truncatedTo(Precision.YEAR));
        assertEquals(FuzzyDate.of(1985, 3), FuzzyDate.of(1985, 3).truncatedTo(Precision.DAY));
    }

    @Test
    void ordersChronologicallyCoarserFirst() {
        List<FuzzyDate> dates = new ArrayList<>(List.of(FuzzyDate.of(1986), FuzzyDate.of(1985, 3, 12),
                FuzzyDate.of(1985, 3), FuzzyDate.of(1985)));
        Collections.sort(dates);
        assertEquals(List.of(FuzzyDate.of(1985), FuzzyDate.of(1985, 3), FuzzyDate.of(1985, 3, 12),
                FuzzyDate.of(1986)), dates);
    }
}
