package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EducationTest {

    @ParameterizedTest
    @CsvSource({
        "研究生,研究生", "博士,研究生", "硕士,研究生", "研究生(硕士),研究生", "研究生（博士）,研究生", "硕士研究生毕业,研究生",
        "省委党校研究生,研究生", "在职研究生,研究生",
        "大学本科,大学本科", "大学,大学本科", "本科,大学本科", "在职大学,大学本科", "大学本科毕业,大学本科",
        "本科及以上,大学本科", "全日制本科,大学本科",
        "大学专科,大学专科", "大专,大学专科", "全日制大专,大学专科", "专科,大学专科", "高职高专,大学专科",
        "中专,中专", "中等专科,中专", "职高,中专", "职业高中,中专", "技校,中专", "技工学校毕业,中专",
        "高中,高中", "普通高中毕业,高中", "初中,初中", "初中肄业,初中", "小学,小学",
        "文盲或半文盲,文盲或半文盲", "文盲,文盲或半文盲", "半文盲,文盲或半文盲"})
    void readsDisplayWords(String raw, String expected) {
        assertEquals(Optional.of(Education.valueOf(expected)), Education.match(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"11,研究生", "14,研究生", "19,研究生", "21,大学本科", "28,大学本科", "31,大学专科", "41,中专", "47,中专",
        "61,高中", "71,初中", "81,小学", "10,研究生", "20,大学本科"})
    void readsGbCodes(String raw, String expected) {
        assertEquals(Optional.of(Education.valueOf(expected)), Education.match(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "51", "未知", "全日制", "1"})
    void leavesOtherTextUnmatched(String raw) {
        assertTrue(Education.match(raw).isEmpty(), raw);
    }

    @Test
    void ranksAndPicksTheHighest() {
        assertTrue(Education.研究生.rank() > Education.大学本科.rank());
        assertTrue(Education.大学专科.rank() > Education.中专.rank());
        assertTrue(Education.中专.rank() > Education.高中.rank());
        assertTrue(Education.小学.rank() > Education.文盲或半文盲.rank());
        assertEquals(Education.大学本科, Education.highest(Education.大学专科, Education.大学本科));
        assertEquals(Education.大学专科, Education.highest(Education.大学专科, null));
        assertEquals(Education.高中, Education.highest(null, Education.高中));
        assertNull(Education.highest(null, null));
    }

    @Test
    void bucketsForStatistics() {
        assertEquals(Education.StatsBucket.研究生, Education.研究生.statsBucket());
        assertEquals(Education.StatsBucket.大学本科, Education.大学本科.statsBucket());
        assertEquals(Education.StatsBucket.大学专科, Education.大学专科.statsBucket());
        assertEquals(Education.StatsBucket.中专及高中, Education.中专.statsBucket());
        assertEquals(Education.StatsBucket.中专及高中, Education.高中.statsBucket());
        assertEquals(Education.StatsBucket.初中及以下, Education.初中.statsBucket());
        assertEquals(Education.StatsBucket.初中及以下, Education.文盲或半文盲.statsBucket());
    }

    @Test
    void dropDownListsHighestFirst() {
        assertEquals(Education.研究生, Education.all().get(0));
        assertEquals(8, Education.all().size());
    }
}
