package cn.gridledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gridledger.logic.service.HouseholdCodes;

class ChoiceMatchTest {

    private static final List<String> RELATIONS = HouseholdCodes.RELATION.labels();

    @Test
    void typedTextChoosesTheItemThenAPrefixThenPinyinInitialsThenAPart() {
        assertEquals(Optional.of("户主"), ChoiceMatch.firstMatch(RELATIONS, "户主"));
        assertEquals(Optional.of("配偶"), ChoiceMatch.firstMatch(RELATIONS, "配"));
        assertEquals(Optional.of("之子"), ChoiceMatch.firstMatch(RELATIONS, "zz"));
        assertEquals(Optional.of("之子"), ChoiceMatch.firstMatch(RELATIONS, "ZZ"), "capitals too");
        assertEquals(Optional.of("汉族"), ChoiceMatch.firstMatch(HouseholdCodes.ETHNICITY.labels(), "hz"));
        assertEquals(Optional.empty(), ChoiceMatch.firstMatch(RELATIONS, "  "));
        assertEquals(Optional.empty(), ChoiceMatch.firstMatch(RELATIONS, "xyzq"));
    }
}
