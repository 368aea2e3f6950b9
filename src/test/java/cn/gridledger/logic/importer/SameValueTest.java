package cn.gridledger.logic.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Re-imports must not report wording differences as changes (found by the C1/C2 round trip). */
class SameValueTest {

    @Test
    void bracketsOfEitherWidthAreTheSameText() {
        assertTrue(SameValue.text("省农业大学（函授）", "省农业大学(函授)"));
        assertFalse(SameValue.text("省农业大学", "市农业大学"));
        assertFalse(SameValue.text(null, "x"));
    }

    @Test
    void educationWordingsOfOneLevelAreTheSame() {
        assertTrue(SameValue.education("大专", "大学专科"));
        assertFalse(SameValue.education("大专", "大学本科"));
    }

    @Test
    void dispatchLevelWithOrWithout级IsTheSame() {
        assertTrue(SameValue.dispatchLevel("市", "市级"));
        assertFalse(SameValue.dispatchLevel("市", "县级"));
    }

    @Test
    void healthIsASet() {
        assertTrue(SameValue.health("患有大病,长期慢性病", "长期慢性病,患有大病"));
        assertFalse(SameValue.health("患有大病", "长期慢性病,患有大病"));
    }
}
