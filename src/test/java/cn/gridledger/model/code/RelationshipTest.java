package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelationshipTest {

    @Test
    void everyWordingHasItsSuggestedGbCode() {
        assertEquals(28, Relationship.all().size());
        assertEquals("02", Relationship.户主.gbCode());
        assertEquals("10", Relationship.配偶.gbCode());
        assertEquals("38", Relationship.之儿媳.gbCode());
        assertEquals("28", Relationship.之女婿.gbCode());
        assertEquals("79", Relationship.之兄弟媳妇.gbCode());
        assertEquals("93", Relationship.之侄儿.gbCode());
        assertEquals("97", Relationship.其他.gbCode());
        for (Relationship r : Relationship.all()) {
            assertTrue(FamilyRelationCodes.label(r.gbCode()).isPresent(), r.name());
        }
    }

    @Test
    void everyWordingMatchesItself() {
        for (Relationship r : Relationship.all()) {
            assertEquals(Optional.of(r), Relationship.match(r.label()));
        }
    }

    @ParameterizedTest
    @CsvSource({"子,之子", "儿子,之子", "女,之女", "女儿,之女", "妻,配偶", "夫,配偶", "丈夫,配偶", "妻子,配偶",
        "本人,户主", "父,之父", "母亲,之母", "孙子,之孙子", "外孙女,之外孙女", "儿媳,之儿媳", "女婿,之女婿",
        "侄子,之侄儿", "嫂子,之兄弟媳妇", "兄弟姐妹,之兄弟姐妹", "哥哥,之兄弟姐妹", " 之 子 ,之子"})
    void readsEverydayWords(String raw, String expected) {
        assertEquals(Optional.of(Relationship.valueOf(expected)), Relationship.match(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"01,户主", "02,户主", "1,户主", "10,配偶", "11,配偶", "12,配偶", "20,之子", "22,之子", "27,之子",
        "28,之女婿", "29,之子", "30,之女", "37,之女", "38,之儿媳", "39,之女", "41,之孙子", "44,之外孙女",
        "47,之曾孙子", "51,之父", "52,之母", "55,之岳父", "61,之祖父", "71,之兄弟姐妹", "72,之兄弟媳妇",
        "81,之叔伯", "83,之叔伯", "93,之侄儿", "94,之侄女", "97,其他", "99,其他"})
    void readsGbCodes(String raw, String expected) {
        assertEquals(Optional.of(Relationship.valueOf(expected)), Relationship.match(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"长子,之子", "独生女,之女", "养子或继子,之子", "岳母,之岳母", "非亲属,其他", "其他亲属,其他", "弟媳,之兄弟媳妇"})
    void readsGbLabels(String raw, String expected) {
        assertEquals(Optional.of(Relationship.valueOf(expected)), Relationship.match(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"子/婿,之子", "女/媳,之女", "本人,户主", "配偶,配偶", "兄弟姐妹,之兄弟姐妹", "其他,其他"})
    void readsTheCoarsePovertyList(String raw, String expected) {
        assertEquals(Optional.of(Relationship.valueOf(expected)), Relationship.match(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "40", "50", "60", "00", "邻居家的狗"})
    void leavesAmbiguousAndUnknownUnmatched(String raw) {
        assertTrue(Relationship.match(raw).isEmpty(), raw);
    }
}
