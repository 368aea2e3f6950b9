package cn.gridledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"男", " 男 ", "1", "男性", "M", "m", "１"})
    void readsMale(String raw) {
        assertEquals(Optional.of(Gender.男), Gender.fromText(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"女", "2", "女性", "F", "f"})
    void readsFemale(String raw) {
        assertEquals(Optional.of(Gender.女), Gender.fromText(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "9", "未知", "男女"})
    void leavesOtherTextUnknown(String raw) {
        assertTrue(Gender.fromText(raw).isEmpty());
    }
}
