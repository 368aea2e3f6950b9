package cn.gridledger.logic.importer;

import java.util.Arrays;

/**
 * A map from non-negative long keys (database ids) to values, with open addressing: no boxed Long and no
 * entry object per key. KnownRecords keeps every person of the database by id, which in a HashMap cost
 * about 50 bytes a person of a 256 MB heap.
 */
final class LongKeyMap<V> {

    private static final long FREE = -1;

    private long[] keys;
    private Object[] values;
    private int size;

    LongKeyMap() {
        this(0);
    }

    /** Sized for {@code expected} keys without growing (a snapshot's people are counted before they are put). */
    LongKeyMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(1 << 9, expected)) << 2; // at most half full
        keys = new long[capacity];
        values = new Object[capacity];
        Arrays.fill(keys, FREE);
    }

    /** Stores {@code value} under {@code key} (≥ 0); returns the value it replaced, or null. */
    @SuppressWarnings("unchecked")
    V put(long key, V value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(keys, key);
        if (keys[i] == key) {
            V old = (V) values[i];
            values[i] = value;
            return old;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return null;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int i = slot(keys, key);
        return keys[i] == key ? (V) values[i] : null;
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the free slot where it would go (linear probing). */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
