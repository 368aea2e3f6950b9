package cn.gridledger.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gridledger.logic.search.HouseholdIndex.MemberKeys;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.HouseholdRow.MonitoringState;

class HouseholdIndexTest {

    private static HouseholdRow row(String id, String head) {
        return new HouseholdRow(id, "H" + id, head, 1, 1L, "网格", 1L, "一般农户", false, false, MonitoringState.NONE, 0,
                null, false, "2026-01-01T00:00:00");
    }

    @Test
    void initialsOfCommonAndPolyphonicNames() {
        assertEquals("zsm", PinyinInitials.of("张三明").get(0));
        assertTrue(PinyinInitials.of("曾小军").contains("zxj"), PinyinInitials.of("曾小军").toString());
        assertTrue(PinyinInitials.of("曾小军").contains("cxj"));
        assertTrue(PinyinInitials.of("阿依古丽·买买提").contains("aygl" + "mmt"));
    }

    @Test
    void initialsMatchFromTheStartOfANameOnly() {
        HouseholdIndex index = new HouseholdIndex();
        index.putAll(List.of(row("1", "张三明"), row("2", "李张松")),
                Map.of("1", List.of(new MemberKeys("张三明", null, null)), "2", List.of(new MemberKeys("李张松", null, null))));
        assertEquals(List.of("1"), index.search("zs", r -> true).stream().map(HouseholdRow::id).toList());
        assertEquals(2, index.search("张", r -> true).size());
    }

    @Test
    void fullWidthDigitsAndSpacesTypedWithAnImeStillMatch() {
        HouseholdIndex index = new HouseholdIndex();
        index.putAll(List.of(row("1", "张三明")),
                Map.of("1", List.of(new MemberKeys("张三明", "13010219800312001X", "13912341234"))));
        assertEquals(1, index.search("００１ｘ", r -> true).size());
        assertEquals(1, index.search("139 1234", r -> true).size());
        assertEquals(0, index.search("139 9999", r -> true).size());
    }

    @Test
    void theHeadOnlyEntryIsTheEntryWithoutMemberKeys() {
        for (HouseholdRow r : List.of(row("1", "张三明"), row("2", null), row("3", " 曾 小军 "), row("4", "Ann Lee"),
                row("5", ""), new HouseholdRow("6", null, "单田芳", 0, null, null, null, "一般农户", false, false,
                        MonitoringState.NONE, 0, " 139 ", false, "2026-01-01T00:00:00"))) {
            assertEquals(HouseholdIndex.entry(r, List.of()), HouseholdIndex.entryOf(r), r.toString());
        }
    }
}
