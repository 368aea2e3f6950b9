package cn.gridledger.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextAndParsedTest {

    @Test
    void normalisesFullWidthAndIdeographicSpace() {
        assertEquals("ABC 123", Text.normalise("\u3000ＡＢＣ　１２３\u3000"));
        assertEquals("姓名", Text.compact("姓  名"));
        assertEquals("项目", Text.compact("项\u3000目"));
        assertEquals("专业技术职务", Text.compact("专业技术\n职务"));
        assertEquals("张三", Text.normalise("\uFEFF张三\u200B"));
        assertEquals("", Text.normalise(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "--", "—", "－", "/", "无", "空", " — ", "\u3000"})
    void recognisesNotApplicable(String raw) {
        assertTrue(Text.isNotApplicable(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "否", "无业", "张三"})
    void realValuesAreApplicable(String raw) {
        assertFalse(Text.isNotApplicable(raw));
    }

    @Test
    void parsedHelpers() {
        Parsed<String> empty = Parsed.empty();
        assertTrue(empty.ok());
        assertTrue(empty.isEmpty());
        assertFalse(empty.hasError());

        Parsed<String> warned = Parsed.warning("x", "提示");
        assertTrue(warned.ok());
        assertTrue(warned.hasWarning());
        assertEquals("x", warned.value());

        Parsed<String> failed = warned.with(Issue.error("错了"));
        assertTrue(failed.hasError());
        assertNull(failed.value(), "an error drops the value");
        assertEquals("提示；错了", failed.messages());

        assertEquals(Integer.valueOf(1), Parsed.of("x").map(String::length).value());
        assertEquals(List.of(Issue.error("e")), Parsed.<String>error("e").map(String::length).issues());
        assertEquals("错误：e", Issue.error("e").toString());
    }
}
