package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallCodeListsTest {

    @ParameterizedTest
    @CsvSource({"健康,健康", "良好,健康", "1,健康", "慢性病,长期慢性病", "长期慢性病,长期慢性病", "大病,患有大病",
        "患有大病,患有大病", "残疾,残疾", "残疾人,残疾", "6,残疾"})
    void health(String raw, String expected) {
        assertEquals(Optional.of(Health.valueOf(expected)), Health.match(raw));
    }

    @Test
    void healthFormatsInCanonicalOrder() {
        assertEquals("长期慢性病,残疾", Health.format(Set.of(Health.残疾, Health.长期慢性病)));
        assertEquals("患有大病,残疾", Health.format(EnumSet.of(Health.残疾, Health.患有大病)));
        assertEquals("", Health.format(Set.of()));
        assertEquals("", Health.format(null));
    }

    @ParameterizedTest
    @CsvSource({"普通劳动力,普通劳动力", "技能劳动力,技能劳动力", "弱劳动力,弱劳动力或半劳动力", "半劳动力,弱劳动力或半劳动力",
        "丧失劳动力,丧失劳动力", "无劳动力,无劳动力"})
    void labourSkill(String raw, String expected) {
        assertEquals(Optional.of(LabourSkill.valueOf(expected)), LabourSkill.match(raw));
    }

    @Test
    void monitoringCategory() {
        assertEquals(Optional.of(MonitoringCategory.边缘易致贫户), MonitoringCategory.match(" 边缘易致贫户 "));
        assertEquals(Optional.of(MonitoringCategory.脱贫不稳定户), MonitoringCategory.match("脱贫不稳定"));
        assertEquals(Optional.of(MonitoringCategory.突发严重困难户), MonitoringCategory.match("突发严重困难户"));
        assertTrue(MonitoringCategory.脱贫不稳定户.isUnstable());
        assertTrue(MonitoringCategory.边缘易致贫户.isUnstable());
        assertFalse(MonitoringCategory.突发严重困难户.isUnstable());
        assertTrue(MonitoringCategory.match("贫困户").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"一般农户,一般农户", "普通农户,一般农户", "脱贫户,脱贫户", "一般脱贫户,脱贫户", "低保脱贫户,脱贫户",
        "特困供养脱贫户,脱贫户"})
    void householdType(String raw, String expected) {
        assertEquals(Optional.of(HouseholdType.valueOf(expected)), HouseholdType.match(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "Y", "y", "yes", "1", "√", "有", "１"})
    void yes(String raw) {
        assertEquals(Optional.of(YesNo.是), YesNo.match(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "N", "n", "NO", "0", "×", "无"})
    void no(String raw) {
        assertEquals(Optional.of(YesNo.否), YesNo.match(raw));
    }

    @Test
    void yesNoLeavesOtherTextUnmatched() {
        assertTrue(YesNo.match("").isEmpty());
        assertTrue(YesNo.match("也许").isEmpty());
        assertTrue(YesNo.是.toBoolean());
        assertEquals(YesNo.否, YesNo.of(false));
    }

    @ParameterizedTest
    @CsvSource({"美丽庭院,美丽庭院", "美丽庭院示范户,美丽庭院", "干净人家,干净人家", "文明示范户,文明示范户", "文明户,文明示范户",
        "好家风家庭,好家风家庭", "好家风,好家风家庭"})
    void awardType(String raw, String expected) {
        assertEquals(Optional.of(AwardType.valueOf(expected)), AwardType.match(raw));
    }

    @ParameterizedTest
    @CsvSource({"村,村", "村级,村", "乡,乡", "镇级,乡", "乡镇,乡", "县,县", "县级,县", "市级,市", "省,省", "省级,省"})
    void awardLevel(String raw, String expected) {
        assertEquals(Optional.of(AwardLevel.valueOf(expected)), AwardLevel.match(raw));
        assertTrue(AwardLevel.省.compareTo(AwardLevel.村) > 0);
        assertEquals("县级", AwardLevel.县.label());
    }

    @ParameterizedTest
    @CsvSource({"村党组织书记,村党组织书记", "村党支部书记,村党组织书记", "支书,村党组织书记", "村委会主任,村委会主任",
        "村主任,村委会主任", "一肩挑,一肩挑", "书记兼主任,一肩挑", "村党支部书记、村委会主任,一肩挑",
        "副书记,副书记", "村党支部副书记,副书记", "两委委员,两委委员", "村委会委员,两委委员", "村委会副主任,两委委员",
        "支部委员,两委委员", "村务监督委员会主任,村务监督委员会主任", "监委会主任,村务监督委员会主任",
        "第一书记,第一书记", "驻村第一书记,第一书记", "驻村工作队长,驻村工作队长", "工作队队长,驻村工作队长",
        "驻村工作队员,驻村工作队员", "包村干部,包村干部", "网格长,网格长", "网格员,网格员", "专职网格员,网格员"})
    void postType(String raw, String expected) {
        assertEquals(Optional.of(PostType.valueOf(expected)), PostType.match(raw), raw);
    }

    @Test
    void twoCommitteePosts() {
        assertTrue(PostType.村党组织书记.isTwoCommittees());
        assertTrue(PostType.一肩挑.isTwoCommittees());
        assertTrue(PostType.两委委员.isTwoCommittees());
        assertFalse(PostType.村务监督委员会主任.isTwoCommittees());
        assertFalse(PostType.第一书记.isTwoCommittees());
        assertFalse(PostType.网格员.isTwoCommittees());
        assertTrue(PostType.match("会计").isEmpty());
    }

    @Test
    void cadreCategoryDispatchLevelGridType() {
        assertEquals(Optional.of(CadreCategory.后备力量), CadreCategory.match("后备干部"));
        assertEquals(Optional.of(CadreCategory.村两委), CadreCategory.match("村两委"));
        assertEquals(Optional.of(DispatchLevel.中央), DispatchLevel.match("中央"));
        assertEquals(Optional.of(DispatchLevel.县), DispatchLevel.match("县级"));
        assertEquals(Optional.of(DispatchLevel.乡), DispatchLevel.match("乡镇"));
        assertEquals(Optional.of(GridType.基础网格), GridType.match("基础网格"));
        assertEquals(Optional.of(GridType.专属网格), GridType.match("专属"));
        assertTrue(GridType.match("大网格").isEmpty());
        assertEquals(5, CadreCategory.all().size());
        assertEquals(5, DispatchLevel.all().size());
    }
}
