package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskTest {

    @ParameterizedTest
    @CsvSource({"01,因病", "1,因病", "03,因残", "09,因学", "04,因缺劳动力", "05,因意外事故", "06,因产业失败",
        "07,因务工就业不稳", "02,因自然灾害", "0201,因灾洪涝", "0206,因灾地震", "0299,因灾其他", "99,其他"})
    void matchesByCode(String raw, String expected) {
        assertEquals(Optional.of(Risk.valueOf(expected)), Risk.match(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "因病|因病", "因病致贫|因病", "病|因病", "因残|因残", "因学|因学", "因缺劳动力|因缺劳动力", "缺劳力|因缺劳动力",
        "因意外事故|因意外事故", "意外事故|因意外事故", "因产业失败|因产业失败", "产业失败|因产业失败",
        "因务工就业不稳|因务工就业不稳", "务工就业不稳|因务工就业不稳", "因灾|因自然灾害", "因自然灾害|因自然灾害",
        "因安全饮水|饮水安全", "饮水安全|饮水安全", "住房出现安全问题|住房安全", "住房安全|住房安全",
        "家庭成员中有义务教育阶段适龄儿童少年失学辍学|失学辍学",
        "家庭成员未参加城乡居民（职工）基本医疗保险|未参加医保",
        "因自然灾害（洪涝）|因灾洪涝", "洪涝灾害|因灾洪涝", "病虫害|因灾生物", "旱灾|因灾旱灾", "其他自然灾害|因灾其他",
        "其他|其他"})
    void matchesBySubstringAfterRemovingLeadingYin(String raw, String expected) {
        assertEquals(Optional.of(Risk.valueOf(expected)), Risk.match(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "08", "0207", "好得很"})
    void leavesUnknownUnmatched(String raw) {
        assertTrue(Risk.match(raw).isEmpty(), raw);
    }

    @Test
    void codesAndDisasterFamily() {
        assertNull(Risk.住房安全.code());
        assertTrue(Risk.因灾洪涝.isNaturalDisaster());
        assertTrue(Risk.因自然灾害.isNaturalDisaster());
        assertFalse(Risk.因病.isNaturalDisaster());
        assertEquals("因自然灾害（洪涝）", Risk.因灾洪涝.label());
        for (Risk r : Risk.all()) {
            assertEquals(Optional.of(r), Risk.match(r.label()), r.name());
        }
    }
}
