package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.Health;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeListsTest {

    @Test
    void genericParseWrapsAMatcher() {
        Parsed<Ethnicity> han = CodeLists.parse("汉", Ethnicity::match, "民族", Ethnicity.all(), Ethnicity::label);
        assertEquals(Ethnicity.汉族, han.value());
        assertTrue(han.issues().isEmpty());

        Parsed<Ethnicity> empty = CodeLists.parse("--", Ethnicity::match, "民族", Ethnicity.all(), Ethnicity::label);
        assertNull(empty.value());
        assertTrue(empty.issues().isEmpty());

        Parsed<Ethnicity> bad = CodeLists.parse("火星", Ethnicity::match, "民族", Ethnicity.all(), Ethnicity::label);
        assertTrue(bad.hasError());
        assertTrue(bad.messages().startsWith("民族「火星」无法识别，应为：汉族、蒙古族"), bad.messages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"残疾,长期慢性病", "长期慢性病，残疾", "残疾、长期慢性病", "残疾;长期慢性病", "残疾；慢性病",
        "残疾/长期慢性病", "残疾 长期慢性病", "残疾,,长期慢性病", "残疾,长期慢性病,残疾"})
    void healthIsMultiValued(String raw) {
        Parsed<Set<Health>> p = CodeLists.parseHealth(raw);
        assertTrue(p.issues().isEmpty(), p.messages());
        assertEquals(Set.of(Health.残疾, Health.长期慢性病), p.value());
        assertEquals("长期慢性病,残疾", CodeLists.formatHealth(p.value()));
    }

    @Test
    void healthyTogetherWithAnIllnessIsFlagged() {
        Parsed<Set<Health>> p = CodeLists.parseHealth("健康,患有大病");
        assertTrue(p.ok());
        assertTrue(p.hasWarning());
        assertEquals(Set.of(Health.健康, Health.患有大病), p.value());
    }

    @Test
    void unknownHealthPartIsAnError() {
        Parsed<Set<Health>> p = CodeLists.parseHealth("残疾,感冒");
        assertTrue(p.hasError());
        assertTrue(p.messages().contains("「感冒」"), p.messages());
        assertNull(CodeLists.parseHealth("无").value());
        assertTrue(CodeLists.parseHealth("").issues().isEmpty());
        assertEquals(Set.of(Health.健康), CodeLists.parseHealth("健康").value());
    }
}
