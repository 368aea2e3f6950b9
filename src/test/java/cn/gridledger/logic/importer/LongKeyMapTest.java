package cn.gridledger.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongKeyMapTest {

    @Test
    void behavesLikeAHashMapThroughManyGrowths() {
        LongKeyMap<String> map = new LongKeyMap<>();
        Map<Long, String> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(30_000) * 1_000_003L;
            assertEquals(expected.put(key, "v" + i), map.put(key, "v" + i));
        }
        assertEquals(expected.size(), map.size());
        expected.forEach((k, v) -> assertEquals(v, map.get(k)));
        assertNull(map.get(7));
        assertNull(map.put(1, "one"));
        assertEquals("one", map.get(1));
    }
}
