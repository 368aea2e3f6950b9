package cn.gridledger.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * An unsynchronized buffered UTF-8 writer for one thread: the sheet writer makes millions of tiny
 * writes, and {@code BufferedWriter} over {@code OutputStreamWriter} takes a lock and goes through a
 * charset encoder for each of them. Writes the same bytes as the JDK's encoder: a surrogate pair (even
 * split across two writes) as one 4-byte sequence, a lone surrogate as {@code ?}.
 */
final class Utf8Writer extends Writer {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private int count;
    private char pendingHigh;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (count > SIZE - 8) {
            drain();
        }
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            buffer[count++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        while (off < end) {
            int chunk = Math.min(end - off, SIZE / 4);
            if (count + chunk * 3 + 8 > SIZE) {
                drain();
            }
            byte[] b = buffer;
            int n = count;
            int i = off;
            int stop = off + chunk;
            if (pendingHigh == 0) {
                // ASCII runs (tags, attributes, digits) go straight in
                while (i < stop) {
                    char c = s.charAt(i);
                    if (c >= 0x80) {
                        break;
                    }
                    b[n++] = (byte) c;
                    i++;
                }
            }
            count = n;
            for (; i < stop; i++) {
                encode(s.charAt(i));
            }
            off = stop;
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            write(cbuf[i]);
        }
    }

    /**
     * Markup known to be ASCII (tag names, attribute text): copied byte for byte, without the checks
     * {@link #write(String)} makes per character. Used for the sheet XML around cell values.
     */
    void ascii(String s) throws IOException {
        int len = s.length();
        if (pendingHigh != 0 || len > SIZE / 4) {
            write(s, 0, len);
            return;
        }
        if (count + len > SIZE - 8) {
            drain();
        }
        byte[] b = buffer;
        int n = count;
        for (int i = 0; i < len; i++) {
            b[n++] = (byte) s.charAt(i);
        }
        count = n;
    }

    /** A whole number in decimal, as {@link Long#toString} writes it, without making the String. */
    void decimal(long value) throws IOException {
        if (pendingHigh != 0 || value == Long.MIN_VALUE) {
            write(Long.toString(value));
            return;
        }
        if (count > SIZE - 24) {
            drain();
        }
        long v = value;
        if (v < 0) {
            buffer[count++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest != 0; rest /= 10) {
            digits++;
        }
        int end = count + digits;
        for (int i = end - 1; i >= count; i--) {
            buffer[i] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        }
        count = end;
    }

    /** One char, with room for it already made (at most 4 bytes, plus a '?' for a lone surrogate). */
    private void encode(char c) {
        byte[] b = buffer;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                b[count++] = (byte) (0xF0 | (cp >> 18));
                b[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            b[count++] = '?';
        }
        if (c < 0x80) {
            b[count++] = (byte) c;
        } else if (c < 0x800) {
            b[count++] = (byte) (0xC0 | (c >> 6));
            b[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            b[count++] = '?';
        } else {
            b[count++] = (byte) (0xE0 | (c >> 12));
            b[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (pendingHigh != 0) {
            pendingHigh = 0;
            buffer[count++] = '?';
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
