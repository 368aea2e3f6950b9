package cn.gridledger.logic.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * All rows of a query read as one value. Reading the 50,000-household list was dominated by the driver's
 * cost per row and per column (native calls and locks for each {@code next} and {@code getString}, a
 * microsecond or more per row), so the list's queries return all their rows as one text of
 * length-prefixed fields, decoded here. Lengths count UTF-8 bytes ({@code octet_length}), so any text —
 * separators, control characters, characters outside the BMP — reads back exactly; NULL is written
 * with length -1. Rows come in no particular order.
 */
final class PackedRows {

    private final byte[] bytes;
    private int at;

    /** {@code bytes}: the value of the {@link #sql} column; null when the query had no rows. */
    PackedRows(byte[] bytes) {
        this.bytes = bytes == null ? new byte[0] : bytes;
    }

    /**
     * The SQL aggregate packing {@code columns} (SQL expressions) of every row into one text:
     * {@code len:value} each, one format() call per row (cheaper than concatenating field by field).
     */
    static String sql(String... columns) {
        return "group_concat(format('" + "%d:%s".repeat(columns.length) + "', "
                + Arrays.stream(columns).map(c -> "ifnull(octet_length(" + c + "), -1), " + c)
                        .collect(Collectors.joining(", "))
                + "), '')";
    }

    /** True while rows are left. */
    boolean hasNext() {
        return at < bytes.length;
    }

    /** The next field as text, as {@code getString} would return it. */
    String text() {
        int length = (int) integerUpTo(':');
        if (length < 0) {
            return null;
        }
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    /** The next field as a number, as {@code getLong} would return it (0 for NULL); see {@link #integerIn}. */
    long number() {
        Long value = numberOrNull();
        return value == null ? 0 : value;
    }

    /** The next field as a number, or null for NULL. */
    Long numberOrNull() {
        int length = (int) integerUpTo(':');
        if (length < 0) {
            return null;
        }
        int end = at + length;
        long value = integerIn(end);
        at = end;
        return value;
    }

    /** Reads a length prefix and steps past its terminator. */
    private long integerUpTo(char terminator) {
        int end = at;
        while (bytes[end] != terminator) {
            end++;
        }
        long value = integerIn(end);
        at = end + 1;
        return value;
    }

    /**
     * The integer at the start of {@code bytes[at, end)}: optional sign, then digits up to the first other
     * character ("1.0" is 1), like SQLite's own conversion of a text to an integer.
     */
    private long integerIn(int end) {
        int i = at;
        boolean negative = i < end && bytes[i] == '-';
        if (negative || (i < end && bytes[i] == '+')) {
            i++;
        }
        long value = 0;
        for (; i < end && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
            value = value * 10 + (bytes[i] - '0');
        }
        return negative ? -value : value;
    }
}
